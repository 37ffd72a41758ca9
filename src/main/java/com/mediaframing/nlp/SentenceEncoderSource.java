package com.mediaframing.nlp;

import java.io.Serializable;

/**
 * Where an executor finds its sentence encoder: a serializable handle that Spark functions carry
 * instead of the encoder itself (which holds a native session). {@link #MINILM} resolves to the
 * bundled model, loaded once per JVM on first use.
 */
public interface SentenceEncoderSource extends Serializable {
  SentenceEncoder get();

  /** The bundled int8 all-MiniLM-L6-v2 ({@link OnnxSentenceEncoder#minilm()}). */
  SentenceEncoderSource MINILM = new Bundled();

  /** The handle of {@link #MINILM}. */
  final class Bundled implements SentenceEncoderSource {
    private static final long serialVersionUID = 1L;

    private Bundled() {}

    @Override
    public SentenceEncoder get() {
      return OnnxSentenceEncoder.minilm();
    }
  }
}
