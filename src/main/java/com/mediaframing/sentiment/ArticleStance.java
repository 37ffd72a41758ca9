package com.mediaframing.sentiment;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The author's stance toward one actor in one article, from the scores of the actor's mentions in
 * it: the article-level score and label of {@code doc_actor_sentiment}. The score is the weighted
 * <em>sum</em> of the mentions' sentiment, not their mean: an author's feeling shows in how much
 * polar evidence about the actor the article piles up, and a mean lets one neutral mention cancel
 * it (on basil-dev the mean agreed with annotated author stance hardly better than always-neutral).
 * A mention inside another speaker's quote carries that speaker's words and weighs {@link
 * #quotedWeight()}; a mention in the first {@link #leadSentences()} sentences weighs {@link
 * #leadWeight()} (times the quote weight when both apply). The label is neutral within the band
 * {@code [-negativeBand, positiveBand]}, else the score's sign, so it never contradicts the score.
 *
 * <p>The bands depend on the scale of the scorer's scores, so each scorer has its rule ({@link
 * SentimentScorers#stance}): {@link #MODEL} for the default linear model (and the lexicon scorers,
 * for which no labelled article stance exists), {@link #ENCODER} for {@code --sentiment encoder}.
 * Their constants are the best rule of {@code eval-stance --calibrate} on the calibration half of
 * basil-dev's events only, the other half held out (docs/stance.md). Immutable and thread-safe.
 *
 * @param quotedWeight weight of a mention inside a quote (0 ignores quoted mentions), in [0, 1]
 * @param leadSentences sentences at the start of the article that weigh {@code leadWeight}
 * @param leadWeight weight of a mention in the lead, at least 1
 * @param negativeBand scores at or above {@code -negativeBand} are not negative; at least 0
 * @param positiveBand scores at or below {@code positiveBand} are not positive; at least 0
 */
public record ArticleStance(
    double quotedWeight,
    int leadSentences,
    double leadWeight,
    double negativeBand,
    double positiveBand)
    implements Serializable {

  /**
   * The rule for the default scorer ({@code tsc-maxent-v4}): quoted mentions left out, no lead
   * weight, bands matched to the class shares of the calibration events.
   */
  public static final ArticleStance MODEL = new ArticleStance(0.0, 0, 1.0, 1.03, 0.72);

  /** The rule for the encoder scorer ({@code tsc-minilm-bge-v2}), calibrated the same way. */
  public static final ArticleStance ENCODER = new ArticleStance(0.0, 0, 1.0, 0.82, 1.06);

  /** Checks the ranges given in the record's Javadoc. */
  public ArticleStance {
    if (!(quotedWeight >= 0 && quotedWeight <= 1)) {
      throw new IllegalArgumentException("quotedWeight must be in [0, 1], got " + quotedWeight);
    }
    if (leadSentences < 0 || !(leadWeight >= 1)) {
      throw new IllegalArgumentException(
          "lead must be >= 0 sentences weighing >= 1, got " + leadSentences + " x " + leadWeight);
    }
    if (!(negativeBand >= 0) || !(positiveBand >= 0)) {
      throw new IllegalArgumentException(
          "bands must be >= 0, got " + negativeBand + " and " + positiveBand);
    }
  }

  /** One mention as the stance needs it: its sentence, its score in [-1, 1], whether quoted. */
  public record Mention(int sentenceIndex, double sentiment, boolean inQuote) {}

  /** The weight of a mention in sentence {@code sentenceIndex}, quoted or not. */
  public double weight(int sentenceIndex, boolean inQuote) {
    double w = inQuote ? quotedWeight : 1.0;
    return sentenceIndex < leadSentences ? w * leadWeight : w;
  }

  /** The stance score: the weighted sum of the mentions' sentiment (0 for no mentions). */
  public double score(List<Mention> mentions) {
    double sum = 0;
    for (Mention m : mentions) {
      sum += weight(m.sentenceIndex(), m.inQuote()) * m.sentiment();
    }
    return sum;
  }

  /** The label of a stance score: neutral within the band, else its sign. */
  public SentimentLabel label(double score) {
    if (score > positiveBand) {
      return SentimentLabel.POSITIVE;
    }
    return score < -negativeBand ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
  }

  /** A one-line description, e.g. for evaluation output. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "sum of mention scores, quoted x%.2f, first %d sentences x%.1f, neutral band [-%.2f, %.2f]",
        quotedWeight,
        leadSentences,
        leadWeight,
        negativeBand,
        positiveBand);
  }
}
