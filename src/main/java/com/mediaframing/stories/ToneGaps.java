package com.mediaframing.stories;

import com.mediaframing.analysis.AnalyzedArticle;
import com.mediaframing.analysis.MentionRecord;
import com.mediaframing.metrics.MeanInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 95% interval of the difference in mean mention sentiment toward an actor between two blocs of
 * a story (Welch's t-interval over the mentions), and whether the evidence supports calling it a
 * tone gap: both blocs have at least {@link #MIN_MENTIONS} mentions of the actor and the interval
 * excludes zero. Mentions in one article are not independent, so the interval is optimistic for
 * stories of one article per bloc; the mention floor keeps single remarks out. Stateless and
 * thread-safe.
 */
public final class ToneGaps {
  public static final int MIN_MENTIONS = 4;

  private ToneGaps() {}

  /** Bloc b's mean minus bloc a's, with its interval; null bounds when undefined. */
  public record Gap(int nA, int nB, double difference, Double low, Double high, boolean supported) {
    /** The smallest difference the interval allows, in absolute value (0 when it spans 0). */
    public double guaranteed() {
      if (low == null || high == null || (low <= 0 && high >= 0)) {
        return 0;
      }
      return Math.min(Math.abs(low), Math.abs(high));
    }
  }

  /** Mention sentiments per bloc and actor. */
  public static Map<String, Map<String, List<Double>>> mentions(List<AnalyzedArticle> docs) {
    Map<String, Map<String, List<Double>>> out = new TreeMap<>();
    for (AnalyzedArticle d : docs) {
      if (d.getMentions() == null) {
        continue;
      }
      for (MentionRecord m : d.getMentions()) {
        out.computeIfAbsent(d.getBloc(), k -> new TreeMap<>())
            .computeIfAbsent(m.getActorId(), k -> new ArrayList<>())
            .add(m.getSentiment());
      }
    }
    return out;
  }

  public static Gap gap(List<Double> a, List<Double> b) {
    double ma = mean(a);
    double mb = mean(b);
    double diff = mb - ma;
    if (a.size() < 2 || b.size() < 2) {
      return new Gap(a.size(), b.size(), diff, null, null, false);
    }
    double va = variance(a, ma) / a.size();
    double vb = variance(b, mb) / b.size();
    double se = Math.sqrt(va + vb);
    if (se == 0) {
      boolean sup = diff != 0 && a.size() >= MIN_MENTIONS && b.size() >= MIN_MENTIONS;
      return new Gap(a.size(), b.size(), diff, diff, diff, sup);
    }
    double df = (va + vb) * (va + vb) / (va * va / (a.size() - 1) + vb * vb / (b.size() - 1));
    double half = MeanInterval.t975(Math.max(1, (long) Math.floor(df))) * se;
    double low = diff - half;
    double high = diff + half;
    boolean supported =
        a.size() >= MIN_MENTIONS && b.size() >= MIN_MENTIONS && (low > 0 || high < 0);
    return new Gap(a.size(), b.size(), diff, low, high, supported);
  }

  private static double mean(List<Double> v) {
    return v.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  private static double variance(List<Double> v, double mean) {
    double ss = 0;
    for (double x : v) {
      ss += (x - mean) * (x - mean);
    }
    return ss / (v.size() - 1);
  }
}
