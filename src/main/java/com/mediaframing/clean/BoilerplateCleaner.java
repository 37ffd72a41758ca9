package com.mediaframing.clean;

import com.mediaframing.nlp.TextSpan;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * Decides which lines of an article are content and which are boilerplate, without rewriting the
 * text. The text is split into trimmed lines ({@link TextLines}); each line is checked in this
 * order and dropped with the first reason that applies:
 *
 * <ol>
 *   <li>{@code rule:<reason>} — a {@link BoilerplateRules} regex is found in the line;
 *   <li>{@code repeated_in_outlet} — the line is a repetition candidate ({@link
 *       LineFingerprint#isCandidate}) and the caller's predicate reports its fingerprint as
 *       repeated across the outlet's articles;
 *   <li>{@code tag_line} — a keyword/tag line ({@link #looksLikeTagLine});
 *   <li>{@code duplicate_line} — a candidate line equal (up to case and whitespace) to an earlier
 *       line of the same article, such as a headline printed twice; the first occurrence stays;
 *   <li>{@code footer} — a short line (an outlet's name, a slogan) after a donation appeal or
 *       ad-blocker request that starts in the second half of the text. Only lines of at most
 *       {@value #FOOTER_MAX_WORDS} words and {@value #FOOTER_MAX_CHARS} characters that do not end
 *       like a sentence are dropped this way; longer lines there survive unless another rule fires.
 * </ol>
 *
 * <p>An article's body is never boilerplate because other articles carry it: when the lines the
 * repeated-line rule finds are all that would be left of an article (an outlet's reruns of one wire
 * story that the copy detection did not fold), they stay, and only the other rules apply.
 *
 * <p>Immutable, thread-safe and serializable: build one on the driver and ship it to executors.
 */
public final class BoilerplateCleaner implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String REPEATED_IN_OUTLET = "repeated_in_outlet";
  public static final String TAG_LINE = "tag_line";
  public static final String DUPLICATE_LINE = "duplicate_line";
  public static final String FOOTER = "footer";

  static final String PHOTO_CREDIT = "photo_credit";
  static final int CAPTION_MIN_CHARS = 40;

  /** Rule reasons that open the footer zone when they fire in the second half of a text. */
  static final Set<String> FOOTER_TRIGGERS = Set.of("donation_appeal", "ad_blocker");

  static final int FOOTER_MAX_WORDS = 6;
  static final int FOOTER_MAX_CHARS = 60;

  static final int TAG_LINE_MIN_WORDS = 12;
  static final double TAG_LINE_MAX_FUNCTION_WORD_SHARE = 0.1;

  /** The commonest English function words; running prose is 30–50 % these, keyword lists ~0 %. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "a", "an", "of", "to", "in", "on", "and", "or", "for", "with", "is", "are", "was",
          "were", "be", "been", "that", "this", "it", "by", "at", "as", "from", "has", "have",
          "had", "not", "but", "he", "she", "they", "we", "i", "you", "his", "her", "their", "its",
          "will", "would");

  private final BoilerplateRules rules;

  public BoilerplateCleaner(BoilerplateRules rules) {
    this.rules = rules;
  }

  /** A cleaner with the built-in rules only. */
  public static BoilerplateCleaner withDefaultRules() {
    return new BoilerplateCleaner(BoilerplateRules.defaults());
  }

  /** Cleans {@code text} without outlet-level repetition data. */
  public CleanedText clean(String text) {
    return clean(text, fingerprint -> false);
  }

  /**
   * Cleans one article.
   *
   * @param repeatedLine whether a {@link LineFingerprint} is known boilerplate of this article's
   *     outlet (computed corpus-wide); only asked for candidate lines
   */
  public CleanedText clean(String text, LongPredicate repeatedLine) {
    List<TextSpan> kept = new ArrayList<>();
    List<RemovedLine> removed = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    boolean inFooter = false;
    for (TextSpan span : TextLines.split(text)) {
      String line = text.substring(span.start(), span.end());
      String reason = null;
      Optional<BoilerplateRules.RuleMatch> rule = rules.find(line);
      int captionEnd = rule.isPresent() ? captionBeforeCredit(line, rule.get()) : -1;
      if (captionEnd > 0) {
        // A caption sentence followed by its credit: the credit goes, the caption (who is
        // pictured, where) stays as text.
        kept.add(new TextSpan(span.start(), span.start() + captionEnd));
        int creditStart = span.start() + rule.get().start();
        removed.add(
            new RemovedLine(new TextSpan(creditStart, span.end()), "rule:" + rule.get().reason()));
        continue;
      }
      boolean candidate = LineFingerprint.isCandidate(line);
      long fingerprint = candidate ? LineFingerprint.of(line) : 0L;
      if (rule.isPresent()) {
        reason = "rule:" + rule.get().reason();
        if (FOOTER_TRIGGERS.contains(rule.get().reason()) && span.start() >= text.length() / 2) {
          inFooter = true;
        }
      } else if (candidate && repeatedLine.test(fingerprint)) {
        reason = REPEATED_IN_OUTLET;
      } else if (looksLikeTagLine(line)) {
        reason = TAG_LINE;
      } else if (candidate && seen.contains(fingerprint)) {
        reason = DUPLICATE_LINE;
      } else if (inFooter && looksLikeFooter(line)) {
        reason = FOOTER;
      }
      if (candidate) {
        seen.add(fingerprint);
      }
      if (reason == null) {
        kept.add(span);
      } else {
        removed.add(new RemovedLine(span, reason));
      }
    }
    if (kept.isEmpty() && removed.stream().anyMatch(r -> REPEATED_IN_OUTLET.equals(r.reason()))) {
      return clean(text, fingerprint -> false);
    }
    return new CleanedText(kept, removed);
  }

  /**
   * Whether {@code line} looks like a keyword/tag line of a CMS rather than prose: at least {@value
   * #TAG_LINE_MIN_WORDS} words, no capital letter, none of {@code . , ; : ! ?} or double quotes,
   * and fewer than 10 % of its words are common function words ("the", "of", "to" …). Real
   * sentences that happen to start in lower case still contain function words and punctuation, so
   * they survive; on the AllSides corpus the rule fires on no line at all.
   */
  static boolean looksLikeTagLine(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isUpperCase(c) || ".,;:!?\"“”".indexOf(c) >= 0) {
        return false;
      }
    }
    String[] words = line.strip().split("\\s+");
    if (words.length < TAG_LINE_MIN_WORDS) {
      return false;
    }
    int functionWords = 0;
    for (String word : words) {
      if (FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        functionWords++;
      }
    }
    return functionWords < TAG_LINE_MAX_FUNCTION_WORD_SHARE * words.length;
  }

  /**
   * For a {@code photo_credit} match that trails a complete sentence of at least {@value
   * #CAPTION_MIN_CHARS} characters ("Marco Rubio (L) meeting with Sergei Lavrov in Riyadh.
   * Screenshot: Youtube/Sky News"), the length of that sentence within the line; otherwise -1.
   */
  static int captionBeforeCredit(String line, BoilerplateRules.RuleMatch match) {
    if (!PHOTO_CREDIT.equals(match.reason()) || match.start() < CAPTION_MIN_CHARS) {
      return -1;
    }
    String before = line.substring(0, match.start()).stripTrailing();
    char last = before.charAt(before.length() - 1);
    return last == '.' ? before.length() : -1;
  }

  private static boolean looksLikeFooter(String line) {
    if (line.length() > FOOTER_MAX_CHARS || line.split("\\s+").length > FOOTER_MAX_WORDS) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    return ".!?\"”’)".indexOf(last) < 0;
  }
}
