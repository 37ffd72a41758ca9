package com.mediaframing.sentiment;

import com.mediaframing.base.BinaryFiles;
import com.mediaframing.base.BundledResource;
import com.mediaframing.base.Checksums;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The trained classifier over {@link EncoderFeatures}: one-vs-rest L2-regularised logistic
 * regression (liblinear {@code L2R_LR}) on the standardised features, each class's probability its
 * sigmoid normalised over the three classes (liblinear's rule), optionally averaged with the linear
 * model {@code tsc-maxent-v4} ({@link #v4Weight()}). Only the classifier's weights are in the file;
 * the encoders come from the Maven artifacts the layout names.
 *
 * <p>File format (big-endian {@link DataOutputStream}): the magic {@value #MAGIC}, the layout
 * (encoder ids, placeholder, window), the v4 weight, the feature count {@code d}, {@code d} means,
 * {@code d} factors, then per class in {@link SentimentLabel} order {@code d} weights and a bias. A
 * layout with {@link EncoderLayout#placeholderState()} is written as format {@value #MAGIC_2},
 * which adds that flag (a boolean) after the window; without it the file stays format 1, byte for
 * byte. Immutable and thread-safe.
 */
public final class EncoderTscModel {
  /** The bundled model's classpath resource. */
  public static final String RESOURCE = "com/mediaframing/sentiment/tsc-encoder-model.bin";

  static final String MAGIC = "media-framing tsc-encoder model 1";

  /** Format 2: format 1 with the layout's placeholder-state flag after the window. */
  static final String MAGIC_2 = "media-framing tsc-encoder model 2";

  private static final int CLASSES = SentimentLabel.values().length;

  private final EncoderLayout layout;
  private final double v4Weight;
  private final double[] mean;
  private final double[] factor;
  private final double[][] weights;
  private final byte[] bytes;

  /**
   * @param mean training mean of each feature
   * @param factor what a centred feature is multiplied by before the weights
   * @param weights per class ({@link SentimentLabel} order) the feature weights, then the bias
   * @param v4Weight the share of {@code tsc-maxent-v4}'s probabilities in the average, in [0, 1)
   */
  public EncoderTscModel(
      EncoderLayout layout, double v4Weight, double[] mean, double[] factor, double[][] weights) {
    if (!(v4Weight >= 0.0 && v4Weight < 1.0)) {
      throw new IllegalArgumentException("v4 weight must be in [0, 1), not " + v4Weight);
    }
    if (factor.length != mean.length || weights.length != CLASSES) {
      throw new IllegalArgumentException("inconsistent model arrays");
    }
    for (double[] w : weights) {
      if (w.length != mean.length + 1) {
        throw new IllegalArgumentException(
            "a class has " + w.length + " weights for " + mean.length + " features");
      }
    }
    this.layout = layout;
    this.v4Weight = v4Weight;
    this.mean = mean.clone();
    this.factor = factor.clone();
    this.weights = new double[CLASSES][];
    for (int k = 0; k < CLASSES; k++) {
      this.weights[k] = weights[k].clone();
    }
    this.bytes = serialise();
  }

  public EncoderLayout layout() {
    return layout;
  }

  /** Number of features the model expects. */
  public int features() {
    return mean.length;
  }

  /** Share of {@code tsc-maxent-v4}'s probabilities in the scorer's average (0: encoder only). */
  public double v4Weight() {
    return v4Weight;
  }

  /** The model's own class probabilities (without v4), indexed by {@link SentimentLabel}. */
  public double[] probabilities(double[] x) {
    if (x.length != mean.length) {
      throw new IllegalArgumentException(
          "the model expects " + mean.length + " features, got " + x.length);
    }
    double[] p = new double[CLASSES];
    double sum = 0.0;
    for (int k = 0; k < CLASSES; k++) {
      double[] w = weights[k];
      double z = w[mean.length];
      for (int j = 0; j < mean.length; j++) {
        z += w[j] * ((x[j] - mean[j]) * factor[j]);
      }
      p[k] = 1.0 / (1.0 + Math.exp(-z));
      sum += p[k];
    }
    for (int k = 0; k < CLASSES; k++) {
      p[k] /= sum;
    }
    return p;
  }

  /** SHA-256 of the model file's bytes, in hex. */
  public String sha256() {
    return Checksums.sha256Hex(bytes);
  }

  /** Size of the model file in bytes. */
  public int size() {
    return bytes.length;
  }

  /** Writes the serialized model, creating its folder if needed. */
  public void write(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(file, bytes);
  }

  /** The model bundled in the jar. */
  public static EncoderTscModel bundled() {
    return BundledResource.load(RESOURCE, "encoder target sentiment model", EncoderTscModel::read);
  }

  public static EncoderTscModel read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * @throws IOException when the stream is not a model of this format
   */
  public static EncoderTscModel read(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(stream.readAllBytes()));
    String magic;
    try {
      magic = in.readUTF();
    } catch (IOException e) {
      magic = "";
    }
    if (!MAGIC.equals(magic) && !MAGIC_2.equals(magic)) {
      throw new IOException("not an encoder target sentiment model (expected '" + MAGIC + "')");
    }
    int encoders = in.readInt();
    List<EncoderLayout.Encoder> list = new ArrayList<>();
    for (int i = 0; i < encoders; i++) {
      try {
        list.add(EncoderLayout.Encoder.of(in.readUTF()));
      } catch (IllegalArgumentException e) {
        throw new IOException(e.getMessage(), e);
      }
    }
    String placeholder = in.readUTF();
    int window = in.readInt();
    boolean placeholderState = MAGIC_2.equals(magic) && in.readBoolean();
    EncoderLayout layout =
        BinaryFiles.build(() -> new EncoderLayout(list, placeholder, window, placeholderState));
    double v4 = in.readDouble();
    int d = in.readInt();
    if (d < 1 || d > 1 << 16) {
      throw new IOException("bad feature count " + d);
    }
    double[] mean = doubles(in, d);
    double[] factor = doubles(in, d);
    double[][] weights = new double[CLASSES][];
    for (int k = 0; k < CLASSES; k++) {
      weights[k] = doubles(in, d + 1);
    }
    BinaryFiles.requireEnd(in, "encoder target sentiment model");
    return BinaryFiles.build(() -> new EncoderTscModel(layout, v4, mean, factor, weights));
  }

  private static double[] doubles(DataInputStream in, int n) throws IOException {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = in.readDouble();
    }
    return out;
  }

  private byte[] serialise() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      out.writeUTF(layout.placeholderState() ? MAGIC_2 : MAGIC);
      out.writeInt(layout.encoders().size());
      for (EncoderLayout.Encoder e : layout.encoders()) {
        out.writeUTF(e.id());
      }
      out.writeUTF(layout.placeholder());
      out.writeInt(layout.window());
      if (layout.placeholderState()) {
        out.writeBoolean(true);
      }
      out.writeDouble(v4Weight);
      out.writeInt(mean.length);
      for (double v : mean) {
        out.writeDouble(v);
      }
      for (double v : factor) {
        out.writeDouble(v);
      }
      for (double[] w : weights) {
        for (double v : w) {
          out.writeDouble(v);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.toByteArray();
  }
}
