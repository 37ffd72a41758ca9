package com.mediaframing.nlp;

import com.mediaframing.base.BinaryFiles;
import com.mediaframing.base.BundledResource;
import com.mediaframing.base.Checksums;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Word vectors by word key ({@link CorpusTokenizer#key(String)}): the Word2Vec vectors behind the
 * {@link WordClusters}, for the dense context features of the target sentiment model. Each vector
 * is stored as bytes with one scale per word ({@code value = byte × scale}, scale = max |value| /
 * 127), so the bundled table is about a tenth of its text form; the quantised values are the
 * vectors everywhere, in training and scoring alike. The table the jar ships is the resource
 * {@value #RESOURCE}, written by {@code bin/framing train-clusters --vectors}.
 *
 * <p>File layout (big-endian, {@link DataOutputStream}): the magic {@value #MAGIC}, a header
 * string, the word count, the dimension, then per word in sorted order its key, scale and bytes.
 * The same vectors always give the same bytes. Immutable and thread-safe.
 */
public final class WordVectors {
  /** Classpath resource of the bundled table. */
  public static final String RESOURCE = "com/mediaframing/nlp/word-vectors.bin";

  /** First field of a vector file. */
  static final String MAGIC = "media-framing word vectors 1";

  private final Map<String, Integer> ids;
  private final String[] words;

  /** The vectors as stored, word after word; a value is its byte times the word's scale. */
  private final byte[] quantised;

  private final float[] scales;
  private final int dimension;
  private final String header;
  private final int byteSize;
  private final String sha256;

  private WordVectors(String[] words, float[] scales, byte[] quantised, int dim, String header) {
    this.words = words;
    this.scales = scales;
    this.quantised = quantised;
    this.dimension = dim;
    this.header = header;
    this.ids = new HashMap<>(words.length * 2);
    for (int w = 0; w < words.length; w++) {
      if (ids.put(words[w], w) != null) {
        throw new IllegalArgumentException("word '" + words[w] + "' appears twice");
      }
    }
    byte[] bytes = serialize();
    this.byteSize = bytes.length;
    this.sha256 = Checksums.sha256Hex(bytes);
  }

  /**
   * Quantises vectors given by word key.
   *
   * @param vectors one vector per word, all of the same positive length
   * @param header a description written into the file (corpus, Word2Vec settings)
   */
  public static WordVectors quantise(Map<String, float[]> vectors, String header) {
    if (vectors.isEmpty()) {
      throw new IllegalArgumentException("no word vectors");
    }
    TreeMap<String, float[]> sorted = new TreeMap<>(vectors);
    int dim = sorted.firstEntry().getValue().length;
    if (dim == 0) {
      throw new IllegalArgumentException("word vectors have no dimensions");
    }
    String[] words = sorted.keySet().toArray(String[]::new);
    float[] scales = new float[words.length];
    byte[] q = new byte[words.length * dim];
    for (int w = 0; w < words.length; w++) {
      float[] v = sorted.get(words[w]);
      if (v.length != dim) {
        throw new IllegalArgumentException(
            "word '" + words[w] + "' has " + v.length + " dimensions, expected " + dim);
      }
      float max = 0f;
      for (float x : v) {
        max = Math.max(max, Math.abs(x));
      }
      scales[w] = max / 127f;
      for (int d = 0; d < dim; d++) {
        q[w * dim + d] = max == 0f ? 0 : (byte) Math.round(v[d] / scales[w]);
      }
    }
    return new WordVectors(words, scales, q, dim, header);
  }

  /** Reads a table written by {@link #write}; anything else is an error saying what is wrong. */
  public static WordVectors read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    if (!BinaryFiles.startsWith(data, MAGIC)) {
      throw new IOException("not a word vector table (expected '" + MAGIC + "')");
    }
    String header = data.readUTF();
    int count = data.readInt();
    int dim = data.readInt();
    if (count <= 0 || dim <= 0 || (long) count * dim > Integer.MAX_VALUE) {
      throw new IOException("bad table size: " + count + " words of " + dim + " dimensions");
    }
    String[] words = new String[count];
    float[] scales = new float[count];
    byte[] q = new byte[count * dim];
    for (int w = 0; w < count; w++) {
      words[w] = data.readUTF();
      scales[w] = data.readFloat();
      data.readFully(q, w * dim, dim);
    }
    BinaryFiles.requireEnd(data, "the word vectors");
    return BinaryFiles.build(() -> new WordVectors(words, scales, q, dim, header));
  }

  private static final class Holder {
    static final WordVectors INSTANCE =
        BundledResource.load(RESOURCE, "word vector table", WordVectors::read);
  }

  /** The table shipped in the jar, loaded on the first call. */
  public static WordVectors bundled() {
    return Holder.INSTANCE;
  }

  /** Writes the table; the same vectors always give the same bytes. */
  public void write(OutputStream out) throws IOException {
    out.write(serialize());
  }

  private byte[] serialize() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(words.length * (dimension + 16));
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      out.writeUTF(MAGIC);
      out.writeUTF(header);
      out.writeInt(words.length);
      out.writeInt(dimension);
      for (int w = 0; w < words.length; w++) {
        out.writeUTF(words[w]);
        out.writeFloat(scales[w]);
        out.write(quantised, w * dimension, dimension);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialize word vectors in memory", e);
    }
    return buffer.toByteArray();
  }

  /** The id of a word key (0-based, in sorted word order), or -1 when the table lacks it. */
  public int id(String key) {
    Integer id = key == null ? null : ids.get(key);
    return id == null ? -1 : id;
  }

  /** The id of a token's word key, or -1. */
  public int idOfToken(String token) {
    return id(CorpusTokenizer.key(token));
  }

  /** Component {@code d} of the vector with id {@code id}. */
  public float value(int id, int d) {
    return quantised[id * dimension + d] * scales[id];
  }

  /** A copy of the vector of a word key, or null. */
  public float[] vector(String key) {
    int id = id(key);
    if (id < 0) {
      return null;
    }
    float[] v = new float[dimension];
    for (int d = 0; d < dimension; d++) {
      v[d] = value(id, d);
    }
    return v;
  }

  /** The words in id order. */
  public List<String> words() {
    return List.of(words);
  }

  /** Number of words. */
  public int size() {
    return words.length;
  }

  /** Vector length. */
  public int dimension() {
    return dimension;
  }

  /** The description written with the table. */
  public String header() {
    return header;
  }

  /** Size of the serialized table in bytes. */
  public int byteSize() {
    return byteSize;
  }

  /** SHA-256 of the serialized table, lower-case hex: which vectors a model was trained with. */
  public String sha256() {
    return sha256;
  }
}
