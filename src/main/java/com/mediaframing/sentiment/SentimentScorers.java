package com.mediaframing.sentiment;

import com.mediaframing.base.ConfigException;

/**
 * Creates the sentiment scorer a run asks for by name: {@code model} ({@link ModelTargetScorer}
 * with the model bundled in the jar, loaded once per JVM), {@code encoder} ({@link
 * com.mediaframing.sentiment.EncoderTargetScorer}: frozen pretrained encoder and its bundled
 * classifier, loaded once per JVM), {@code lexicon} ({@link LexiconTargetScorer}, sentiment toward
 * the target) or {@code sentence-tone} ({@link SentenceToneScorer}, the naive whole-sentence
 * baseline kept for comparison runs). All returned scorers are thread-safe.
 */
public final class SentimentScorers {
  private SentimentScorers() {}

  public static TargetSentimentScorer create(String name) {
    return switch (name) {
      case "model" -> ModelTargetScorer.bundled();
      case "encoder" -> com.mediaframing.sentiment.EncoderTargetScorer.bundled();
      case "lexicon" -> new LexiconTargetScorer();
      case "sentence-tone" -> new SentenceToneScorer();
      default ->
          throw new ConfigException(
              "unknown sentiment scorer '"
                  + name
                  + "'; use model, encoder, lexicon or sentence-tone");
    };
  }
}
