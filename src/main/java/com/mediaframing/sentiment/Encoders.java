package com.mediaframing.sentiment;

import com.mediaframing.nlp.OnnxSentenceEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The frozen encoders of {@link EncoderLayout}, each loaded once per JVM on first use and shared by
 * all threads (ONNX Runtime sessions are thread-safe). MiniLM is the instance of {@link
 * OnnxSentenceEncoder#minilm()}, so the stories stage and the sentiment model share one copy.
 */
public final class Encoders {
  private static final Map<String, OnnxSentenceEncoder> LOADED = new ConcurrentHashMap<>();

  private Encoders() {}

  /** The loaded encoder. */
  public static OnnxSentenceEncoder get(EncoderLayout.Encoder encoder) {
    if (encoder.equals(EncoderLayout.Encoder.MINILM)) {
      return OnnxSentenceEncoder.minilm();
    }
    return LOADED.computeIfAbsent(
        encoder.id(), id -> OnnxSentenceEncoder.bundled(id, encoder.model(), encoder.tokenizer()));
  }

  /** The loaded encoders of a layout, in its order. */
  public static List<OnnxSentenceEncoder> of(EncoderLayout layout) {
    List<OnnxSentenceEncoder> out = new ArrayList<>();
    for (EncoderLayout.Encoder e : layout.encoders()) {
      out.add(get(e));
    }
    return out;
  }
}
