package com.mediaframing.sentiment;

import com.mediaframing.base.Checksums;
import com.mediaframing.nlp.AnnotatedSentence;
import java.util.List;

/**
 * Target sentiment from a trained {@link TscModel}: extracts {@link TscFeatures} for the target (as
 * {@link FeatureHashes}, without building the feature strings), takes the class of highest
 * probability as the label and {@code P(positive) - P(negative)} as the score. The {@link #id()}
 * names the feature/trainer version and the first 12 hex digits of the model's SHA-256, so a
 * manifest says exactly which model scored a run. Immutable and thread-safe.
 */
public final class ModelTargetScorer implements TargetSentimentScorer {
  /** Version of the features and model family; the id appends the model checksum. */
  public static final String VERSION = "tsc-maxent-v4";

  private final TscModel model;
  private final TscFeatures features;
  private final String id;

  /**
   * @throws IllegalArgumentException when the model's dense features were trained with other word
   *     vectors than {@code features} looks words up in
   */
  public ModelTargetScorer(TscModel model, TscFeatures features) {
    String trainedWith = model.wordVectorsSha256();
    if (trainedWith != null && !trainedWith.equals(features.vectors().sha256())) {
      throw new IllegalArgumentException(
          "the model was trained with word vectors "
              + Checksums.abbreviate(trainedWith)
              + ", but the features look words up in "
              + Checksums.abbreviate(features.vectors().sha256()));
    }
    this.model = model;
    this.features = features;
    this.id = idOf(model);
  }

  /** The scorer id a model gets: {@link #VERSION}, "+", the first 12 hex digits of its SHA-256. */
  public static String idOf(TscModel model) {
    return VERSION + "+" + Checksums.abbreviate(model.sha256());
  }

  /** A scorer with the model bundled in the jar. */
  public static ModelTargetScorer bundled() {
    return BundledHolder.INSTANCE;
  }

  private static final class BundledHolder {
    static final ModelTargetScorer INSTANCE =
        new ModelTargetScorer(TscModel.bundled(), new TscFeatures());
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public TargetSentiment score(
      AnnotatedSentence sentence, TokenSpan target, List<TokenSpan> otherTargets) {
    return score(sentence, target, otherTargets, List.of());
  }

  /** Further mentions of the target are features of their own ({@link TscFeatures}). */
  @Override
  public TargetSentiment score(
      AnnotatedSentence sentence,
      TokenSpan target,
      List<TokenSpan> otherTargets,
      List<TokenSpan> furtherMentions) {
    double[] p = probabilities(sentence, target, otherTargets, furtherMentions);
    SentimentLabel best = SentimentLabel.NEUTRAL;
    for (SentimentLabel label : SentimentLabel.values()) {
      if (p[label.ordinal()] > p[best.ordinal()]) {
        best = label;
      }
    }
    double score = p[SentimentLabel.POSITIVE.ordinal()] - p[SentimentLabel.NEGATIVE.ordinal()];
    return new TargetSentiment(Math.max(-1.0, Math.min(1.0, score)), best);
  }

  /**
   * The model's class probabilities toward the target, indexed by {@link SentimentLabel#ordinal()}
   * (for ensembles such as the encoder model's average with this one).
   */
  public double[] probabilities(
      AnnotatedSentence sentence,
      TokenSpan target,
      List<TokenSpan> otherTargets,
      List<TokenSpan> furtherMentions) {
    FeatureHashes hashes = new FeatureHashes();
    ContextWords context = features.addTo(hashes, sentence, target, otherTargets, furtherMentions);
    return model.probabilities(hashes, context);
  }
}
