package com.mediaframing.nlp;

import java.util.List;
import java.util.Map;

/**
 * A {@link SentenceEncoder} that answers from vectors looked up beforehand (the vector store's rows
 * for one story, say) instead of running a model: the plain-Java side of the Spark join that
 * fetches them. Asking for a text it was not given is a bug of the caller (the lookup and the
 * request disagree on which texts need vectors), and fails loudly rather than encoding in secret.
 * Immutable and thread-safe.
 */
public final class StoredVectors implements SentenceEncoder {
  private final Map<String, float[]> byKey;
  private final String fingerprint;
  private final String modelId;
  private final int dimension;

  /**
   * @param byKey vectors by {@link VectorBytes#key} of their text (not copied; not to be changed)
   * @param encoder the fingerprint and model id the vectors were encoded with
   */
  public StoredVectors(Map<String, float[]> byKey, String modelId, String fingerprint, int dim) {
    this.byKey = byKey;
    this.modelId = modelId;
    this.fingerprint = fingerprint;
    this.dimension = dim;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public float[][] encode(List<String> texts) {
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = byKey.get(VectorBytes.key(texts.get(i)));
      if (out[i] == null) {
        throw new IllegalStateException(
            "no stored vector for the text '"
                + abbreviate(texts.get(i))
                + "': it was not looked up before the story was analyzed");
      }
    }
    return out;
  }

  @Override
  public String modelId() {
    return modelId;
  }

  @Override
  public String fingerprint() {
    return fingerprint;
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "...";
  }
}
