package com.mediaframing.metrics;

/**
 * The 95% confidence interval of a mean from its sample size and standard deviation, using
 * Student's t distribution (exact two-sided 97.5% quantiles for 1–30 degrees of freedom, then the
 * normal approximation refined by the first Cornish–Fisher term). Undefined (null) below two
 * observations. Stateless and thread-safe.
 */
public final class MeanInterval {
  private static final double[] T975 = {
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
    2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
    2.052, 2.048, 2.045, 2.042
  };
  private static final double Z975 = 1.959964;

  private MeanInterval() {}

  /** The 97.5% quantile of Student's t with {@code df} degrees of freedom ({@code df >= 1}). */
  public static double t975(long df) {
    if (df < 1) {
      throw new IllegalArgumentException("degrees of freedom must be >= 1, got " + df);
    }
    if (df <= T975.length) {
      return T975[(int) df - 1];
    }
    double z = Z975;
    return z + (z * z * z + z) / (4.0 * df);
  }

  /**
   * Half the width of the 95% interval of a mean of {@code n} values with sample standard deviation
   * {@code sd}; null when {@code n < 2} or {@code sd} is null.
   */
  public static Double halfWidth(long n, Double sd) {
    if (n < 2 || sd == null || sd.isNaN()) {
      return null;
    }
    return t975(n - 1) * sd / Math.sqrt(n);
  }

  /** {@code mean - halfWidth}, clamped to {@code [lo, hi]}; null when undefined. */
  public static Double lower(long n, Double mean, Double sd, double lo, double hi) {
    Double h = halfWidth(n, sd);
    return h == null || mean == null ? null : clamp(mean - h, lo, hi);
  }

  /** {@code mean + halfWidth}, clamped to {@code [lo, hi]}; null when undefined. */
  public static Double upper(long n, Double mean, Double sd, double lo, double hi) {
    Double h = halfWidth(n, sd);
    return h == null || mean == null ? null : clamp(mean + h, lo, hi);
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
