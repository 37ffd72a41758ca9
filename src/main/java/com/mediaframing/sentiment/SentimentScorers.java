package com.mediaframing.sentiment;

import com.mediaframing.config.ConfigException;

/**
 * Creates the sentiment scorer a run asks for by name: {@code lexicon} ({@link
 * LexiconTargetScorer}, sentiment toward the target) or {@code sentence-tone} ({@link
 * SentenceToneScorer}, the naive whole-sentence baseline kept for comparison runs).
 */
public final class SentimentScorers {
  private SentimentScorers() {}

  public static TargetSentimentScorer create(String name) {
    return switch (name) {
      case "lexicon" -> new LexiconTargetScorer();
      case "sentence-tone" -> new SentenceToneScorer();
      default ->
          throw new ConfigException(
              "unknown sentiment scorer '" + name + "'; use lexicon or sentence-tone");
    };
  }
}
