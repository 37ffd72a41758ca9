package com.mediaframing.clean;

import com.mediaframing.nlp.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits article text into its non-blank lines, each as a span trimmed of surrounding whitespace
 * (no-break spaces included) and pointing into the text as given. Lines end at {@code \n}, {@code
 * \r\n} or {@code \r}. A "line" is a paragraph in most scraped articles; hard-wrapped texts give
 * one span per physical line.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextLines {
  private TextLines() {}

  /** The trimmed, non-blank lines of {@code text} in order. */
  public static List<TextSpan> split(String text) {
    List<TextSpan> lines = new ArrayList<>();
    int n = text.length();
    int lineStart = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        int start = lineStart;
        int end = i;
        while (start < end && LineFingerprint.isSpace(text.charAt(start))) {
          start++;
        }
        while (end > start && LineFingerprint.isSpace(text.charAt(end - 1))) {
          end--;
        }
        if (end > start) {
          lines.add(new TextSpan(start, end));
        }
        lineStart = i + 1;
      }
    }
    return lines;
  }
}
