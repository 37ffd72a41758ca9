package com.mediaframing.analysis;

import java.io.Serializable;

/**
 * One actor mention with the sentiment expressed toward the actor in its sentence: a row of the
 * {@code mentions} table without the document columns. A Java bean so Spark can encode it.
 */
public class MentionRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  private int sentenceIndex;
  private String actorId;
  private String surface;
  private int start;
  private int end;
  private String matchKind;
  private double sentiment;
  private String label;

  public MentionRecord() {}

  public MentionRecord(
      int sentenceIndex,
      String actorId,
      String surface,
      int start,
      int end,
      String matchKind,
      double sentiment,
      String label) {
    this.sentenceIndex = sentenceIndex;
    this.actorId = actorId;
    this.surface = surface;
    this.start = start;
    this.end = end;
    this.matchKind = matchKind;
    this.sentiment = sentiment;
    this.label = label;
  }

  public int getSentenceIndex() {
    return sentenceIndex;
  }

  public void setSentenceIndex(int sentenceIndex) {
    this.sentenceIndex = sentenceIndex;
  }

  public String getActorId() {
    return actorId;
  }

  public void setActorId(String actorId) {
    this.actorId = actorId;
  }

  public String getSurface() {
    return surface;
  }

  public void setSurface(String surface) {
    this.surface = surface;
  }

  public int getStart() {
    return start;
  }

  public void setStart(int start) {
    this.start = start;
  }

  public int getEnd() {
    return end;
  }

  public void setEnd(int end) {
    this.end = end;
  }

  public String getMatchKind() {
    return matchKind;
  }

  public void setMatchKind(String matchKind) {
    this.matchKind = matchKind;
  }

  public double getSentiment() {
    return sentiment;
  }

  public void setSentiment(double sentiment) {
    this.sentiment = sentiment;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }
}
