package com.mediaframing.analysis;

import java.io.Serializable;

/** One topic's weight in one article (a row of {@code doc_topics} without the document id). */
public class TopicWeight implements Serializable {
  private static final long serialVersionUID = 1L;

  private String topicId;
  private double weight;
  private int matches;

  public TopicWeight() {}

  public TopicWeight(String topicId, double weight, int matches) {
    this.topicId = topicId;
    this.weight = weight;
    this.matches = matches;
  }

  public String getTopicId() {
    return topicId;
  }

  public void setTopicId(String topicId) {
    this.topicId = topicId;
  }

  public double getWeight() {
    return weight;
  }

  public void setWeight(double weight) {
    this.weight = weight;
  }

  public int getMatches() {
    return matches;
  }

  public void setMatches(int matches) {
    this.matches = matches;
  }
}
