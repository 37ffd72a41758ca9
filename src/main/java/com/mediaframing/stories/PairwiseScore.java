package com.mediaframing.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pairwise precision, recall and F1 of story linkage against gold events, over the articles that
 * have a gold event: a pair of such articles is a true positive when both are in one story and in
 * one event. Articles of the run without a gold event (a corpus the gold set is mixed into) do not
 * count themselves, but they can still merge or split gold articles' stories. A gold article
 * missing from the run counts as a story of its own. Plain Java, immutable.
 */
public record PairwiseScore(long truePositives, long predictedPairs, long goldPairs, int goldDocs) {

  /**
   * @param storyOfDoc story id of each article of the run (articles absent: their own story)
   * @param eventOfDoc gold event of each gold article
   */
  public static PairwiseScore of(Map<String, String> storyOfDoc, Map<String, String> eventOfDoc) {
    Map<String, List<String>> byStory = new HashMap<>();
    for (Map.Entry<String, String> g : eventOfDoc.entrySet()) {
      String story = storyOfDoc.getOrDefault(g.getKey(), g.getKey());
      byStory.computeIfAbsent(story, s -> new ArrayList<>()).add(g.getValue());
    }
    long predicted = 0;
    long tp = 0;
    for (List<String> events : byStory.values()) {
      predicted += pairs(events.size());
      Map<String, Integer> counts = new HashMap<>();
      events.forEach(e -> counts.merge(e, 1, Integer::sum));
      for (int c : counts.values()) {
        tp += pairs(c);
      }
    }
    Map<String, Integer> eventSizes = new HashMap<>();
    eventOfDoc.values().forEach(e -> eventSizes.merge(e, 1, Integer::sum));
    long gold = 0;
    for (int c : eventSizes.values()) {
      gold += pairs(c);
    }
    return new PairwiseScore(tp, predicted, gold, eventOfDoc.size());
  }

  private static long pairs(long n) {
    return n * (n - 1) / 2;
  }

  public double precision() {
    return predictedPairs == 0 ? 1.0 : truePositives / (double) predictedPairs;
  }

  public double recall() {
    return goldPairs == 0 ? 1.0 : truePositives / (double) goldPairs;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "pairwise precision %.3f, recall %.3f, F1 %.3f (%d gold articles, %d gold pairs,"
            + " %d linked pairs, %d correct)",
        precision(),
        recall(),
        f1(),
        goldDocs,
        goldPairs,
        predictedPairs,
        truePositives);
  }
}
