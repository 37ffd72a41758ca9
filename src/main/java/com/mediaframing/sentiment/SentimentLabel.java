package com.mediaframing.sentiment;

import java.util.Locale;

/**
 * The three sentiment classes of target-dependent sentiment: what a sentence expresses toward one
 * target. {@link #id()} is the stable lower-case name written to output tables and prediction
 * files. Enum constants are immutable and thread-safe.
 *
 * <p>{@link #ofScore} is the one rule for every label derived from a score rather than predicted by
 * a scorer — the tone words of the story narratives (the article-level label of {@code
 * doc_actor_sentiment} has its own calibrated bands, {@link ArticleStance}): neutral within {@link
 * #NEUTRAL_BAND} of 0, else the sign of the score. Such a label never has the opposite sign of its
 * score. (Mention labels are the scorer's own classes.)
 */
public enum SentimentLabel {
  NEGATIVE,
  NEUTRAL,
  POSITIVE;

  /**
   * Scores with {@code |score| <= NEUTRAL_BAND} are labelled neutral by {@link #ofScore}. The one
   * place the band is set: tables, narratives and the data dictionary take it from here.
   */
  public static final double NEUTRAL_BAND = 0.05;

  /** The label of a score in [-1, 1]: neutral within {@link #NEUTRAL_BAND}, else its sign. */
  public static SentimentLabel ofScore(double score) {
    if (score > NEUTRAL_BAND) {
      return POSITIVE;
    }
    return score < -NEUTRAL_BAND ? NEGATIVE : NEUTRAL;
  }

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
