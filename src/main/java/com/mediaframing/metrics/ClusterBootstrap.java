package com.mediaframing.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The percentile cluster bootstrap of the same estimate {@link ClusteredMean} intervals: {@code
 * draws} resamples of the clusters with replacement (the units of a drawn cluster kept together),
 * the estimate {@code Σ sum / Σ weight} of each, and the 2.5% and 97.5% quantiles of those
 * estimates. A check on the clustered interval, not a replacement for it (with few or very unequal
 * clusters the percentile bootstrap itself is too narrow). Deterministic for a seed; stateless and
 * thread-safe.
 */
public final class ClusterBootstrap {
  private ClusterBootstrap() {}

  /**
   * The 95% percentile interval {@code {low, high}} of the clusters' mean, or null below two
   * clusters of positive weight.
   */
  public static double[] interval(List<ClusteredMean.Cluster> clusters, int draws, long seed) {
    if (draws < 40) {
      throw new IllegalArgumentException("draws must be >= 40, got " + draws);
    }
    ClusteredMean.Cluster[] c =
        clusters.stream().filter(x -> x.weight() > 0).toArray(ClusteredMean.Cluster[]::new);
    if (c.length < 2) {
      return null;
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] estimates = new double[draws];
    for (int b = 0; b < draws; b++) {
      double w = 0;
      double s = 0;
      for (int i = 0; i < c.length; i++) {
        ClusteredMean.Cluster drawn = c[random.nextInt(c.length)];
        w += drawn.weight();
        s += drawn.sum();
      }
      estimates[b] = s / w;
    }
    Arrays.sort(estimates);
    return new double[] {quantile(estimates, 0.025), quantile(estimates, 0.975)};
  }

  /** Linear interpolation between order statistics (type 7). */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
