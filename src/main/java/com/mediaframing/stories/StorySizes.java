package com.mediaframing.stories;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How a run's articles are spread over stories: how many share a story with another article, how
 * many stories hold two or more, the largest, and a size histogram. The check against the opposite
 * failure of missed links: one giant story per topic. Plain Java, immutable.
 *
 * @param docs articles of the run
 * @param linked articles in a story of two or more
 * @param stories stories of two or more articles
 * @param largest articles in the largest story
 * @param histogram stories of 2, 3, 4, 5-9 and 10 or more articles
 */
public record StorySizes(long docs, long linked, long stories, int largest, long[] histogram) {

  /**
   * @param storyOfDoc story id of articles of the run; articles absent from it (or alone in their
   *     story) are stories of their own
   * @param docs articles of the run
   */
  public static StorySizes of(Map<String, String> storyOfDoc, long docs) {
    Map<String, Integer> sizes = new HashMap<>();
    storyOfDoc.values().forEach(s -> sizes.merge(s, 1, Integer::sum));
    long linked = 0;
    long stories = 0;
    int largest = 1;
    long[] histogram = new long[5];
    for (int size : sizes.values()) {
      if (size < 2) {
        continue;
      }
      linked += size;
      stories++;
      largest = Math.max(largest, size);
      histogram[size >= 10 ? 4 : size >= 5 ? 3 : size - 2]++;
    }
    return new StorySizes(docs, linked, stories, stories == 0 ? 0 : largest, histogram);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%d articles, %d linked (%.1f%%), %d stories of 2+ articles, largest %d;"
            + " stories of 2/3/4/5-9/10+ articles: %d/%d/%d/%d/%d",
        docs,
        linked,
        docs == 0 ? 0.0 : 100.0 * linked / docs,
        stories,
        largest,
        histogram[0],
        histogram[1],
        histogram[2],
        histogram[3],
        histogram[4]);
  }
}
