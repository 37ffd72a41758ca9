package com.mediaframing.clean;

import com.mediaframing.nlp.TextSpan;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of cleaning one article: the lines to keep, as spans into the text as given (trimmed
 * of surrounding whitespace, in text order), and the lines removed with their reasons. The text
 * itself is never rewritten, so offsets computed on kept spans are offsets into the original.
 * Immutable.
 */
public record CleanedText(List<TextSpan> kept, List<RemovedLine> removed) implements Serializable {
  public CleanedText {
    kept = List.copyOf(kept);
    removed = List.copyOf(removed);
  }

  public int keptCount() {
    return kept.size();
  }

  public int removedCount() {
    return removed.size();
  }

  /** Total characters in the kept spans. */
  public int keptChars() {
    int sum = 0;
    for (TextSpan span : kept) {
      sum += span.length();
    }
    return sum;
  }

  /** Number of removed lines per reason, sorted by reason. */
  public Map<String, Integer> removedByReason() {
    Map<String, Integer> counts = new TreeMap<>();
    for (RemovedLine line : removed) {
      counts.merge(line.reason(), 1, Integer::sum);
    }
    return counts;
  }

  /** The kept spans' text, joined by newlines: for logs and tests, not for offsets. */
  public String keptText(String text) {
    StringBuilder out = new StringBuilder();
    for (TextSpan span : kept) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(text, span.start(), span.end());
    }
    return out.toString();
  }
}
