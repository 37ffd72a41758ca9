package com.mediaframing.clean;

import com.mediaframing.base.ConfigException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An ordered list of regex rules that mark a whole line of article text as boilerplate (donation
 * appeals, newsletter prompts, photo credits …). Rule files have one rule per line, {@code
 * reason<TAB>regex}; blank lines and lines starting with {@code #} are ignored. The reason is a
 * lower-case identifier ({@code [a-z][a-z0-9_]*}) reported as {@code rule:<reason>}. A rule matches
 * when its regex is found anywhere in the trimmed line; regexes are compiled case-insensitively
 * (use {@code (?-i)} inside a regex to opt out), so precise rules anchor at the line start or need
 * a phrase no reporter writes.
 *
 * <p>The built-in rules ({@link #defaults()}) live in the classpath resource {@value
 * #DEFAULTS_RESOURCE}, in the same format. Immutable, thread-safe and serializable.
 */
public final class BoilerplateRules implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Classpath resource holding the built-in rules. */
  public static final String DEFAULTS_RESOURCE = "com/mediaframing/clean/default-boilerplate.txt";

  private static final Pattern REASON = Pattern.compile("[a-z][a-z0-9_]*");

  /** One rule: the reason reported when it fires and the regex searched for in a line. */
  public record Rule(String reason, Pattern pattern) implements Serializable {
    public Rule {
      if (!REASON.matcher(reason).matches()) {
        throw new IllegalArgumentException("bad rule reason '" + reason + "'");
      }
    }
  }

  private final List<Rule> rules;

  /**
   * Per rule, the text any match must contain ({@link RequiredText}), or null: a line without it
   * skips the rule's regex. Most lines of an article match no rule, and searching the 36 built-in
   * regexes position by position was a seventh of the analysis' CPU time (docs/benchmarks.md,
   * session 18).
   */
  private final List<RequiredText> required;

  private BoilerplateRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    List<RequiredText> req = new ArrayList<>();
    for (Rule r : this.rules) {
      req.add(RequiredText.of(r.pattern()));
    }
    this.required = Collections.unmodifiableList(req);
  }

  /** The built-in rules. */
  public static BoilerplateRules defaults() {
    InputStream in = BoilerplateRules.class.getClassLoader().getResourceAsStream(DEFAULTS_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("built-in rules " + DEFAULTS_RESOURCE + " not on classpath");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(reader, DEFAULTS_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULTS_RESOURCE, e);
    }
  }

  /**
   * The built-in rules followed by the rules of {@code file} (e.g. {@code config/boilerplate.txt}).
   *
   * @throws ConfigException if the file is missing, unreadable or has a malformed line
   */
  public static BoilerplateRules load(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return defaults().and(parse(reader, file.toString()));
    } catch (NoSuchFileException e) {
      throw new ConfigException(
          "boilerplate rules file " + file + " does not exist; create it or fix the path");
    } catch (IOException e) {
      throw new ConfigException("cannot read boilerplate rules file " + file + ": " + e, e);
    }
  }

  /**
   * Only the rules written in {@code reader}.
   *
   * @param sourceName file name used in error messages
   * @throws ConfigException naming the source, line and offending text for a malformed line
   */
  public static BoilerplateRules parse(Reader reader, String sourceName) {
    List<Rule> rules = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    int lineNo = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNo++;
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        rules.add(parseRule(line, sourceName, lineNo));
      }
    } catch (IOException e) {
      throw new ConfigException("cannot read boilerplate rules " + sourceName + ": " + e, e);
    }
    return new BoilerplateRules(rules);
  }

  private static Rule parseRule(String line, String sourceName, int lineNo) {
    String where = sourceName + " line " + lineNo;
    int tab = line.indexOf('\t');
    if (tab < 0) {
      throw new ConfigException(
          where + ": expected 'reason<TAB>regex', found no tab in '" + line.strip() + "'");
    }
    String reason = line.substring(0, tab).strip();
    String regex = line.substring(tab + 1).strip();
    if (!REASON.matcher(reason).matches()) {
      throw new ConfigException(
          where + ": reason '" + reason + "' must match [a-z][a-z0-9_]* (e.g. donation_appeal)");
    }
    if (regex.isEmpty()) {
      throw new ConfigException(where + ": rule '" + reason + "' has an empty regex");
    }
    try {
      return new Rule(
          reason, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    } catch (PatternSyntaxException e) {
      throw new ConfigException(
          where
              + ": invalid regex '"
              + regex
              + "' for rule '"
              + reason
              + "': "
              + e.getDescription()
              + " near index "
              + e.getIndex());
    }
  }

  /** These rules followed by {@code more}; the first matching rule decides the reason. */
  public BoilerplateRules and(BoilerplateRules more) {
    List<Rule> all = new ArrayList<>(rules);
    all.addAll(more.rules);
    return new BoilerplateRules(all);
  }

  /** The reason of the first rule whose regex is found in {@code line}, if any. */
  public Optional<String> match(CharSequence line) {
    return find(line).map(RuleMatch::reason);
  }

  /** Where the first matching rule matched in a line: its reason and the match's start. */
  public record RuleMatch(String reason, int start) {}

  /** The first rule whose regex is found in {@code line}, with where it was found. */
  public Optional<RuleMatch> find(CharSequence line) {
    String folded = null;
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      RequiredText req = required.get(i);
      if (req != null) {
        if (folded == null) {
          folded = RequiredText.fold(line);
        }
        if (!req.mayMatch(folded)) {
          continue;
        }
      }
      Matcher m = rule.pattern().matcher(line);
      if (m.find()) {
        return Optional.of(new RuleMatch(rule.reason(), m.start()));
      }
    }
    return Optional.empty();
  }

  public List<Rule> rules() {
    return rules;
  }

  public int size() {
    return rules.size();
  }
}
