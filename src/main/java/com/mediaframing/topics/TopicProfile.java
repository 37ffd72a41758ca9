package com.mediaframing.topics;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The topic evidence of one article: {@code matches} counts term matches per topic (topics without
 * a match are absent), and {@code weights} gives each retained topic its share of the retained
 * matches, summing to 1 (empty when nothing matched). Which topics are retained is decided by
 * {@link TopicScorer}'s minimum-evidence rule. Both maps iterate in dictionary order. Immutable.
 */
public record TopicProfile(Map<String, Integer> matches, Map<String, Double> weights)
    implements Serializable {
  public TopicProfile {
    matches = Collections.unmodifiableMap(new LinkedHashMap<>(matches));
    weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
  }

  /** The profile of an article without any match. */
  public static TopicProfile empty() {
    return new TopicProfile(Map.of(), Map.of());
  }

  /** All term matches of the article, retained or not. */
  public int totalMatches() {
    int sum = 0;
    for (int count : matches.values()) {
      sum += count;
    }
    return sum;
  }

  /** The weight of {@code topicId}, 0 when it is not retained. */
  public double weight(String topicId) {
    return weights.getOrDefault(topicId, 0.0);
  }
}
