package com.mediaframing.stories;

import com.mediaframing.analysis.AnalyzedArticle;
import com.mediaframing.analysis.MentionRecord;
import com.mediaframing.metrics.MeanInterval;
import com.mediaframing.stories.StoryReport.ActorTone;
import com.mediaframing.stories.StoryReport.Disagreement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Tone toward actors within one story: per outlet or bloc, the mean over articles of each article's
 * mean mention score with its 95% interval and evidence; and between blocs, the tone gaps ({@link
 * ToneGaps}) that decide which differences count as disagreements. Plain Java, stateless.
 */
final class ActorTones {
  private ActorTones() {}

  /**
   * Tone toward each actor per group (outlet or bloc): the mean over articles of their mean mention
   * score.
   */
  static List<ActorTone> of(List<AnalyzedArticle> docs, Function<AnalyzedArticle, String> group) {
    // group -> actor -> per-doc mean sentiments, mention counts, evidence
    Map<String, Map<String, List<Double>>> means = new TreeMap<>();
    Map<String, Map<String, Integer>> mentions = new TreeMap<>();
    Map<String, Map<String, Map<String, SortedSet<Integer>>>> evidence = new TreeMap<>();
    for (AnalyzedArticle d : docs) {
      if (d.getMentions() == null) {
        continue;
      }
      Map<String, double[]> perActor = new TreeMap<>();
      String g = group.apply(d);
      for (MentionRecord m : d.getMentions()) {
        double[] s = perActor.computeIfAbsent(m.getActorId(), k -> new double[2]);
        s[0] += m.getSentiment();
        s[1]++;
        evidence
            .computeIfAbsent(g, k -> new TreeMap<>())
            .computeIfAbsent(m.getActorId(), k -> new TreeMap<>())
            .computeIfAbsent(d.getDocId(), k -> new TreeSet<>())
            .add(m.getSentenceIndex());
      }
      for (Map.Entry<String, double[]> e : perActor.entrySet()) {
        means
            .computeIfAbsent(g, k -> new TreeMap<>())
            .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
            .add(e.getValue()[0] / e.getValue()[1]);
        mentions
            .computeIfAbsent(g, k -> new TreeMap<>())
            .merge(e.getKey(), (int) e.getValue()[1], Integer::sum);
      }
    }
    List<ActorTone> out = new ArrayList<>();
    for (var byGroup : means.entrySet()) {
      for (var byActor : byGroup.getValue().entrySet()) {
        List<Double> v = byActor.getValue();
        double mean = v.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        Double sd = null;
        if (v.size() >= 2) {
          double ss = v.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
          sd = Math.sqrt(ss / (v.size() - 1));
        }
        out.add(
            new ActorTone(
                byGroup.getKey(),
                byActor.getKey(),
                v.size(),
                mentions.get(byGroup.getKey()).get(byActor.getKey()),
                mean,
                MeanInterval.lower(v.size(), mean, sd, -1, 1),
                MeanInterval.upper(v.size(), mean, sd, -1, 1),
                Evidence.of(evidence.get(byGroup.getKey()).get(byActor.getKey()))));
      }
    }
    return out;
  }

  /**
   * Every pair of blocs that both name an actor, with their tones toward it (means over articles)
   * and the {@link ToneGaps} interval of the difference, clustered by article; {@code significant}
   * when that gap is supported.
   */
  static List<Disagreement> disagreements(
      List<ActorTone> blocTone, Map<String, Map<String, ToneGaps.Side>> sides) {
    Map<String, List<ActorTone>> byActor = new TreeMap<>();
    for (ActorTone t : blocTone) {
      byActor.computeIfAbsent(t.actorId(), k -> new ArrayList<>()).add(t);
    }
    List<Disagreement> out = new ArrayList<>();
    for (var e : byActor.entrySet()) {
      List<ActorTone> ts = e.getValue();
      ts.sort(Comparator.comparing(ActorTone::group));
      for (int i = 0; i < ts.size(); i++) {
        for (int j = i + 1; j < ts.size(); j++) {
          ActorTone a = ts.get(i);
          ActorTone b = ts.get(j);
          ToneGaps.Gap gap =
              ToneGaps.gap(
                  sides
                      .getOrDefault(a.group(), Map.of())
                      .getOrDefault(e.getKey(), ToneGaps.Side.NONE),
                  sides
                      .getOrDefault(b.group(), Map.of())
                      .getOrDefault(e.getKey(), ToneGaps.Side.NONE));
          out.add(
              new Disagreement(
                  e.getKey(),
                  a.group(),
                  b.group(),
                  a.sentiment(),
                  b.sentiment(),
                  b.sentiment() - a.sentiment(),
                  gap.low(),
                  gap.high(),
                  gap.nA(),
                  gap.nB(),
                  gap.nDocsA(),
                  gap.nDocsB(),
                  gap.supported(),
                  a.group() + ": " + a.evidence() + " | " + b.group() + ": " + b.evidence()));
        }
      }
    }
    return out;
  }
}
