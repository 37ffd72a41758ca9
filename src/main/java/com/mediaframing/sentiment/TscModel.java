package com.mediaframing.sentiment;

import com.mediaframing.base.BinaryFiles;
import com.mediaframing.base.BundledResource;
import com.mediaframing.base.Checksums;
import com.mediaframing.nlp.WordVectors;
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
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.EvalParameters;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;

/**
 * A trained target sentiment model over {@link TscFeatures}: an OpenNLP GIS maxent model (outcomes
 * are the {@link SentimentLabel} ids) on the feature strings and, optionally, a {@link
 * LogisticModel} on the strings and the dense {@link ContextVectors}, whose probabilities are
 * averaged with the maxent ones at a fixed weight. Carries the SHA-256 of its serialized bytes (the
 * model version written to the manifest). The model the jar ships is the resource {@value
 * #RESOURCE}, loaded once per JVM by {@link #bundled()}.
 *
 * <p>The dense features depend on the word vectors the model was trained with, so the file names
 * them by checksum, and reading it with another table is an error. File layout (big-endian, {@link
 * DataOutputStream}): the magic {@value #MAGIC}; the length and bytes of the OpenNLP binary model;
 * the weight of the logistic model in [0, 1]; when it is above 0, the logistic model ({@link
 * LogisticModel#write}) and, when that has dense features, the SHA-256 of the {@link WordVectors}.
 * Immutable and thread-safe: the models are only read when scoring.
 */
public final class TscModel {
  /** Classpath resource of the bundled model. */
  public static final String RESOURCE = "com/mediaframing/sentiment/tsc-model.bin";

  /** First field of a model file. */
  static final String MAGIC = "media-framing tsc model 4";

  private static final int CLASSES = SentimentLabel.values().length;

  private static final int[] NO_CONTEXT = new int[0];

  private final GISModel maxent;
  private final LogisticModel logistic;
  private final double logisticWeight;
  private final byte[] bytes;
  private final String sha256;
  private final int[] outcomeOf = new int[CLASSES];

  /** The maxent model's parameters, for evaluation by parameter index. */
  private final EvalParameters maxentParameters;

  /** Every feature either model knows, with both models' weights, in one flat table. */
  private final FeatureWeights featureWeights;

  /** The dense features of the logistic model, or null when it has none. */
  private final ContextVectors contextVectors;

  /** The logistic model's dense weights folded into the word vectors, or null. */
  private final ContextVectors.Projection projection;

  private TscModel(
      GISModel maxent,
      LogisticModel logistic,
      double logisticWeight,
      ContextVectors contextVectors,
      byte[] bytes) {
    if (!(logisticWeight >= 0.0 && logisticWeight <= 1.0)
        || (logistic == null) != (logisticWeight == 0.0)) {
      throw new IllegalArgumentException(
          "a logistic model needs a weight in (0, 1], and a weight needs the model: "
              + logisticWeight);
    }
    int denseSize = checkDense(logistic, contextVectors);
    this.maxent = maxent;
    this.logistic = logistic;
    this.logisticWeight = logisticWeight;
    this.contextVectors = denseSize > 0 ? contextVectors : null;
    if (denseSize > 0) {
      LogisticModel.DenseForm form = logistic.denseForm();
      this.projection = contextVectors.new Projection(form.weights(), form.offsets());
    } else {
      this.projection = null;
    }
    this.bytes = bytes;
    this.sha256 = Checksums.sha256Hex(bytes);
    for (SentimentLabel label : SentimentLabel.values()) {
      int index = maxent.getIndex(label.id());
      if (index < 0) {
        throw new IllegalArgumentException(
            "model has no outcome '" + label.id() + "'; is it a target sentiment model?");
      }
      outcomeOf[label.ordinal()] = index;
    }
    Object[] structures = maxent.getDataStructures();
    Context[] parameters = (Context[]) structures[0];
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates = (Map<String, Context>) structures[1];
    this.maxentParameters = new EvalParameters(parameters, maxent.getNumOutcomes());
    this.featureWeights = weightTable(maxent.getNumOutcomes(), predicates, logistic);
  }

