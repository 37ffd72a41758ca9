package com.mediaframing.metrics;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The 95% interval of a mean over units that come in clusters — a bloc's articles, which come in
 * outlets that each hold an editorial line — computed from each cluster's total weight and weighted
 * sum alone. The estimate is the one the aggregates report, {@code R = Σ sum / Σ weight} (with
 * weight 1 per article, the plain mean over articles; with weight n per article, a ratio estimator
 * such as a speaker's share of quotes). Its standard error is the cluster-robust CR2 one (Bell and
 * McCaffrey's bias-reduced linearization, Survey Methodology 28(2), 2002; Pustejovsky and Tipton,
 * JBES 36(4), 2018), which for a mean reduces to
 *
 * <pre>
 *   V = Σ_g (S_g − R·W_g)² / (1 − W_g/W) / W²
 * </pre>
 *
 * ({@code W_g}, {@code S_g} the cluster's weight and weighted sum, {@code W} the total weight):
 * each cluster's residual total inflated by its leverage {@code W_g/W}, so a dominant outlet does
 * not hide its own departure from the mean. The interval is {@code R ± t(ν)·sqrt(V)} with Bell and
 * McCaffrey's degrees of freedom under working independence,
 *
 * <pre>
 *   ν = (1/W)² / tr(B²),  B = D − u·uᵀ,  d_g = c_g·W_g/W²,  u_g = sqrt(c_g·W_g²/W³),
 *   c_g = 1/(1 − W_g/W)
 * </pre>
 *
 * which is exactly {@code G − 1} for {@code G} clusters of equal weight and falls toward 1 as a few
 * clusters hold most of the weight (a bloc whose mean is mostly three outlets has about three
 * independent units, not a hundred). The quantile is taken at {@code floor(ν)} (rounding error
 * aside), erring wide. Undefined below two clusters of positive weight. Stateless and thread-safe.
 */
public final class ClusteredMean {
  private ClusteredMean() {}

  /**
   * One cluster's totals.
   *
   * @param weight the cluster's total weight (articles, or quotes for a share of quotes)
   * @param sum the weighted sum of its values (for a mean over articles, the sum of their values)
   */
  public record Cluster(double weight, double sum) implements Serializable {}

  /**
   * The estimate and its interval.
   *
   * @param mean {@code Σ sum / Σ weight}
   * @param clusters clusters of positive weight
   * @param se the CR2 standard error, null below two clusters
   * @param df Bell–McCaffrey degrees of freedom, null below two clusters
   */
  public record Interval(double mean, int clusters, Double se, Double df) implements Serializable {
    /** Half the 95% interval's width; null when undefined. */
    public Double halfWidth() {
      return se == null ? null : MeanInterval.t975(Math.max(1, (long) Math.floor(df + 1e-9))) * se;
    }

    /** The lower bound clipped to {@code [lo, hi]}; null when undefined. */
    public Double low(double lo, double hi) {
      Double h = halfWidth();
      return h == null ? null : Math.max(lo, Math.min(hi, mean - h));
    }

    /** The upper bound clipped to {@code [lo, hi]}; null when undefined. */
    public Double high(double lo, double hi) {
      Double h = halfWidth();
      return h == null ? null : Math.max(lo, Math.min(hi, mean + h));
    }
  }

  /**
   * The clustered interval of the mean of {@code clusters}; clusters of zero weight are skipped.
   *
   * @throws IllegalArgumentException when no cluster has positive weight, or a weight is negative
   */
  public static Interval of(Collection<Cluster> clusters) {
    double w = 0;
    double s = 0;
    int g = 0;
    for (Cluster c : clusters) {
      if (c.weight() < 0 || Double.isNaN(c.weight())) {
        throw new IllegalArgumentException("a cluster's weight must be >= 0, got " + c.weight());
      }
      if (c.weight() > 0) {
        w += c.weight();
        s += c.sum();
        g++;
      }
    }
    if (g == 0) {
      throw new IllegalArgumentException("no cluster of positive weight");
    }
    double mean = s / w;
    if (g < 2) {
      return new Interval(mean, g, null, null);
    }
    double v = 0;
    double sumDd = 0;
    double sumDuu = 0;
    double sumUu = 0;
    for (Cluster c : clusters) {
      if (c.weight() <= 0) {
        continue;
      }
      double share = c.weight() / w;
      double inflation = 1 / (1 - share);
      double residual = c.sum() - mean * c.weight();
      v += residual * residual * inflation;
      double d = inflation * share / w;
      double uu = inflation * share * share / w;
      sumDd += d * d;
      sumDuu += d * uu;
      sumUu += uu;
    }
    double trB2 = sumDd - 2 * sumDuu + sumUu * sumUu;
    double df = trB2 > 0 ? (1 / (w * w)) / trB2 : g - 1.0;
    return new Interval(mean, g, Math.sqrt(v) / w, Math.max(1, Math.min(g - 1.0, df)));
  }

  /**
   * Estimate {@code b − a} of two independent clustered means (no cluster in both) and its 95%
   * interval: standard error {@code sqrt(se_a² + se_b²)}, Student's t at the Welch–Satterthwaite
   * combination of the two degrees of freedom. Bounds null when either side has no interval.
   *
   * @param difference {@code b.mean − a.mean}
   */
  public record Difference(double difference, Double low, Double high, Double df)
      implements Serializable {
    /** The interval excludes zero. */
    public boolean excludesZero() {
      return low != null && (low > 0 || high < 0);
    }
  }

  /** {@code b − a} with its interval; see {@link Difference}. */
  public static Difference difference(Interval a, Interval b) {
    double d = b.mean() - a.mean();
    if (a.se() == null || b.se() == null) {
      return new Difference(d, null, null, null);
    }
    double va = a.se() * a.se();
    double vb = b.se() * b.se();
    if (va + vb == 0) {
      return new Difference(d, d, d, a.df() + b.df());
    }
    double df = (va + vb) * (va + vb) / (va * va / a.df() + vb * vb / b.df());
    double half = MeanInterval.t975(Math.max(1, (long) Math.floor(df + 1e-9))) * Math.sqrt(va + vb);
    return new Difference(d, d - half, d + half, df);
  }

  /**
   * Many estimates over the same clusters — one share per speaker over a bloc's outlets, each
   * speaker quoted in a few of them — computed from the clusters' weights once and each estimate's
   * non-zero cluster sums only. Gives what {@link ClusteredMean#of} gives for the full list of
   * clusters with the missing sums 0. Immutable and thread-safe.
   */
  public static final class Design implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Map<String, Double> weights;
    private final double total;
    private final double weightSquares;
    private final Interval base;

    /** The clusters by name with their weights; those of zero weight are skipped. */
    public Design(Map<String, Double> weights) {
      Map<String, Double> positive = new HashMap<>();
      double w = 0;
      for (Map.Entry<String, Double> e : weights.entrySet()) {
        if (e.getValue() < 0 || e.getValue().isNaN()) {
          throw new IllegalArgumentException(
              "cluster " + e.getKey() + ": weight must be >= 0, got " + e.getValue());
        }
        if (e.getValue() > 0) {
          positive.put(e.getKey(), e.getValue());
          w += e.getValue();
        }
      }
      if (positive.isEmpty()) {
        throw new IllegalArgumentException("no cluster of positive weight");
      }
      double squares = 0;
      for (double x : positive.values()) {
        squares += x * x / (1 - x / w);
      }
      this.weights = Map.copyOf(positive);
      this.total = w;
      this.weightSquares = squares;
      this.base = ClusteredMean.of(positive.values().stream().map(x -> new Cluster(x, 0)).toList());
    }

    /** Clusters of positive weight. */
    public int clusters() {
      return weights.size();
    }

    /**
     * The interval of {@code Σ sums / Σ weights}; clusters absent from {@code sums} sum to 0.
     *
     * @throws IllegalArgumentException when {@code sums} names a cluster without weight
     */
    public Interval of(Map<String, Double> sums) {
      double s = 0;
      for (Map.Entry<String, Double> e : sums.entrySet()) {
        if (!weights.containsKey(e.getKey())) {
          throw new IllegalArgumentException("cluster " + e.getKey() + " has no weight");
        }
        s += e.getValue();
      }
      double r = s / total;
      if (base.se() == null) {
        return new Interval(r, 1, null, null);
      }
      // Σ_g (S_g − R·W_g)² c_g over all clusters, with S_g = 0 outside sums
      double v = r * r * weightSquares;
      for (Map.Entry<String, Double> e : sums.entrySet()) {
        double wg = weights.get(e.getKey());
        double sg = e.getValue();
        v += (sg * sg - 2 * r * sg * wg) / (1 - wg / total);
      }
      return new Interval(r, weights.size(), Math.sqrt(Math.max(0, v)) / total, base.df());
    }
  }
}
