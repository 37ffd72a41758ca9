package com.mediaframing.quotes;

import com.mediaframing.nlp.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of an article between quotation marks, in one left-to-right pass over its
 * paragraphs. Handles curly and straight double quotes (“ ” "), guillemets (« »), low-high quotes
 * („ “ and „ ”), and single quotes (‘ ’ ') where they cannot be apostrophes: an opening single mark
 * must follow a space or paragraph start and precede a letter, and the pair must enclose at least
 * two words. Marks of the other family inside a quote are nested quotes and left alone.
 *
 * <p>A quote still open at the end of a paragraph continues when the next paragraph opens with a
 * mark of the same family (the newspaper convention for a quote over several paragraphs); otherwise
 * it ends with its paragraph ({@link Span#unclosed()}). A closing mark with no opening one (a lost
 * opening mark) yields a quote from the paragraph start or the previous quote's end ({@link
 * Span#orphan()}); the extractor keeps those only when an attribution follows. Stateless and
 * thread-safe.
 */
final class QuoteMarks {
  private QuoteMarks() {}

  /**
   * One quote: content {@code [contentStart, contentEnd)} without the marks; {@code open} and
   * {@code close} are the offsets of the marks, -1 when missing.
   */
  record Span(int open, int close, int contentStart, int contentEnd, boolean single) {
    boolean orphan() {
      return open < 0;
    }

    boolean unclosed() {
      return close < 0;
    }

    /** Offset just after the closing mark, or the content end when unclosed. */
    int end() {
      return close < 0 ? contentEnd : close + 1;
    }

    /** Offset of the opening mark, or the content start for an orphan. */
    int start() {
      return open < 0 ? contentStart : open;
    }
  }

  private static final int NONE = 0;
  private static final int DOUBLE = 1;
  private static final int SINGLE = 2;

  /** The quotes of {@code text} within {@code paragraphs} (in text order, not overlapping). */
  static List<Span> find(String text, List<TextSpan> paragraphs) {
    List<Span> out = new ArrayList<>();
    int family = NONE;
    int open = -1;
    char openChar = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      int ps = paragraphs.get(p).start();
      int pe = paragraphs.get(p).end();
      int i = ps;
      if (family != NONE && i < pe && continues(text.charAt(i), family)) {
        // the continuation mark of a quote over several paragraphs
        i += openChar == '\'' && i + 1 < pe && text.charAt(i + 1) == '\'' ? 2 : 1;
      }
      int lastEnd = ps;
      for (; i < pe; i++) {
        char c = text.charAt(i);
        char prev = i > ps ? text.charAt(i - 1) : ' ';
        char next = i + 1 < pe ? text.charAt(i + 1) : ' ';
        switch (c) {
          case '“', '„', '«' -> {
            if (family == DOUBLE && openChar == '„' && c == '“') {
              out.add(new Span(open, i, open + width(openChar), i, false));
              family = NONE;
              lastEnd = i + 1;
            } else if (family == SINGLE) {
              // a double mark inside a single-quoted stretch: the single mark was an apostrophe
              family = DOUBLE;
              open = i;
              openChar = c;
            } else {
              if (family == DOUBLE) {
                out.add(
                    new Span(
                        open,
                        -1,
                        open + width(openChar),
                        trimEnd(text, open + width(openChar), i),
                        false));
              }
              family = DOUBLE;
              open = i;
              openChar = c;
            }
          }
          case '”', '»' -> {
            if (family == DOUBLE) {
              out.add(new Span(open, i, open + width(openChar), i, false));
              family = NONE;
              lastEnd = i + 1;
            } else if (family == NONE) {
              int from = trimStart(text, lastEnd, i);
              if (from < i) {
                out.add(new Span(-1, i, from, i, false));
              }
              lastEnd = i + 1;
            }
          }
          case '"' -> {
            if (family == DOUBLE) {
              out.add(new Span(open, i, open + width(openChar), i, false));
              family = NONE;
              lastEnd = i + 1;
            } else if (family == NONE || family == SINGLE) {
              if (opensHere(prev, next) || family == SINGLE) {
                family = DOUBLE;
                open = i;
                openChar = c;
              } else {
                int from = trimStart(text, lastEnd, i);
                if (from < i) {
                  out.add(new Span(-1, i, from, i, false));
                }
                lastEnd = i + 1;
              }
            }
          }
          case '‘', '\'' -> {
            if (c == '\'' && next == '\'' && family != SINGLE) {
              // '' as a double quotation mark (the New York Times archive style)
              char after = i + 2 < pe ? text.charAt(i + 2) : ' ';
              if (family == DOUBLE) {
                if (openChar == '\'') {
                  out.add(new Span(open, i + 1, open + 2, i, false));
                  family = NONE;
                  lastEnd = i + 2;
                  i++;
                }
              } else if (opensHere(prev, after)) {
                family = DOUBLE;
                open = i;
                openChar = '\'';
                i++;
              }
            } else if (family == NONE && opensHere(prev, next) && Character.isLetter(next)) {
              family = SINGLE;
              open = i;
              openChar = c;
            } else if (family == SINGLE
                && c == '\''
                && openChar == '\''
                && closesHere(prev, next)) {
              addSingle(out, text, open, i);
              family = NONE;
              lastEnd = i + 1;
            }
          }
          case '’' -> {
            if (family == SINGLE && closesHere(prev, next)) {
              addSingle(out, text, open, i);
              family = NONE;
              lastEnd = i + 1;
            }
          }
          default -> {}
        }
      }
      if (family != NONE) {
        boolean continued =
            p + 1 < paragraphs.size()
                && paragraphs.get(p + 1).length() > 0
                && continues(text.charAt(paragraphs.get(p + 1).start()), family);
        if (!continued) {
          if (family == DOUBLE) {
            out.add(
                new Span(
                    open,
                    -1,
                    open + width(openChar),
                    trimEnd(text, open + width(openChar), pe),
                    false));
          }
          family = NONE;
        }
      }
    }
    return out;
  }

  /** Characters of an opening mark: two for {@code ''}, else one. */
  private static int width(char openChar) {
    return openChar == '\'' ? 2 : 1;
  }

  private static void addSingle(List<Span> out, String text, int open, int close) {
    boolean twoWords = false;
    for (int k = open + 1; k < close; k++) {
      if (Character.isWhitespace(text.charAt(k))) {
        twoWords = true;
        break;
      }
    }
    if (twoWords) {
      out.add(new Span(open, close, open + 1, close, true));
    }
  }

  private static boolean continues(char c, int family) {
    return family == DOUBLE ? c == '“' || c == '"' || c == '«' || c == '„' : c == '‘' || c == '\'';
  }

  /** An opening mark follows a space, a bracket or a dash and is not followed by a space. */
  private static boolean opensHere(char prev, char next) {
    return (Character.isWhitespace(prev) || "([{—–-/:".indexOf(prev) >= 0)
        && !Character.isWhitespace(next);
  }

  private static boolean closesHere(char prev, char next) {
    return !Character.isWhitespace(prev) && !Character.isLetterOrDigit(next);
  }

  private static int trimStart(String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    return from;
  }

  private static int trimEnd(String text, int from, int to) {
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }
}
