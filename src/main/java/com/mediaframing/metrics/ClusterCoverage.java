package com.mediaframing.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How often 95% intervals of a bloc mean cover the truth when the bloc's outlets have the sizes of
 * a real cell: a one-way random-effects model ({@code y = μ + a_outlet + e}, both normal) fitted to
 * the cell by the ANOVA estimator, then {@code sims} simulated blocs with the same outlet sizes,
 * each given the clustered interval ({@link ClusteredMean}), the same CR2 error with outlets − 1
 * degrees of freedom, the percentile outlet bootstrap ({@link ClusterBootstrap}) and the t-interval
 * over articles. Evaluation only; deterministic for a seed; stateless and thread-safe.
 */
public final class ClusterCoverage {
  private ClusterCoverage() {}

  /** One outlet of the real cell: its articles, their sum and sum of squares. */
  public record Outlet(long n, double sum, double squares) {}

  /** Coverage of each interval over the simulated blocs, and the fitted spreads. */
  public record Result(
      double between,
      double within,
      double clustered,
      double outletsMinusOne,
      double bootstrap,
      double articles) {}

  /** The coverage of the four intervals over {@code sims} blocs shaped like {@code outlets}. */
  public static Result simulate(List<Outlet> outlets, int sims, int draws, long seed) {
    int g = outlets.size();
    if (g < 2) {
      throw new IllegalArgumentException("need at least 2 outlets, got " + g);
    }
    long n = 0;
    double sum = 0;
    double nn = 0;
    double within = 0;
    for (Outlet o : outlets) {
      n += o.n();
      sum += o.sum();
      nn += (double) o.n() * o.n();
      within += o.squares() - o.sum() * o.sum() / o.n();
    }
    double mean = sum / n;
    double between = 0;
    for (Outlet o : outlets) {
      double d = o.sum() / o.n() - mean;
      between += o.n() * d * d;
    }
    double msw = n > g ? within / (n - g) : 0;
    double msb = between / (g - 1);
    double n0 = (n - nn / n) / (g - 1);
    double tau = Math.sqrt(Math.max(0, (msb - msw) / n0));
    double sigma = Math.sqrt(Math.max(0, msw));
    Random random = new Random(seed);
    int[] covered = new int[4];
    for (int k = 0; k < sims; k++) {
      List<ClusteredMean.Cluster> cells = new ArrayList<>(g);
      double squares = 0;
      double total = 0;
      for (Outlet o : outlets) {
        double offset = tau * random.nextGaussian();
        double s = 0;
        for (long i = 0; i < o.n(); i++) {
          double y = offset + sigma * random.nextGaussian();
          s += y;
          squares += y * y;
        }
        cells.add(new ClusteredMean.Cluster(o.n(), s));
        total += s;
      }
      ClusteredMean.Interval i = ClusteredMean.of(cells);
      double m = i.mean();
      if (Math.abs(m) <= i.halfWidth()) {
        covered[0]++;
      }
      if (Math.abs(m) <= MeanInterval.t975(g - 1) * i.se()) {
        covered[1]++;
      }
      double[] boot = ClusterBootstrap.interval(cells, draws, seed + k);
      if (boot[0] <= 0 && boot[1] >= 0) {
        covered[2]++;
      }
      double sd = Math.sqrt(Math.max(0, (squares - total * total / n) / (n - 1)));
      Double h = MeanInterval.halfWidth(n, sd);
      if (h != null && Math.abs(m) <= h) {
        covered[3]++;
      }
    }
    return new Result(
        tau,
        sigma,
        covered[0] / (double) sims,
        covered[1] / (double) sims,
        covered[2] / (double) sims,
        covered[3] / (double) sims);
  }
}
