package com.mediaframing.nlp;

import java.util.List;

/**
 * Maps short texts (a headline and lead, a claim sentence) to fixed-size vectors whose cosine
 * similarity measures closeness of meaning. Implementations hold a loaded model and no per-call
 * state; they say whether they are thread-safe.
 */
public interface SentenceEncoder {
  /** Length of every vector {@link #encode} returns. */
  int dimension();

  /**
   * One L2-normalised vector per text, in the order given (an empty text gets the vector of the
   * encoder's empty input). The dot product of two results is their cosine similarity.
   */
  float[][] encode(List<String> texts);

  /** The id of the model behind the vectors, for the run manifest and model cards. */
  String modelId();
}
