package com.mediaframing.topics;

import java.io.Serializable;
import java.util.List;

/**
 * One topic of the topic dictionary: a stable id used in output tables ({@code ukraine_war}), a
 * human label, and the terms whose occurrence in an article counts as evidence for the topic. A
 * term is a word or a phrase of consecutive words; see {@link TopicScorer} for how terms match
 * tokens. Immutable.
 */
public record Topic(String topicId, String label, List<String> terms) implements Serializable {
  public Topic {
    if (topicId == null || topicId.isBlank()) {
      throw new IllegalArgumentException("topic id is blank");
    }
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("topic " + topicId + " has a blank label");
    }
    terms = List.copyOf(terms);
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("topic " + topicId + " has no terms");
    }
  }
}
