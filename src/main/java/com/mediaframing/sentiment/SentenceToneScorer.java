package com.mediaframing.sentiment;

import com.mediaframing.nlp.AnnotatedSentence;
import java.util.List;

/**
 * The naive baseline: the VADER compound score of the whole sentence, whatever the target. Every
 * target of a sentence gets the same score. Uses VADER's word rules ({@link ValenceRules#VADER}),
 * normalisation {@code x / sqrt(x^2 + 15)} and thresholds ±0.05; VADER's punctuation and
 * capitalisation emphasis are left out, as news text rarely has them. Kept for comparison runs.
 * Immutable and thread-safe.
 */
public final class SentenceToneScorer implements TargetSentimentScorer {
  /** Identifier written to the run manifest. */
  public static final String ID = "sentence-tone-v1";

  /** VADER's normalisation constant. */
  public static final double ALPHA = 15.0;

  /** VADER's recommended compound thresholds for positive and negative. */
  public static final double THRESHOLD = 0.05;

  private final TokenValences valences;

  public SentenceToneScorer(VaderLexicon lexicon) {
    this.valences = new TokenValences(lexicon, ValenceRules.VADER);
  }

  /** A scorer with {@link VaderLexicon#get()}. */
  public SentenceToneScorer() {
    this(VaderLexicon.get());
  }

  /** VADER's compound score of the sentence, in (-1, 1). */
  public double compound(AnnotatedSentence sentence) {
    double sum = 0.0;
    for (double v : valences.compute(sentence)) {
      sum += v;
    }
    return sum / Math.sqrt(sum * sum + ALPHA);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public TargetSentiment score(
      AnnotatedSentence sentence, TokenSpan target, List<TokenSpan> otherTargets) {
    TargetSentimentScorer.checkSpan(sentence, target.start(), target.end());
    double compound = compound(sentence);
    SentimentLabel label =
        compound >= THRESHOLD
            ? SentimentLabel.POSITIVE
            : compound <= -THRESHOLD ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
    return new TargetSentiment(compound, label);
  }
}
