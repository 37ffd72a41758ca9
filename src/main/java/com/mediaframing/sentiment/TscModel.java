package com.mediaframing.sentiment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained target sentiment model: an OpenNLP maxent model over {@link TscFeatures} whose outcomes
 * are the {@link SentimentLabel} ids, together with the SHA-256 of its serialized bytes (the model
 * version written to the manifest). The model the jar ships is the resource {@value #RESOURCE},
 * loaded once per JVM by {@link #bundled()}. Immutable and thread-safe: OpenNLP's maxent {@code
 * eval} only reads the parameters.
 */
public final class TscModel {
  /** Classpath resource of the bundled model. */
  public static final String RESOURCE = "com/mediaframing/sentiment/tsc-model.bin";

  private final AbstractModel model;
  private final byte[] bytes;
  private final String sha256;
  private final int[] outcomeOf = new int[SentimentLabel.values().length];

  private TscModel(AbstractModel model, byte[] bytes) {
    this.model = model;
    this.bytes = bytes;
    this.sha256 = HexFormat.of().formatHex(sha256(bytes));
    for (SentimentLabel label : SentimentLabel.values()) {
      int index = model.getIndex(label.id());
      if (index < 0) {
        throw new IllegalArgumentException(
            "model has no outcome '" + label.id() + "'; is it a target sentiment model?");
      }
      outcomeOf[label.ordinal()] = index;
    }
  }

  /** Wraps a freshly trained model; serializes it to compute its checksum. */
  public static TscModel of(MaxentModel trained) {
    AbstractModel model = (AbstractModel) trained;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      new GenericModelWriter(model, out).persist();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize the model", e);
    }
    return new TscModel(model, buffer.toByteArray());
  }

  /** Reads a model written by {@link #write(Path)}. */
  public static TscModel read(InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    AbstractModel model =
        new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes)))
            .getModel();
    return new TscModel(model, bytes);
  }

  /** Reads a model file; IO errors name the file. */
  public static TscModel read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  private static final class Holder {
    static final TscModel INSTANCE = loadResource();

    private static TscModel loadResource() {
      InputStream in = TscModel.class.getClassLoader().getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException(
            "target sentiment model " + RESOURCE + " is not in the jar");
      }
      try (in) {
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the target sentiment model " + RESOURCE, e);
      }
    }
  }

  /** The model shipped in the jar, loaded on the first call. */
  public static TscModel bundled() {
    return Holder.INSTANCE;
  }

  /** Writes the serialized model; the same model always gives the same bytes. */
  public void write(Path file) throws IOException {
    Files.write(file, bytes);
  }

  /** Size of the serialized model in bytes. */
  public int size() {
    return bytes.length;
  }

  /** SHA-256 of the serialized model, lower-case hex. */
  public String sha256() {
    return sha256;
  }

  /** Class probabilities for a feature vector, indexed by {@link SentimentLabel#ordinal()}. */
  public double[] probabilities(String[] features) {
    double[] p = model.eval(features);
    double[] out = new double[outcomeOf.length];
    for (int k = 0; k < outcomeOf.length; k++) {
      out[k] = p[outcomeOf[k]];
    }
    return out;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