  /**
   * Both models' weights by feature string, in a {@link FeatureWeights} table: the logistic model's
   * features in id order, then the maxent-only ones in sorted order.
   */
  private static FeatureWeights weightTable(
      int outcomes, Map<String, Context> predicates, LogisticModel logistic) {
    List<String> features = new ArrayList<>(predicates.size());
    double[] logisticWeights = new double[0];
    int columns = 0;
    if (logistic != null) {
      features.addAll(logistic.names());
      columns = logistic.columns();
      logisticWeights = logistic.featureWeights(features.size());
    }
    Set<String> known = new HashSet<>(features);
    predicates.keySet().stream().filter(f -> !known.contains(f)).sorted().forEach(features::add);
    double[] maxentWeights = new double[features.size() * outcomes];
    for (int e = 0; e < features.size(); e++) {
      Context c = predicates.get(features.get(e));
      if (c != null) {
        int[] outcomeIds = c.getOutcomes();
        double[] values = c.getParameters();
        for (int j = 0; j < outcomeIds.length; j++) {
          maxentWeights[e * outcomes + outcomeIds[j]] = values[j];
        }
      }
    }
    return new FeatureWeights(outcomes, columns, features, maxentWeights, logisticWeights);
  }

  /**
   * The logistic model's number of dense features, after checking that the word vectors give
   * exactly that many (none needed when it has none).
   */
  private static int checkDense(LogisticModel logistic, ContextVectors contextVectors) {
    int denseSize = logistic == null ? 0 : logistic.denseSize();
    if (denseSize > 0 && (contextVectors == null || contextVectors.size() != denseSize)) {
      throw new IllegalArgumentException(
          "the logistic model has "
              + denseSize
              + " dense features, the word vectors give "
              + (contextVectors == null ? 0 : contextVectors.size()));
    }
    return denseSize;
  }

