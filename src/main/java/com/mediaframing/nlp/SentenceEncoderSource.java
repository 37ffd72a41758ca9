package com.mediaframing.nlp;

import java.io.Serializable;

/**
 * Where an executor finds its sentence encoder: a serializable handle that Spark functions carry
 * instead of the encoder itself (which holds a native session). The job builds it from the
 * configured encoder name ({@link #named}); it resolves to a {@link BundledEncoder}, loaded once
 * per JVM on first use.
 */
public interface SentenceEncoderSource extends Serializable {
  SentenceEncoder get();

  /** The configuration's name of the encoder ({@code --encoder}). */
  String name();

  /** The bundled int8 all-MiniLM-L6-v2: the default. */
  SentenceEncoderSource MINILM = named(BundledEncoder.MINILM.name());

  /**
   * The bundled encoder of this name ({@link BundledEncoder#names()}).
   *
   * @throws IllegalArgumentException naming the known encoders, when there is none of that name
   */
  static SentenceEncoderSource named(String name) {
    return new Bundled(BundledEncoder.of(name).name());
  }

  /** The handle of a {@link BundledEncoder}. */
  record Bundled(String name) implements SentenceEncoderSource {
    private static final long serialVersionUID = 1L;

    @Override
    public SentenceEncoder get() {
      return BundledEncoder.of(name).load();
    }
  }
}
