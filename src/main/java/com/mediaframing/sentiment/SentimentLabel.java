package com.mediaframing.sentiment;

import java.util.Locale;

/**
 * The three sentiment classes of target-dependent sentiment: what a sentence expresses toward one
 * target. {@link #id()} is the stable lower-case name written to output tables and prediction
 * files. Enum constants are immutable and thread-safe.
 */
public enum SentimentLabel {
  NEGATIVE,
  NEUTRAL,
  POSITIVE;

  /** The lower-case name used on disk: {@code negative}, {@code neutral} or {@code positive}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The label with the given {@link #id()}.
   *
   * @throws IllegalArgumentException naming the value when it is not one of the three ids
   */
  public static SentimentLabel ofId(String id) {
    for (SentimentLabel label : values()) {
      if (label.id().equals(id)) {
        return label;
      }
    }
    throw new IllegalArgumentException(
        "unknown sentiment label '" + id + "' (expected negative, neutral or positive)");
  }
}