  /**
   * Wraps freshly trained models; serializes them to compute the checksum.
   *
   * @param logistic the logistic half of the ensemble (classes are {@link SentimentLabel}
   *     ordinals), or null for the maxent model alone
   * @param logisticWeight the logistic model's share of the averaged probabilities; 0 without it
   * @param contextVectors the dense features the logistic model was trained on, or null if none
   */
  public static TscModel of(
      GISModel maxent,
      LogisticModel logistic,
      double logisticWeight,
      ContextVectors contextVectors) {
    checkDense(logistic, contextVectors);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      ByteArrayOutputStream maxentBytes = new ByteArrayOutputStream();
      try (DataOutputStream m = new DataOutputStream(maxentBytes)) {
        new GenericModelWriter(maxent, m).persist();
      }
      out.writeUTF(MAGIC);
      out.writeInt(maxentBytes.size());
      maxentBytes.writeTo(out);
      out.writeDouble(logisticWeight);
      if (logisticWeight > 0.0) {
        logistic.write(out);
        if (logistic.denseSize() > 0) {
          out.writeUTF(contextVectors.vectors().sha256());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize the model", e);
    }
    return new TscModel(maxent, logistic, logisticWeight, contextVectors, buffer.toByteArray());
  }

  /**
   * Reads a model written by {@link #write(Path)}; dense features use {@link
   * WordVectors#bundled()}.
   */
  public static TscModel read(InputStream in) throws IOException {
    return read(in, WordVectors::bundled);
  }

  /**
   * Reads a model written by {@link #write(Path)} whose dense features use the given word vectors
   * (read only when the model has dense features).
   */
  public static TscModel read(InputStream in, Supplier<WordVectors> vectors) throws IOException {
    byte[] bytes = in.readAllBytes();
    DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes));
    if (!BinaryFiles.startsWith(data, MAGIC)) {
      throw new IOException(
          "not a target sentiment model of this version (expected '"
              + MAGIC
              + "'; models from before tsc-maxent-v4 must be retrained with train-tsc)");
    }
    int length = data.readInt();
    byte[] maxentBytes = data.readNBytes(Math.max(0, length));
    if (length < 0 || maxentBytes.length != length) {
      throw new IOException("the maxent model is truncated");
    }
    if (!(new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(maxentBytes)))
            .getModel()
        instanceof GISModel maxent)) {
      throw new IOException("the maxent part is not a GIS model");
    }
    double weight = data.readDouble();
    LogisticModel logistic = weight > 0.0 ? LogisticModel.read(data, CLASSES) : null;
    ContextVectors contextVectors = null;
    if (logistic != null && logistic.denseSize() > 0) {
      String trainedWith = data.readUTF();
      WordVectors table = vectors.get();
      if (!table.sha256().equals(trainedWith)) {
        throw new IOException(
            "the model was trained with word vectors "
                + Checksums.abbreviate(trainedWith)
                + ", but the table at hand is "
                + Checksums.abbreviate(table.sha256())
                + "; retrain the model with train-tsc");
      }
      contextVectors = new ContextVectors(table);
    }
    BinaryFiles.requireEnd(data, "the model");
    ContextVectors dense = contextVectors;
    return BinaryFiles.build(() -> new TscModel(maxent, logistic, weight, dense, bytes));
  }

  /** Reads a model file. */
  public static TscModel read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  private static final class Holder {
    static final TscModel INSTANCE = loadResource();

    private static TscModel loadResource() {
      return BundledResource.load(RESOURCE, "target sentiment model", TscModel::read);
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

  /** SHA-256 of the word vectors the dense features were trained with, or null without them. */
  public String wordVectorsSha256() {
    return contextVectors == null ? null : contextVectors.vectors().sha256();
  }

  /** Number of dense features of the logistic model (0: none). */
  public int denseFeatures() {
    return contextVectors == null ? 0 : contextVectors.size();
  }

  /** The logistic model's share of the probabilities; 0 when the model is maxent only. */
  public double logisticWeight() {
    return logisticWeight;
  }

  /**
   * Class probabilities for a mention's features, indexed by {@link SentimentLabel#ordinal()}: the
   * same numbers as {@link #referenceProbabilities} (bit-equal without dense features, equal up to
   * rounding with them), with one {@link FeatureWeights} lookup per feature string for both models
   * and the dense features taken through the folded word vectors ({@link
   * ContextVectors.Projection}).
   */
  public double[] probabilities(MentionFeatures mention) {
    return probabilities(FeatureHashes.of(mention.sparse()), mention.context());
  }

  /**
   * {@link #probabilities(MentionFeatures)} for features given by their hashes, as {@link
   * TscFeatures} puts them into a {@link FeatureHashes} sink when scoring.
   */
  double[] probabilities(FeatureHashes features, ContextWords context) {
    // OpenNLP's default (uniform) prior, as its String[] eval applies it.
    double[] sums = new double[maxentParameters.getNumOutcomes()];
    Arrays.fill(sums, Math.log(1.0 / sums.length));
    double[] decision = logistic == null ? null : new double[logistic.columns()];
    featureWeights.addTo(features, sums, decision);
    // OpenNLP's normalisation of the summed weights (no context left to add).
    double[] p = GISModel.eval(NO_CONTEXT, sums, maxentParameters);
    double[] out = new double[CLASSES];
    for (int k = 0; k < CLASSES; k++) {
      out[k] = p[outcomeOf[k]];
    }
    if (logistic != null) {
      double[] dense = new double[logistic.columns()];
      if (projection != null) {
        projection.addTo(context, dense);
      }
      double[] q = logistic.probabilitiesOfDecision(decision, dense);
      for (int k = 0; k < CLASSES; k++) {
        out[k] = (1.0 - logisticWeight) * out[k] + logisticWeight * q[k];
      }
    }
    return out;
  }

  /**
   * The same probabilities from each model's own API (OpenNLP's {@code eval}, liblinear's {@code
   * predictProbability} on the full dense vector); for tests of {@link #probabilities}.
   */
  double[] referenceProbabilities(MentionFeatures mention) {
    String[] features = mention.sparse();
    double[] p = maxent.eval(features);
    double[] out = new double[CLASSES];
    for (int k = 0; k < CLASSES; k++) {
      out[k] = p[outcomeOf[k]];
    }
    if (logistic != null) {
      double[] q =
          logistic.probabilities(
              features,
              contextVectors == null ? null : contextVectors.represent(mention.context()));
      for (int k = 0; k < CLASSES; k++) {
        out[k] = (1.0 - logisticWeight) * out[k] + logisticWeight * q[k];
      }
    }
    return out;
  }
}
