package com.mediaframing.stories;

import com.mediaframing.nlp.SentenceEncoder;
import java.util.List;
import java.util.Map;

/**
 * Where {@link ClaimAligner} gets the vectors of a story's claim sentences that pass its lexical
 * gate: from an encoder, which runs the gate and encodes those sentences ({@link #encoding}), or
 * from vectors found beforehand for the gate's positions ({@link #gated}: the story stage runs the
 * gate once, before it looks the texts up in the vector store, and hands the vectors back by
 * position, so the gate is not run a second time).
 */
@FunctionalInterface
public interface ClaimVectors {
  /**
   * The vector of each sentence of {@code sorted} that passes the gate ({@link ClaimAligner#gate}),
   * null for the others.
   *
   * @param sorted a story's claim sentences as {@link ClaimAligner} orders them
   */
  float[][] of(List<ClaimAligner.Input> sorted);

  /** Runs the gate and encodes the sentences it passes (cut as {@link ClaimAligner} cuts them). */
  static ClaimVectors encoding(SentenceEncoder encoder) {
    return sorted -> ClaimAligner.encodeGated(sorted, encoder, ClaimAligner.MIN_LEXICAL);
  }

  /**
   * Vectors found for the positions {@link ClaimAligner#gate} gave for the same sentences. A
   * sentence the gate passed with no vector here is a bug of the caller (the lookup and the gate
   * disagree), and fails loudly.
   *
   * @param byPosition vectors by position in the sorted sentences (not copied)
   */
  static ClaimVectors gated(Map<Integer, float[]> byPosition) {
    return sorted -> {
      float[][] out = new float[sorted.size()][];
      byPosition.forEach(
          (i, v) -> {
            if (i < 0 || i >= out.length) {
              throw new IllegalStateException(
                  "a claim vector for position " + i + " of " + out.length + " sentences");
            }
            out[i] = v;
          });
      return out;
    };
  }
}
