package com.mediaframing.sentiment;

import com.mediaframing.nlp.WordVectors;

/**
 * Dense context features of a target mention from {@link WordVectors}: four blocks of averaged word
 * vectors, each {@link WordVectors#dimension()} long, in this order:
 *
 * <ol>
 *   <li>left: words left of the target, weighted by nearness (1 / distance);
 *   <li>right: the same for words on the right;
 *   <li>clause: words in the target's clause, unweighted;
 *   <li>outside: words outside it, unweighted.
 * </ol>
 *
 * A block without words is all zeros. The logistic half of the model sees these values next to the
 * sparse features; since the model is linear in them, {@link Projection} folds a trained model's
 * weights into each word's vector once, so that scoring a mention costs a few additions per context
 * word instead of a pass over every dimension. Immutable and thread-safe.
 */
public final class ContextVectors {
  /** Number of blocks. */
  public static final int BLOCKS = 4;

  private static final int LEFT = 0;
  private static final int RIGHT = 1;
  private static final int CLAUSE = 2;
  private static final int OUTSIDE = 3;

  private final WordVectors vectors;

  public ContextVectors(WordVectors vectors) {
    this.vectors = vectors;
  }

  /** The vector table the features come from. */
  public WordVectors vectors() {
    return vectors;
  }

  /** Length of the dense feature vector. */
  public int size() {
    return BLOCKS * vectors.dimension();
  }

  /** The dense features of a mention's context words. */
  public double[] represent(ContextWords context) {
    int dim = vectors.dimension();
    double[] x = new double[size()];
    double[] total = new double[BLOCKS];
    for (int i = 0; i < context.size(); i++) {
      int id = context.ids()[i];
      int side = context.left()[i] ? LEFT : RIGHT;
      int clause = context.inClause()[i] ? CLAUSE : OUTSIDE;
      double near = context.nearness()[i];
      for (int d = 0; d < dim; d++) {
        double v = vectors.value(id, d);
        x[side * dim + d] += near * v;
        x[clause * dim + d] += v;
      }
      total[side] += near;
      total[clause] += 1.0;
    }
    for (int b = 0; b < BLOCKS; b++) {
      if (total[b] > 0.0) {
        for (int d = 0; d < dim; d++) {
          x[b * dim + d] /= total[b];
        }
      }
    }
    return x;
  }

  /**
   * Linear weights over the dense features folded into each word: for word {@code w}, block {@code
   * b} and output {@code c}, {@code Σ_d weight[c][b·dim + d] · vector[w][d]}. The weighted sum of a
   * mention's features is then each block's weighted average of its words' folded values plus a
   * constant, the same number as {@link #represent} followed by the dot product (up to rounding).
   */
  public final class Projection {
    private final int outputs;
    private final double[] folded;
    private final double[] offsets;

    /**
     * @param weights one array per output, each {@link #size()} long
     * @param offsets a constant per output, added once
     */
    public Projection(double[][] weights, double[] offsets) {
      this.outputs = weights.length;
      this.offsets = offsets.clone();
      int dim = vectors.dimension();
      this.folded = new double[vectors.size() * BLOCKS * outputs];
      for (double[] w : weights) {
        if (w.length != size()) {
          throw new IllegalArgumentException(
              "weights have " + w.length + " values for " + size() + " dense features");
        }
      }
      for (int word = 0; word < vectors.size(); word++) {
        for (int b = 0; b < BLOCKS; b++) {
          for (int c = 0; c < outputs; c++) {
            double sum = 0.0;
            double[] w = weights[c];
            for (int d = 0; d < dim; d++) {
              sum += w[b * dim + d] * vectors.value(word, d);
            }
            folded[(word * BLOCKS + b) * outputs + c] = sum;
          }
        }
      }
    }

    /** Adds each output's weighted sum of the mention's dense features to {@code sums}. */
    public void addTo(ContextWords context, double[] sums) {
      double[] acc = new double[BLOCKS * outputs];
      double[] total = new double[BLOCKS];
      for (int i = 0; i < context.size(); i++) {
        int base = context.ids()[i] * BLOCKS * outputs;
        int side = context.left()[i] ? LEFT : RIGHT;
        int clause = context.inClause()[i] ? CLAUSE : OUTSIDE;
        double near = context.nearness()[i];
        for (int c = 0; c < outputs; c++) {
          acc[side * outputs + c] += near * folded[base + side * outputs + c];
          acc[clause * outputs + c] += folded[base + clause * outputs + c];
        }
        total[side] += near;
        total[clause] += 1.0;
      }
      for (int c = 0; c < outputs; c++) {
        double sum = offsets[c];
        for (int b = 0; b < BLOCKS; b++) {
          if (total[b] > 0.0) {
            sum += acc[b * outputs + c] / total[b];
          }
        }
        sums[c] += sum;
      }
    }
  }
}
