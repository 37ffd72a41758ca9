package com.mediaframing.quotes;

import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.TextSpan;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Stretches between quotation marks that are not quotes, and a signature that is an attribution,
 * judged from the shape of the text around them:
 *
 * <ul>
 *   <li>a <b>headline fragment</b>: a quote in the article's first paragraph when that paragraph
 *       repeats the headline (the quoted words stand again in the body, framed);
 *   <li>a <b>subhead</b>: a paragraph that is nothing but a short quoted phrase in title case
 *       ({@code “A Town Without Trains.”} between two sections);
 *   <li>a <b>title of a work</b>: a short phrase in title case named as a programme, book, song or
 *       film ({@code CNN's “Morning Report”}, {@code On “Face the Voters,”}, {@code in his book,
 *       “…”}, {@code his “…” radio show});
 *   <li>a <b>signature</b>: a quote followed by a dash and a name that closes the paragraph ({@code
 *       “…” ― Jane Doe}), the speaker of that quote.
 * </ul>
 *
 * Stateless; thread-safe.
 */
final class QuoteShapes {
  /** A title-case phrase longer than this is not taken for a title or a subhead. */
  static final int MAX_TITLE_WORDS = 8;

  /** Words that stay lower case inside a title ("A Town Without Trains"). */
  private static final Set<String> MINOR_WORDS =
      Set.of(
          "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with",
          "by", "from", "as", "up", "vs", "vs.", "via", "into", "is", "it", "its", "so");

  /** Nouns that name a work or a programme, before or right after its quoted title. */
  private static final Set<String> WORK_NOUNS =
      Set.of(
          "show",
          "program",
          "programme",
          "book",
          "memoir",
          "novel",
          "film",
          "movie",
          "documentary",
          "song",
          "anthem",
          "album",
          "series",
          "episode",
          "podcast",
          "column",
          "play",
          "musical",
          "hymn",
          "poem",
          "broadcast",
          "newsletter",
          "magazine",
          "segment");

  private QuoteShapes() {}

  /**
   * The first paragraph when it repeats the headline {@code title} (letters and digits compared,
   * case ignored, either one a prefix of the other over at least 12 of them), else null.
   */
  static TextSpan headline(String text, String title, List<TextSpan> paragraphs) {
    if (title == null || title.isBlank() || paragraphs.isEmpty()) {
      return null;
    }
    TextSpan first = paragraphs.get(0);
    String a = letters(text.substring(first.start(), first.end()));
    String b = letters(title);
    int n = Math.min(a.length(), b.length());
    return n >= 12 && a.regionMatches(0, b, 0, n) ? first : null;
  }

