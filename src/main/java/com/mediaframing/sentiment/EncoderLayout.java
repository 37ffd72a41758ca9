package com.mediaframing.sentiment;

import java.util.List;

/**
 * What {@link EncoderFeatures} reads for a target: which encoders, the placeholder that stands for
 * the mention in the masked sentence, the window of word pieces on each side, and whether the
 * placeholder's own state in the masked sentence is a block of its own. A model file stores its
 * layout, so a model is always scored with the features it was trained on. Immutable.
 *
 * @param encoders the encoders, each contributing {@link #blocks()} blocks of its dimension
 * @param placeholder the word that replaces the mention in the masked sentence
 * @param window word pieces on each side of the target pooled into the window block
 * @param placeholderState whether the mean state of the placeholder's pieces in the masked sentence
 *     is a fifth block (it costs no encoder pass: the masked sentence is encoded anyway)
 */
public record EncoderLayout(
    List<Encoder> encoders, String placeholder, int window, boolean placeholderState) {
  /** Blocks per encoder without the placeholder's state: target, window, sentence, masked. */
  public static final int BLOCKS = 4;

  /**
   * The shipped layout: int8 all-MiniLM-L6-v2 (mean pooling) and int8 bge-small-en-v1.5 ({@code
   * [CLS]} pooling), "someone", 3 pieces, four blocks each.
   */
  public static final EncoderLayout DEFAULT =
      new EncoderLayout(List.of(Encoder.MINILM, Encoder.BGE_SMALL), "someone", 3, false);

  public EncoderLayout {
    encoders = List.copyOf(encoders);
    if (encoders.isEmpty()) {
      throw new IllegalArgumentException("a layout needs at least one encoder");
    }
    if (placeholder.isBlank() || window < 0) {
      throw new IllegalArgumentException(
          "bad layout: placeholder '" + placeholder + "', window " + window);
    }
  }

  /** Blocks per encoder: {@link #BLOCKS}, plus one for the placeholder's state. */
  public int blocks() {
    return placeholderState ? BLOCKS + 1 : BLOCKS;
  }

  /** This layout with other encoders. */
  public EncoderLayout withEncoders(List<Encoder> others) {
    return new EncoderLayout(others, placeholder, window, placeholderState);
  }

  /** This layout with or without the placeholder's state block. */
  public EncoderLayout withPlaceholderState(boolean on) {
    return new EncoderLayout(encoders, placeholder, window, on);
  }

  /**
   * A frozen encoder the features can read, with where its files are on the classpath.
   *
   * @param id the encoder's model id (as {@link com.mediaframing.nlp.OnnxSentenceEncoder#modelId})
   * @param clsPooling whether its sentence vector is the {@code [CLS]} state (BGE) rather than the
   *     mean of the states (MiniLM)
   */
  public record Encoder(String id, String model, String tokenizer, boolean clsPooling) {
    /** int8 all-MiniLM-L6-v2 (Apache-2.0), from the langchain4j Maven artifact. */
    public static final Encoder MINILM =
        new Encoder(
            "all-minilm-l6-v2-q",
            "all-minilm-l6-v2-q.onnx",
            "all-minilm-l6-v2-q-tokenizer.json",
            false);

    /** int8 bge-small-en-v1.5 (MIT), from the langchain4j Maven artifact. */
    public static final Encoder BGE_SMALL =
        new Encoder(
            "bge-small-en-v1.5-q",
            "bge-small-en-v1.5-q.onnx",
            "bge-small-en-v1.5-q-tokenizer.json",
            true);

    /** The known encoder with this id. */
    public static Encoder of(String id) {
      for (Encoder e : List.of(MINILM, BGE_SMALL)) {
        if (e.id().equals(id)) {
          return e;
        }
      }
      throw new IllegalArgumentException(
          "unknown encoder '" + id + "' (known: " + MINILM.id() + ", " + BGE_SMALL.id() + ")");
    }
  }
}
