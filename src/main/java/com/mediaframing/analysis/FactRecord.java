package com.mediaframing.analysis;

import java.io.Serializable;
import java.util.List;

/**
 * One observable fact an article states — an actor, a place, a number with its unit, a date, a
 * quote or a key term — in its normalized form, with the sentences that state it. A Java bean so
 * Spark can encode it.
 */
public class FactRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  private String type;
  private String fact;
  private List<Integer> sentences;

  public FactRecord() {}

  public FactRecord(String type, String fact, List<Integer> sentences) {
    this.type = type;
    this.fact = fact;
    this.sentences = sentences;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getFact() {
    return fact;
  }

  public void setFact(String fact) {
    this.fact = fact;
  }

  public List<Integer> getSentences() {
    return sentences;
  }

  public void setSentences(List<Integer> sentences) {
    this.sentences = sentences;
  }

  @Override
  public String toString() {
    return type + ":" + fact + "@" + sentences;
  }
}
