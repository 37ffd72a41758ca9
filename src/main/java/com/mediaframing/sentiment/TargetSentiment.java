package com.mediaframing.sentiment;

/**
 * The sentiment a sentence expresses toward one target: a score in [-1, 1] (negative to positive)
 * and the label derived from it by the scorer's thresholds. Immutable and thread-safe.
 *
 * @param score strength and direction, -1 most negative, 0 none, 1 most positive
 * @param label the class the scorer assigns
 */
public record TargetSentiment(double score, SentimentLabel label) {
  /** Neutral with score 0, for targets without any sentiment words around them. */
  public static final TargetSentiment NONE = new TargetSentiment(0.0, SentimentLabel.NEUTRAL);

  public TargetSentiment {
    if (Double.isNaN(score) || score < -1.0 || score > 1.0) {
      throw new IllegalArgumentException("sentiment score " + score + " is outside [-1, 1]");
    }
    if (label == null) {
      throw new IllegalArgumentException("sentiment label is null");
    }
  }

  /**
   * The sentiment of a classifier's class probabilities (indexed by {@link
   * SentimentLabel#ordinal()}): the most probable label (neutral on ties) and the score P(positive)
   * - P(negative).
   */
  public static TargetSentiment ofProbabilities(double[] p) {
    SentimentLabel best = SentimentLabel.NEUTRAL;
    for (SentimentLabel label : SentimentLabel.values()) {
      if (p[label.ordinal()] > p[best.ordinal()]) {
        best = label;
      }
    }
    double score = p[SentimentLabel.POSITIVE.ordinal()] - p[SentimentLabel.NEGATIVE.ordinal()];
    return new TargetSentiment(Math.max(-1.0, Math.min(1.0, score)), best);
  }
}
