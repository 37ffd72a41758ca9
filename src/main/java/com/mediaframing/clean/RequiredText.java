package com.mediaframing.clean;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text that every match of a case-insensitive regex must contain, as a cheap test run before the
 * regex: a rule whose required text is absent from a line cannot match it, so its regex need not be
 * searched. For {@code \bbecome a patron\b} that is "become a patron"; for {@code (\(|/)\s*ap
 * photos?\b|\bap photos?\s*(/|\)|$)} it is "ap photo" (either alternative needs it); for {@code
 * \b(is|are) reader[- ]supported\b} it is "supported", the longest of the parts it needs.
 *
 * <p>The analysis is conservative: it reads plain ASCII characters, escaped punctuation,
 * alternations and unquantified groups, and gives up ({@link #of} returns null, the regex always
 * runs) on anything else it does not model: inline flags and special groups ({@code (?}), quoting
 * ({@code \Q}), letter escapes other than {@code \b \B \s \S \w \W \d \D}. A character followed by
 * a quantifier is not required. Characters are compared as the regex compares them when compiled
 * with {@code CASE_INSENSITIVE | UNICODE_CASE}: folded by {@link #fold(char)}, so a long s "ſ" in a
 * line still passes the test for "s", as it matches "s" in the regex. Immutable and thread-safe.
 */
public final class RequiredText implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Folded alternatives: a line that may match contains at least one of them. */
  private final List<String> anyOf;

  private RequiredText(Set<String> anyOf) {
    this.anyOf = List.copyOf(anyOf);
  }

  /**
   * The text every match of {@code pattern} must contain, or null when none is known or the
   * pattern's flags are not exactly {@code CASE_INSENSITIVE | UNICODE_CASE}, the comparison {@link
   * #fold(char)} reproduces.
   */
  public static RequiredText of(Pattern pattern) {
    return pattern.flags() == (Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        ? of(pattern.pattern())
        : null;
  }

  /**
   * The text every match of {@code regex}, compiled with {@code CASE_INSENSITIVE | UNICODE_CASE},
   * must contain, or null when none is known.
   */
  public static RequiredText of(String regex) {
    if (regex.contains("(?") || regex.contains("\\Q")) {
      return null;
    }
    try {
      Set<String> set = new Parser(regex).alternation();
      return set == null ? null : new RequiredText(set);
    } catch (GiveUp e) {
      return null;
    }
  }

  /** The alternatives, folded: a line that may match contains one of them. */
  public List<String> anyOf() {
    return anyOf;
  }

  /** Whether a line, folded by {@link #fold(CharSequence)}, may match. */
  public boolean mayMatch(String foldedLine) {
    for (String s : anyOf) {
      if (foldedLine.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A character as a case-insensitive, Unicode-case regex compares it: lower case of its upper case
   * ("ſ" and "S" are "s", the Kelvin sign "k").
   */
  public static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** Every character of {@code line} folded by {@link #fold(char)}. */
  public static String fold(CharSequence line) {
    char[] out = new char[line.length()];
    for (int i = 0; i < out.length; i++) {
      char c = line.charAt(i);
      out[i] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : fold(c);
    }
    return new String(out);
  }

  /** The regex has a construct this analysis does not model. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }

  /** A recursive-descent reading of the regex's structure, just deep enough for literals. */
  private static final class Parser {
    private final String re;
    private int at;

    Parser(String re) {
      this.re = re;
    }

    /** Alternatives up to the end or a closing parenthesis: the union of their required sets. */
    Set<String> alternation() {
      Set<String> union = new LinkedHashSet<>();
      boolean known = true;
      while (true) {
        Set<String> alt = sequence();
        if (alt == null) {
          known = false;
        } else {
          union.addAll(alt);
        }
        if (at < re.length() && re.charAt(at) == '|') {
          at++;
          continue;
        }
        return known ? union : null;
      }
    }

    /**
     * One alternative: the best of its required factors (a run of literal characters, or an
     * unquantified group's set), the one whose shortest member is longest.
     */
    private Set<String> sequence() {
      Set<String> best = null;
      StringBuilder run = new StringBuilder();
      while (at < re.length()) {
        char c = re.charAt(at);
        if (c == '|' || c == ')') {
          break;
        }
        if (c == '(') {
          best = better(best, run);
          run.setLength(0);
          at++;
          Set<String> inner = alternation();
          if (at >= re.length() || re.charAt(at) != ')') {
            throw new GiveUp();
          }
          at++;
          if (!skipQuantifier() && inner != null && !inner.isEmpty()) {
            best = better(best, inner);
          }
          continue;
        }
        if (c == '[') {
          best = better(best, run);
          run.setLength(0);
          skipClass();
          skipQuantifier();
          continue;
        }
        if (c == '*' || c == '+' || c == '?' || c == '{') {
          throw new GiveUp(); // a quantifier with no atom before it: not a regex we model
        }
        Character literal = null;
        if (c == '\\') {
          if (at + 1 >= re.length()) {
            throw new GiveUp();
          }
          char e = re.charAt(at + 1);
          at += 2;
          if (Character.isLetterOrDigit(e)) {
            if ("bBsSwWdD".indexOf(e) < 0) {
              throw new GiveUp();
            }
          } else if (e < 0x80) {
            literal = e;
          }
        } else {
          at++;
          if (c != '.' && c != '^' && c != '$' && c >= 0x20 && c < 0x7f) {
            literal = c;
          }
        }
        if (skipQuantifier() || literal == null) {
          best = better(best, run);
          run.setLength(0);
        } else {
          run.append(fold(literal));
        }
      }
      return better(best, run);
    }

    /**
     * Skips a quantifier (with its lazy or possessive mark) at the cursor; whether there was one.
     */
    private boolean skipQuantifier() {
      if (at >= re.length()) {
        return false;
      }
      char c = re.charAt(at);
      if (c == '{') {
        int close = re.indexOf('}', at);
        if (close < 0) {
          throw new GiveUp();
        }
        at = close + 1;
      } else if (c == '*' || c == '+' || c == '?') {
        at++;
      } else {
        return false;
      }
      if (at < re.length() && (re.charAt(at) == '?' || re.charAt(at) == '+')) {
        at++;
      }
      return true;
    }

    /** Skips a character class, nested classes and escapes included. */
    private void skipClass() {
      int depth = 0;
      while (at < re.length()) {
        char c = re.charAt(at);
        if (c == '\\') {
          at += 2;
          continue;
        }
        if (c == '[') {
          depth++;
          at++;
          // A ']' first in a class (after an optional '^') is a member, not the end.
          if (at < re.length() && re.charAt(at) == '^') {
            at++;
          }
          if (at < re.length() && re.charAt(at) == ']') {
            at++;
          }
          continue;
        }
        at++;
        if (c == ']' && --depth == 0) {
          return;
        }
      }
      throw new GiveUp();
    }

    private static Set<String> better(Set<String> best, CharSequence run) {
      return run.length() == 0 ? best : better(best, Set.of(run.toString()));
    }

    private static Set<String> better(Set<String> best, Set<String> candidate) {
      if (best == null || shortest(candidate) > shortest(best)) {
        return new LinkedHashSet<>(candidate);
      }
      return best;
    }

    private static int shortest(Set<String> set) {
      int min = Integer.MAX_VALUE;
      for (String s : set) {
        min = Math.min(min, s.length());
      }
      return min;
    }
  }
}
