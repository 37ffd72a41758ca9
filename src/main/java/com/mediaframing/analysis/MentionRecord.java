package com.mediaframing.analysis;

import java.io.Serializable;

/**
 * One actor mention with the sentiment expressed toward the actor in its sentence: a row of the
 * {@code mentions} table without the document columns. {@code inQuote} tells whether the mention
 * stands inside the content of a quote or attribution (someone else's words the outlet carries),
 * {@code quoteSpeaker} the speaker key of that quote ({@link QuoteRecord#getSpeakerKey()}). A Java
 * bean so Spark can encode it.
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
  private boolean inQuote;
  private String quoteSpeaker;

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

  public boolean isInQuote() {
    return inQuote;
  }

  public void setInQuote(boolean inQuote) {
    this.inQuote = inQuote;
  }

  /** The speaker key of the quote the mention stands in, null when it is not in a quote. */
  public String getQuoteSpeaker() {
    return quoteSpeaker;
  }

  public void setQuoteSpeaker(String quoteSpeaker) {
    this.quoteSpeaker = quoteSpeaker;
  }
}
