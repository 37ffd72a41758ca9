package com.mediaframing.metrics;

/**
 * The 95% confidence interval of a share counted over clustered units: the share of an outlet's
 * quotes that come from one speaker, where quotes come in articles and the quotes of one article
 * are not independent. The share is the ratio estimator {@code R = Σx / Σn} over the {@code m}
 * articles ({@code x} the speaker's quotes in an article, {@code n} all its quotes), its standard
 * error the linearization (cluster-robust) one, {@code sqrt(Σ(x - R·n)² / (m(m-1))) / n̄}, and the
 * interval {@code R ± t(m-1)·se} clipped to [0, 1] (Cochran, Sampling Techniques, 3rd ed., §6.11).
 * It is wider than a binomial interval when a speaker's quotes bunch in a few articles, as they
 * usually do. Undefined (null) below two articles. Stateless and thread-safe.
 */
public final class ShareInterval {
  private ShareInterval() {}

  /**
   * Half the interval's width.
   *
   * @param m articles (clusters), those with at least one unit
   * @param total Σn, units over all articles
   * @param sumX Σx, the counted units
   * @param sumXX Σx²
   * @param sumXN Σx·n
   * @param sumNN Σn²
   */
  public static Double halfWidth(
      long m, double total, double sumX, double sumXX, double sumXN, double sumNN) {
    if (m < 2 || total <= 0) {
      return null;
    }
    double r = sumX / total;
    double residual = Math.max(0, sumXX - 2 * r * sumXN + r * r * sumNN);
    double meanN = total / m;
    double se = Math.sqrt(residual / (m * (m - 1.0))) / meanN;
    return MeanInterval.t975(m - 1) * se;
  }

  /** The lower bound, clipped to 0; null when undefined. */
  public static Double lower(
      long m, double total, double sumX, double sumXX, double sumXN, double sumNN) {
    Double h = halfWidth(m, total, sumX, sumXX, sumXN, sumNN);
    return h == null ? null : Math.max(0, sumX / total - h);
  }

  /** The upper bound, clipped to 1; null when undefined. */
  public static Double upper(
      long m, double total, double sumX, double sumXX, double sumXN, double sumNN) {
    Double h = halfWidth(m, total, sumX, sumXX, sumXN, sumNN);
    return h == null ? null : Math.min(1, sumX / total + h);
  }
}
