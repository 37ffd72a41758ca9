package com.mediaframing.stories;

import com.mediaframing.analysis.AnalyzedArticle;
import com.mediaframing.analysis.MentionRecord;
import com.mediaframing.metrics.ClusteredMean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The 95% interval of the difference in tone toward an actor between two blocs of a story, and
 * whether the evidence supports calling it a tone gap. A bloc's tone is the mean over its articles
 * of each article's mean mention score, so the article is the unit: the mentions of one article
 * share its author and are not independent draws. The interval is therefore clustered by article —
 * each bloc's mean with its standard error over articles ({@link ClusteredMean} with one cluster
 * per article, which for this estimate is the Student-t error over article means), the two combined
 * with Welch–Satterthwaite degrees of freedom. A side with a single article has no interval and no
 * gap is claimed from it: one article per bloc says nothing about the blocs. A gap is supported
 * when both blocs have at least {@link #MIN_ARTICLES} articles and {@link #MIN_MENTIONS} mentions
 * of the actor and the interval excludes zero. Stateless and thread-safe.
 */
public final class ToneGaps {
  public static final int MIN_MENTIONS = 4;
  public static final int MIN_ARTICLES = 2;

  private ToneGaps() {}

  /**
   * Bloc b's tone minus bloc a's, with its interval; null bounds when either bloc has fewer than
   * two articles naming the actor.
   */
  public record Gap(
      int nDocsA,
      int nDocsB,
      int nA,
      int nB,
      double difference,
      Double low,
      Double high,
      boolean supported) {
    /** The smallest difference the interval allows, in absolute value (0 when it spans 0). */
    public double guaranteed() {
      if (low == null || high == null || (low <= 0 && high >= 0)) {
        return 0;
      }
      return Math.min(Math.abs(low), Math.abs(high));
    }
  }

  /** One bloc's mentions of one actor in a story: each article's mean score and mention count. */
  public record Side(List<Double> articleMeans, int mentions) {
    static final Side NONE = new Side(List.of(), 0);
  }

  /** Each bloc's {@link Side} per actor. */
  public static Map<String, Map<String, Side>> sides(List<AnalyzedArticle> docs) {
    Map<String, Map<String, List<Double>>> means = new TreeMap<>();
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    for (AnalyzedArticle d : docs) {
      if (d.getMentions() == null) {
        continue;
      }
      Map<String, double[]> perActor = new TreeMap<>();
      for (MentionRecord m : d.getMentions()) {
        double[] s = perActor.computeIfAbsent(m.getActorId(), k -> new double[2]);
        s[0] += m.getSentiment();
        s[1]++;
      }
      for (Map.Entry<String, double[]> e : perActor.entrySet()) {
        means
            .computeIfAbsent(d.getBloc(), k -> new TreeMap<>())
            .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
            .add(e.getValue()[0] / e.getValue()[1]);
        counts
            .computeIfAbsent(d.getBloc(), k -> new TreeMap<>())
            .merge(e.getKey(), (int) e.getValue()[1], Integer::sum);
      }
    }
    Map<String, Map<String, Side>> out = new TreeMap<>();
    means.forEach(
        (bloc, byActor) ->
            byActor.forEach(
                (actor, v) ->
                    out.computeIfAbsent(bloc, k -> new TreeMap<>())
                        .put(actor, new Side(List.copyOf(v), counts.get(bloc).get(actor)))));
    return out;
  }

  /** Bloc b's tone minus bloc a's ({@link Side#NONE} for a bloc that does not name the actor). */
  public static Gap gap(Side a, Side b) {
    int na = a.articleMeans().size();
    int nb = b.articleMeans().size();
    if (na == 0 || nb == 0) {
      double diff = (nb == 0 ? 0 : mean(b)) - (na == 0 ? 0 : mean(a));
      return new Gap(na, nb, a.mentions(), b.mentions(), diff, null, null, false);
    }
    ClusteredMean.Difference d = ClusteredMean.difference(byArticle(a), byArticle(b));
    boolean supported =
        na >= MIN_ARTICLES
            && nb >= MIN_ARTICLES
            && a.mentions() >= MIN_MENTIONS
            && b.mentions() >= MIN_MENTIONS
            && d.excludesZero();
    return new Gap(
        na, nb, a.mentions(), b.mentions(), d.difference(), d.low(), d.high(), supported);
  }

  private static ClusteredMean.Interval byArticle(Side s) {
    List<ClusteredMean.Cluster> articles = new ArrayList<>(s.articleMeans().size());
    for (double m : s.articleMeans()) {
      articles.add(new ClusteredMean.Cluster(1, m));
    }
    return ClusteredMean.of(articles);
  }

  private static double mean(Side s) {
    return s.articleMeans().stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }
}
