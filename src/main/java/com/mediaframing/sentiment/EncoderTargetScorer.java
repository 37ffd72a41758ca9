package com.mediaframing.sentiment;

import com.mediaframing.base.Checksums;
import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.EncodedText;
import java.util.List;

/**
 * Target sentiment read by frozen pretrained encoders ({@link EncoderFeatures}) and a trained
 * {@link EncoderTscModel}, averaged with {@code tsc-maxent-v4} when the model says so. Label: the
 * class of highest probability; score: {@code P(positive) - P(negative)}. The id is {@value
 * #VERSION} plus the first 12 hex digits of the model's SHA-256.
 *
 * <p>Each thread keeps the encoder states of the last sentence it scored, so the targets of one
 * sentence (scored one after another, as the job and the evaluation do) share one encoder pass; the
 * masked sentence is one more pass per target. Thread-safe.
 */
public final class EncoderTargetScorer implements TargetSentimentScorer {
  /** Version of the features and model family; the id appends the model checksum. */
  public static final String VERSION = "tsc-minilm-bge-v2";

  private final EncoderTscModel model;
  private final EncoderFeatures features;
  private final ModelTargetScorer v4;
  private final String id;
  private final ThreadLocal<Memo> memo = new ThreadLocal<>();

  private record Memo(AnnotatedSentence sentence, List<EncodedText> states) {}

  /**
   * @param v4 the linear model to average with, or null; required when the model's v4 weight is
   *     above 0
   */
  public EncoderTargetScorer(
      EncoderTscModel model, EncoderFeatures features, ModelTargetScorer v4) {
    if (!model.layout().equals(features.layout()) || model.features() != features.dimension()) {
      throw new IllegalArgumentException(
          "the model was trained on layout " + model.layout() + ", not " + features.layout());
    }
    if (model.v4Weight() > 0.0 && v4 == null) {
      throw new IllegalArgumentException("the model averages with tsc-maxent-v4; pass it");
    }
    this.model = model;
    this.features = features;
    this.v4 = model.v4Weight() > 0.0 ? v4 : null;
    this.id = VERSION + "+" + Checksums.abbreviate(model.sha256());
  }

  /** A scorer for a model, with its encoders and, if it needs it, the bundled v4 model. */
  public static EncoderTargetScorer of(EncoderTscModel model) {
    return new EncoderTargetScorer(
        model,
        new EncoderFeatures(model.layout(), Encoders.of(model.layout())),
        model.v4Weight() > 0.0 ? ModelTargetScorer.bundled() : null);
  }

  /** The scorer with the model bundled in the jar, loaded once per JVM. */
  public static EncoderTargetScorer bundled() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final EncoderTargetScorer INSTANCE = of(EncoderTscModel.bundled());
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

  /** Further mentions of the target are pooled with it. */
  @Override
  public TargetSentiment score(
      AnnotatedSentence sentence,
      TokenSpan target,
      List<TokenSpan> otherTargets,
      List<TokenSpan> furtherMentions) {
    TargetSentimentScorer.checkSpan(sentence, target.start(), target.end());
    return TargetSentiment.ofProbabilities(
        probabilities(sentence, target, otherTargets, furtherMentions));
  }

  /** Class probabilities toward the target, indexed by {@link SentimentLabel#ordinal()}. */
  public double[] probabilities(
      AnnotatedSentence sentence,
      TokenSpan target,
      List<TokenSpan> otherTargets,
      List<TokenSpan> furtherMentions) {
    Memo m = memo.get();
    if (m == null || m.sentence() != sentence) {
      m = new Memo(sentence, features.encode(sentence));
      memo.set(m);
    }
    double[] p =
        model.probabilities(features.features(sentence, m.states(), target, furtherMentions));
    if (v4 != null) {
      double w = model.v4Weight();
      double[] q = v4.probabilities(sentence, target, otherTargets, furtherMentions);
      for (int k = 0; k < p.length; k++) {
        p[k] = (1.0 - w) * p[k] + w * q[k];
      }
    }
    return p;
  }
}
