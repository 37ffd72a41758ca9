package com.mediaframing.nlp;

import java.util.List;

/**
 * Maps short texts (a headline and lead, a claim sentence) to fixed-size vectors whose cosine
 * similarity measures closeness of meaning: the one door every stage encodes through. The job picks
 * its encoder by name from the configuration ({@link SentenceEncoderSource#named}); on the Spark
 * side a vector store sits behind it, so a text already encoded by the same {@link #fingerprint()}
 * is looked up instead of encoded again. Implementations hold a loaded model and no per-call state;
 * they say whether they are thread-safe.
 */
public interface SentenceEncoder {
  /** Length of every vector {@link #encode} returns. */
  int dimension();

  /**
   * One L2-normalised vector per text, in the order given (an empty text gets the vector of the
   * encoder's empty input). The dot product of two results is their cosine similarity. A text's
   * vector does not depend on the other texts of the call.
   */
  float[][] encode(List<String> texts);

  /** The id of the model behind the vectors, for the run manifest and model cards. */
  String modelId();

  /**
   * What the vectors depend on besides the text: the model's id, a digest of its weights and
   * tokenizer, and how states are pooled. Two encoders with one fingerprint give the same vector
   * for the same text, so the vector store keys its vectors by fingerprint and text; a changed
   * model changes the fingerprint and misses.
   */
  String fingerprint();
}
