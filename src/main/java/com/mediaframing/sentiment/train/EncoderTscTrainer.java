package com.mediaframing.sentiment.train;

import com.mediaframing.nlp.EncodedText;
import com.mediaframing.sentiment.EncoderFeatures;
import com.mediaframing.sentiment.EncoderTscModel;
import com.mediaframing.sentiment.SentimentLabel;
import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Trains an {@link EncoderTscModel} on NewsMTSC examples: {@link EncoderFeatures} of every target
 * (one encoder pass per sentence, one per target for the masked sentence), each feature
 * standardised with its training mean and deviation and scaled by {@code 1 / sqrt(d)} (a row of
 * about unit length), then liblinear 2.44 {@code L2R_LR} with cost {@link Parameters#cost()},
 * tolerance 0.01 and a seeded generator. Examples are sorted by target id first, so the same data
 * gives a byte-identical model. Features can be computed once ({@link #features}) and trained on
 * many times ({@link #train(List, double[][])}), as cross validation does. Not thread-safe.
 */
public final class EncoderTscTrainer {
  private static final long SEED = 42L;
  private static final double EPSILON = 0.01;

  /**
   * @param cost liblinear's C
   * @param v4Weight the share of {@code tsc-maxent-v4} in the scorer's average, stored in the model
   */
  public record Parameters(double cost, double v4Weight) {
    /** The shipped settings (chosen on the dev split and the cross-validation folds). */
    public static final Parameters DEFAULTS = new Parameters(1.0, 0.5);

    public Parameters {
      if (!(cost > 0.0) || !(v4Weight >= 0.0 && v4Weight < 1.0)) {
        throw new IllegalArgumentException("bad parameters: C " + cost + ", v4 weight " + v4Weight);
      }
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT, "liblinear L2R_LR C=%s eps=%s, v4 weight %s", cost, EPSILON, v4Weight);
    }
  }

  private final EncoderFeatures features;
  private final Parameters parameters;

  public EncoderTscTrainer(EncoderFeatures features, Parameters parameters) {
    this.features = features;
    this.parameters = parameters;
  }

  /** Trains on the examples that have a token span. */
  public EncoderTscModel train(List<TscExample> examples) {
    return train(examples, features(features, examples));
  }

  /**
   * The feature vector of each example (null where it has no token span), in order; consecutive
   * examples of one tagged sentence share its encoder pass. One thread.
   */
  public static double[][] features(EncoderFeatures features, List<TscExample> examples) {
    return features(features, examples, 1);
  }

  /**
   * {@link #features(EncoderFeatures, List)} with sentences spread over {@code threads} threads;
   * the same numbers whatever the count (the encoders run one text per call).
   */
  public static double[][] features(
      EncoderFeatures features, List<TscExample> examples, int threads) {
    double[][] out = new double[examples.size()][];
    List<int[]> groups = new ArrayList<>();
    for (int i = 0; i < examples.size(); ) {
      int j = i + 1;
      while (j < examples.size() && examples.get(j).sentence() == examples.get(i).sentence()) {
        j++;
      }
      groups.add(new int[] {i, j});
      i = j;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int[] g : groups) {
        done.add(pool.submit(() -> encodeGroup(features, examples, g[0], g[1], out)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while encoding", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
    return out;
  }

  private static void encodeGroup(
      EncoderFeatures features, List<TscExample> examples, int from, int to, double[][] out) {
    List<EncodedText> states = null;
    for (int i = from; i < to; i++) {
      TscExample e = examples.get(i);
      if (e.span() == null) {
        continue;
      }
      if (states == null) {
        states = features.encode(e.sentence());
      }
      out[i] = features.features(e.sentence(), states, e.span(), e.further());
    }
  }

  /**
   * Trains on precomputed features ({@code x[i]} for {@code examples.get(i)}, null to leave it
   * out).
   *
   * @throws IllegalArgumentException when the examples do not hold all three classes
   */
  public EncoderTscModel train(List<TscExample> examples, double[][] x) {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      if (x[i] != null) {
        rows.add(i);
      }
    }
    rows.sort(Comparator.comparing(i -> examples.get(i).target().gid()));
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no targets with tokens to train on");
    }
    int d = features.dimension();
    double[] mean = new double[d];
    double[] factor = new double[d];
    for (int i : rows) {
      for (int j = 0; j < d; j++) {
        mean[j] += x[i][j];
      }
    }
    for (int j = 0; j < d; j++) {
      mean[j] /= rows.size();
    }
    for (int i : rows) {
      for (int j = 0; j < d; j++) {
        double c = x[i][j] - mean[j];
        factor[j] += c * c;
      }
    }
    double unit = 1.0 / Math.sqrt(d);
    for (int j = 0; j < d; j++) {
      factor[j] = unit / (Math.sqrt(factor[j] / rows.size()) + 1e-6);
    }
    Problem problem = new Problem();
    problem.l = rows.size();
    problem.n = d + 1;
    problem.bias = 1.0;
    problem.x = new Feature[rows.size()][];
    problem.y = new double[rows.size()];
    boolean[] seen = new boolean[SentimentLabel.values().length];
    for (int r = 0; r < rows.size(); r++) {
      int i = rows.get(r);
      problem.x[r] = row(x[i], mean, factor);
      int label = examples.get(i).target().gold().ordinal();
      problem.y[r] = label;
      seen[label] = true;
    }
    for (SentimentLabel l : SentimentLabel.values()) {
      if (!seen[l.ordinal()]) {
        throw new IllegalArgumentException("no " + l.id() + " target to train on");
      }
    }
    Linear.disableDebugOutput();
    Parameter parameter = new Parameter(SolverType.L2R_LR, parameters.cost(), EPSILON);
    parameter.setRandom(new Random(SEED));
    Model model = Linear.train(problem, parameter);
    int classes = model.getNrClass();
    int[] labels = model.getLabels();
    double[] w = model.getFeatureWeights();
    double[][] weights = new double[classes][d + 1];
    for (int k = 0; k < classes; k++) {
      for (int j = 0; j <= d; j++) {
        weights[labels[k]][j] = w[j * classes + k];
      }
    }
    return new EncoderTscModel(features.layout(), parameters.v4Weight(), mean, factor, weights);
  }

  private static Feature[] row(double[] x, double[] mean, double[] factor) {
    Feature[] row = new Feature[x.length];
    for (int j = 0; j < x.length; j++) {
      row[j] = new FeatureNode(j + 1, (x[j] - mean[j]) * factor[j]);
    }
    return row;
  }
}
