package com.mediaframing.nlp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sentence encoder shipped on the classpath by a Maven Central artifact: its id, where its ONNX
 * model and tokenizer are, and how its sentence vector is pooled. {@link #load()} loads each one
 * once per JVM and shares it between threads and stages (ONNX Runtime sessions are thread-safe).
 *
 * @param id the model id ({@link SentenceEncoder#modelId()})
 * @param name the short name the configuration uses ({@code --encoder})
 * @param model classpath resource of the ONNX model
 * @param tokenizer classpath resource of the tokenizer
 * @param clsPooling whether its sentence vector is the {@code [CLS]} state (BGE) rather than the
 *     mean of the states (MiniLM)
 */
public record BundledEncoder(
    String id, String name, String model, String tokenizer, boolean clsPooling) {

  /** int8 all-MiniLM-L6-v2 (Apache-2.0), from the langchain4j Maven artifact: the default. */
  public static final BundledEncoder MINILM =
      new BundledEncoder(
          "all-minilm-l6-v2-q",
          "minilm",
          "all-minilm-l6-v2-q.onnx",
          "all-minilm-l6-v2-q-tokenizer.json",
          false);

  /** int8 bge-small-en-v1.5 (MIT), from the langchain4j Maven artifact. */
  public static final BundledEncoder BGE_SMALL =
      new BundledEncoder(
          "bge-small-en-v1.5-q",
          "bge-small",
          "bge-small-en-v1.5-q.onnx",
          "bge-small-en-v1.5-q-tokenizer.json",
          true);

  /** Every bundled encoder, the default first. */
  public static final List<BundledEncoder> ALL = List.of(MINILM, BGE_SMALL);

  private static final Map<String, OnnxSentenceEncoder> LOADED = new ConcurrentHashMap<>();

  /** The bundled encoder with this short name or model id. */
  public static BundledEncoder of(String nameOrId) {
    for (BundledEncoder e : ALL) {
      if (e.name().equals(nameOrId) || e.id().equals(nameOrId)) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        "unknown sentence encoder '" + nameOrId + "' (known: " + names() + ")");
  }

  /** The short names, comma-separated, for messages. */
  public static String names() {
    return String.join(", ", ALL.stream().map(BundledEncoder::name).toList());
  }

  /** The loaded encoder, loaded once per JVM on first use. */
  public OnnxSentenceEncoder load() {
    return LOADED.computeIfAbsent(id, k -> OnnxSentenceEncoder.bundled(this));
  }
}
