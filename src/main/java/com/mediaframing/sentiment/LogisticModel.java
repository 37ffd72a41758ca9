package com.mediaframing.sentiment;

import com.mediaframing.base.BinaryFiles;
import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * L2-regularised logistic regression (liblinear's {@code L2R_LR} solver, one-vs-rest) over binary
 * feature strings and, optionally, a fixed-length vector of dense features. A feature string is
 * kept when at least {@code cutoff} training events contain it; each event's kept features form a
 * row of equal weights normalised to unit length. Dense features follow them, standardised with the
 * training mean and deviation and multiplied by a fixed dense weight (which sets how much they can
 * say next to the strings); then a bias of 1. Feature ids are the kept strings in sorted order,
 * then the dense features, so the same events give the same model. Immutable and thread-safe once
 * trained or read: prediction only reads the weights.
 */
public final class LogisticModel {
  /** liblinear's stopping tolerance. */
  private static final double EPSILON = 0.01;

  /** Seed of liblinear's random generator (its solvers shuffle with it). */
  private static final long SEED = 1L;

  static {
    Linear.disableDebugOutput();
  }

  private final Map<String, Integer> ids;
  private final String[] names;
  private final Model model;
  private final int[] slotOf;

  /** Training mean of each dense feature. */
  private final double[] denseMean;

  /** Factor of each dense feature after centring: the dense weight over the training deviation. */
  private final double[] denseScale;

  /**
   * liblinear's weights: feature id {@code j} (1-based, bias last) at {@code (j - 1) * columns}.
   */
  private final double[] weights;

  /** Weight columns: one per class, or one for a two-class model. */
  private final int columns;

  private LogisticModel(
      String[] names, double[] denseMean, double[] denseScale, Model model, int classes) {
    if (denseMean.length != denseScale.length) {
      throw new IllegalArgumentException("dense means and scales differ in length");
    }
    this.names = names;
    this.denseMean = denseMean;
    this.denseScale = denseScale;
    this.model = model;
    this.weights = model.getFeatureWeights();
    this.columns = model.getNrClass() == 2 ? 1 : model.getNrClass();
    if (weights.length != (names.length + denseMean.length + 1) * columns) {
      throw new IllegalArgumentException(
          "the model has "
              + weights.length
              + " weights for "
              + names.length
              + " features and "
              + denseMean.length
              + " dense ones");
    }
    this.ids = new HashMap<>(names.length * 2);
    for (int i = 0; i < names.length; i++) {
      ids.put(names[i], i + 1);
    }
    int[] labels = model.getLabels();
    this.slotOf = new int[classes];
    Arrays.fill(slotOf, -1);
    for (int k = 0; k < labels.length; k++) {
      if (labels[k] < 0 || labels[k] >= classes) {
        throw new IllegalArgumentException("model label " + labels[k] + " is not a class index");
      }
      slotOf[labels[k]] = k;
    }
  }

  /**
   * Trains on events given as feature arrays and class indexes in [0, classes), without dense
   * features.
   *
   * @param cost liblinear's C: larger fits the training data more closely
   */
  public static LogisticModel train(
      List<String[]> events, int[] classes, int classCount, int cutoff, double cost) {
    return train(events, null, 0.0, classes, classCount, cutoff, cost);
  }

  /**
   * Trains on events given as feature arrays, dense vectors (all of one length; null for none) and
   * class indexes in [0, classes).
   *
   * @param denseWeight the dense features' factor after standardisation (0 leaves them out)
   * @param cost liblinear's C: larger fits the training data more closely
   */
  public static LogisticModel train(
      List<String[]> events,
      List<double[]> dense,
      double denseWeight,
      int[] classes,
      int classCount,
      int cutoff,
      double cost) {
    if (events.size() != classes.length || events.isEmpty()) {
      throw new IllegalArgumentException("need one class per event and at least one event");
    }
    if (dense != null && dense.size() != events.size()) {
      throw new IllegalArgumentException("need one dense vector per event");
    }
    if (!(denseWeight >= 0.0)) {
      throw new IllegalArgumentException("dense weight must not be negative: " + denseWeight);
    }
    int denseSize = dense == null || denseWeight == 0.0 ? 0 : dense.get(0).length;
    double[] mean = new double[denseSize];
    double[] scale = new double[denseSize];
    if (denseSize > 0) {
      standardise(dense, denseWeight, mean, scale);
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String[] e : events) {
      for (String f : new HashSet<>(Arrays.asList(e))) {
        counts.merge(f, 1, Integer::sum);
      }
    }
    Set<String> kept = new TreeSet<>();
    counts.forEach(
        (f, n) -> {
          if (n >= cutoff) {
            kept.add(f);
          }
        });
    String[] names = kept.toArray(String[]::new);
    Map<String, Integer> ids = new HashMap<>(names.length * 2);
    for (int i = 0; i < names.length; i++) {
      ids.put(names[i], i + 1);
    }
    Problem problem = new Problem();
    problem.l = events.size();
    problem.n = names.length + denseSize + 1;
    problem.bias = 1.0;
    problem.x = new Feature[events.size()][];
    problem.y = new double[events.size()];
    for (int i = 0; i < events.size(); i++) {
      double[] x = denseSize == 0 ? null : dense.get(i);
      problem.x[i] = row(events.get(i), ids, names.length, x, mean, scale);
      problem.y[i] = classes[i];
    }
    Parameter parameter = new Parameter(SolverType.L2R_LR, cost, EPSILON);
    parameter.setRandom(new Random(SEED));
    return new LogisticModel(names, mean, scale, Linear.train(problem, parameter), classCount);
  }

  /** Fills each dense feature's training mean and its factor {@code weight / deviation}. */
  private static void standardise(
      List<double[]> dense, double weight, double[] mean, double[] scale) {
    int size = mean.length;
    for (double[] x : dense) {
      if (x.length != size) {
        throw new IllegalArgumentException(
            "dense vectors differ in length: " + x.length + " and " + size);
      }
      for (int d = 0; d < size; d++) {
        mean[d] += x[d];
      }
    }
    for (int d = 0; d < size; d++) {
      mean[d] /= dense.size();
    }
    double[] variance = new double[size];
    for (double[] x : dense) {
      for (int d = 0; d < size; d++) {
        double c = x[d] - mean[d];
        variance[d] += c * c;
      }
    }
    for (int d = 0; d < size; d++) {
      double deviation = Math.sqrt(variance[d] / dense.size());
      scale[d] = deviation > 0.0 ? weight / deviation : 0.0;
    }
  }

  /**
   * The row of an event: kept features in id order with equal weights of unit length, then the
   * standardised dense features (none when {@code dense} is null), then the bias.
   */
  private static Feature[] row(
      String[] features,
      Map<String, Integer> ids,
      int kept,
      double[] dense,
      double[] mean,
      double[] scale) {
    int[] found = new int[features.length];
    int n = 0;
    for (String f : features) {
      Integer id = ids.get(f);
      if (id != null) {
        found[n++] = id;
      }
    }
    int distinct = distinct(found, n);
    double value = sparseValue(distinct);
    int denseSize = mean.length;
    if (denseSize > 0 && (dense == null || dense.length != denseSize)) {
      throw new IllegalArgumentException(
          "the model needs "
              + denseSize
              + " dense features, got "
              + (dense == null ? 0 : dense.length));
    }
    Feature[] row = new Feature[distinct + denseSize + 1];
    for (int i = 0; i < distinct; i++) {
      row[i] = new FeatureNode(found[i], value);
    }
    for (int d = 0; d < denseSize; d++) {
      row[distinct + d] = new FeatureNode(kept + 1 + d, (dense[d] - mean[d]) * scale[d]);
    }
    row[distinct + denseSize] = new FeatureNode(kept + denseSize + 1, 1.0);
    return row;
  }

  /**
   * Sorts the first {@code n} ids and moves each distinct one to the front, in ascending order;
   * returns how many there are. Each row weighs its distinct features equally.
   */
  static int distinct(int[] ids, int n) {
    Arrays.sort(ids, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || ids[i] != ids[i - 1]) {
        ids[distinct++] = ids[i];
      }
    }
    return distinct;
  }

  /** The value of each of a row's {@code distinct} sparse features: unit length for the row. */
  static double sparseValue(int distinct) {
    return distinct == 0 ? 0.0 : 1.0 / Math.sqrt(distinct);
  }

  /** The kept feature names, in id order (id = index + 1). */
  List<String> names() {
    return List.of(names);
  }

  /** Number of dense features (0: strings only). */
  int denseSize() {
    return denseMean.length;
  }

  /** Number of decision values: one per class, or one for a two-class model. */
  int columns() {
    return columns;
  }

  /**
   * The dense part of the decision values as a linear function of the raw dense features: {@code
   * weights[c][d]} multiplies feature {@code d} in column {@code c}, and {@code offsets[c]} is
   * added once. {@link #probabilitiesOfDecision} takes its result.
   */
  record DenseForm(double[][] weights, double[] offsets) {}

  /** The dense part of the decision values with the standardisation folded in. */
  DenseForm denseForm() {
    double[][] w = new double[columns][denseMean.length];
    double[] offsets = new double[columns];
    for (int c = 0; c < columns; c++) {
      for (int d = 0; d < denseMean.length; d++) {
        w[c][d] = weights[(names.length + d) * columns + c] * denseScale[d];
        offsets[c] -= w[c][d] * denseMean[d];
      }
    }
    return new DenseForm(w, offsets);
  }

  /**
   * Class probabilities from the sparse part of each decision value (each distinct kept feature's
   * weight times {@code 1 / sqrt(distinct)}, summed in id order, as {@link #row} weighs them) and
   * the dense part: adds the dense part and the bias, then liblinear's one-vs-rest sigmoids,
   * normalised. {@code decision} is overwritten.
   */
  double[] probabilitiesOfDecision(double[] decision, double[] denseDecision) {
    int bias = (names.length + denseMean.length) * columns;
    for (int c = 0; c < columns; c++) {
      decision[c] += denseDecision[c];
      decision[c] += weights[bias + c];
    }
    double[] p = new double[model.getNrClass()];
    if (columns == 1) {
      p[0] = 1.0 / (1.0 + Math.exp(-decision[0]));
      p[1] = 1.0 - p[0];
    } else {
      double sum = 0.0;
      for (int c = 0; c < columns; c++) {
        p[c] = 1.0 / (1.0 + Math.exp(-decision[c]));
        sum += p[c];
      }
      for (int c = 0; c < columns; c++) {
        p[c] /= sum;
      }
    }
    double[] out = new double[slotOf.length];
    for (int c = 0; c < slotOf.length; c++) {
      out[c] = slotOf[c] < 0 ? 0.0 : p[slotOf[c]];
    }
    return out;
  }

  /**
   * The weights of the first {@code count} kept features, in id order, {@link #columns()} per
   * feature.
   */
  double[] featureWeights(int count) {
    return Arrays.copyOf(weights, count * columns);
  }

  /**
   * Class probabilities for one event without dense features, indexed by class index (0 where the
   * model lacks one), as liblinear computes them.
   */
  public double[] probabilities(String[] features) {
    return probabilities(features, null);
  }

  /**
   * Class probabilities for one event with its dense features (null when the model has none), as
   * liblinear computes them.
   */
  public double[] probabilities(String[] features, double[] dense) {
    double[] p = new double[model.getNrClass()];
    Linear.predictProbability(
        model, row(features, ids, names.length, dense, denseMean, denseScale), p);
    double[] out = new double[slotOf.length];
    for (int c = 0; c < slotOf.length; c++) {
      out[c] = slotOf[c] < 0 ? 0.0 : p[slotOf[c]];
    }
    return out;
  }

  /** Number of kept features. */
  public int features() {
    return names.length;
  }

  /**
   * Writes the feature names, the dense features' means and factors, and liblinear's text form of
   * the model.
   */
  void write(DataOutputStream out) throws IOException {
    out.writeInt(names.length);
    for (String n : names) {
      out.writeUTF(n);
    }
    out.writeInt(denseMean.length);
    for (int d = 0; d < denseMean.length; d++) {
      out.writeDouble(denseMean[d]);
      out.writeDouble(denseScale[d]);
    }
    StringWriter text = new StringWriter();
    model.save(text);
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /** Reads what {@link #write} wrote. */
  static LogisticModel read(DataInputStream in, int classCount) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      throw new IOException("bad feature count " + n);
    }
    List<String> names = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      names.add(in.readUTF());
    }
    int denseSize = in.readInt();
    if (denseSize < 0) {
      throw new IOException("bad dense feature count " + denseSize);
    }
    double[] mean = new double[denseSize];
    double[] scale = new double[denseSize];
    for (int d = 0; d < denseSize; d++) {
      mean[d] = in.readDouble();
      scale[d] = in.readDouble();
    }
    int length = in.readInt();
    if (length < 0) {
      throw new IOException("bad model length " + length);
    }
    byte[] bytes = in.readNBytes(length);
    if (bytes.length != length) {
      throw new IOException("the logistic model is truncated");
    }
    Model model = Model.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
    return BinaryFiles.build(
        () -> new LogisticModel(names.toArray(String[]::new), mean, scale, model, classCount));
  }
}
