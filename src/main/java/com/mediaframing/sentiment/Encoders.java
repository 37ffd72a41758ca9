package com.mediaframing.sentiment;

import com.mediaframing.nlp.BundledEncoder;
import com.mediaframing.nlp.TokenStateEncoder;
import java.util.ArrayList;
import java.util.List;

/**
 * The frozen encoders of {@link EncoderLayout}, resolved through the one catalogue of bundled
 * encoders ({@link BundledEncoder}): each is loaded once per JVM on first use and shared by all
 * threads and stages (ONNX Runtime sessions are thread-safe), so the stories stage and the
 * sentiment model share one copy.
 */
public final class Encoders {
  private Encoders() {}

  /** The loaded encoder. */
  public static TokenStateEncoder get(EncoderLayout.Encoder encoder) {
    return BundledEncoder.of(encoder.id()).load();
  }

  /** The loaded encoders of a layout, in its order. */
  public static List<TokenStateEncoder> of(EncoderLayout layout) {
    List<TokenStateEncoder> out = new ArrayList<>();
    for (EncoderLayout.Encoder e : layout.encoders()) {
      out.add(get(e));
    }
    return out;
  }
}