  private static String letters(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /** Whether {@code content} is a short phrase in title case ("State of the Union."). */
  static boolean titleCase(String content) {
    String[] words = content.strip().split("[\\s\u00a0]+");
    if (words.length == 0 || words.length > MAX_TITLE_WORDS) {
      return false;
    }
    int capitalised = 0;
    for (int i = 0; i < words.length; i++) {
      String w = stripPunct(words[i]);
      if (w.isEmpty()) {
        continue;
      }
      char c = w.charAt(0);
      if (Character.isUpperCase(c) || Character.isDigit(c)) {
        capitalised++;
      } else if (i == 0 || !MINOR_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return capitalised > 0;
  }

  private static String stripPunct(String w) {
    int a = 0;
    int b = w.length();
    while (a < b && !Character.isLetterOrDigit(w.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) {
      b--;
    }
    return w.substring(a, b);
  }

  /** Whether the quote {@code q} is the whole of its paragraph and a short title-case phrase. */
  static boolean subhead(String text, QuoteMarks.Span q, TextSpan paragraph) {
    return q.start() >= paragraph.start()
        && q.end() <= paragraph.end()
        && text.substring(paragraph.start(), q.start()).isBlank()
        && text.substring(q.end(), paragraph.end()).isBlank()
        && titleCase(text.substring(q.contentStart(), q.contentEnd()));
  }

  /**
   * Whether the title-case quote {@code q} inside sentence {@code s} names a work: right after a
   * news organisation's possessive ("CNN's “Morning Report”"), after "on" opening the sentence or
   * after a verb ("appeared on “…”"), after a work noun ("his book, “…”", "the anthem “…”"), or
   * right before one ("“…” radio program").
   */
  static boolean titleOfWork(String text, AnnotatedSentence s, QuoteMarks.Span q, SpeechCues cues) {
    if (!titleCase(text.substring(q.contentStart(), q.contentEnd()))) {
      return false;
    }
    int hi = CueTokens.tokensBefore(s, q.start());
    int p = hi - 1;
    if (p >= 0 && s.token(p).equals(",")) {
      p--; // in his 2002 book, “…”
    }
    if (p >= 0) {
      String w = Phrases.lower(s, p);
      if (mediaPossessive(text, s, p, cues)) {
        return true;
      }
      if (WORK_NOUNS.contains(w)) {
        return true;
      }
      if (w.equals("on") && (p == 0 || "VERB".equals(Phrases.tag(s, p - 1)))) {
        return true;
      }
    }
    int after = CueTokens.tokenAtOrAfter(s, q.end());
    for (int k = after; k < s.size() && k < after + 2; k++) {
      if (WORK_NOUNS.contains(Phrases.lower(s, k))) {
        return true;
      }
      if (!Phrases.isNounLike(s, k)) {
        break;
      }
    }
    return false;
  }

  /** Whether the tokens ending at {@code p} are a news organisation's possessive ("CNN's"). */
  private static boolean mediaPossessive(String text, AnnotatedSentence s, int p, SpeechCues cues) {
    int end = s.tokenEnd(p);
    String last = text.substring(s.tokenStart(p), end);
    if (last.endsWith("'s") || last.endsWith("’s")) {
      end -= 2;
    } else {
      return false;
    }
    int from = last.length() == 2 ? p - 1 : p;
    for (int a = from; a >= 0 && from - a < 3; a--) {
      if (end > s.tokenStart(a) && cues.media(text.substring(s.tokenStart(a), end)) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The offsets {@code [start, end)} of the name in a signature after quote {@code q} (a dash, then
   * a name of one to six capitalised words that ends the paragraph, a full stop allowed), or null.
   */
  static int[] signature(String text, QuoteMarks.Span q, TextSpan paragraph) {
    int i = q.end();
    int end = paragraph.end();
    if (i > end) {
      return null;
    }
    while (i < end && isSpace(text.charAt(i))) {
      i++;
    }
    if (i >= end || "―—–".indexOf(text.charAt(i)) < 0) {
      return null;
    }
    i++;
    while (i < end && isSpace(text.charAt(i))) {
      i++;
    }
    int nameStart = i;
    int e = end;
    while (e > nameStart && (isSpace(text.charAt(e - 1)) || text.charAt(e - 1) == '.')) {
      e--;
    }
    if (e <= nameStart) {
      return null;
    }
    String[] words = text.substring(nameStart, e).split("[\\s\u00a0]+");
    if (words.length > 6) {
      return null;
    }
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return null;
      }
    }
    return new int[] {nameStart, e};
  }

  /**
   * The signature's name as {@code {sentence, first token, end token}} of {@code sentences}, or
   * null when its words are not whole tokens of one sentence.
   */
  static int[] signatureTokens(List<AnnotatedSentence> sentences, int[] starts, int[] name) {
    int si = ArticleLayout.sentenceAt(starts, name[0]);
    AnnotatedSentence s = sentences.get(si);
    int a = CueTokens.tokenAtOrAfter(s, name[0]);
    int b = CueTokens.tokensBefore(s, name[1]);
    if (a >= b || s.tokenStart(a) != name[0] || s.tokenEnd(b - 1) != name[1]) {
      return null;
    }
    return new int[] {si, a, b};
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0';
  }
}
