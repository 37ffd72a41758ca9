package com.mediaframing.analysis;

import java.io.Serializable;

/**
 * One quote or attribution of an article: a row of the {@code quotes} table without the document
 * columns (see {@link com.mediaframing.quotes.Quote} for the meaning of each field; offsets are
 * 0-based, end exclusive, into the input {@code text}). {@code speakerKey} is what share of voice
 * counts by: the dictionary actor id, else the resolved name, else the naming, normalized by {@link
 * QuoteRows#speakerKey}. A Java bean so Spark can encode it.
 */
public class QuoteRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  private int quoteIndex;
  private String kind;
  private String content;
  private int contentStart;
  private int contentEnd;
  private String cue;
  private String speaker;
  private int speakerStart;
  private int speakerEnd;
  private String resolvedSpeaker;
  private String speakerActorId;
  private String speakerType;
  private String speakerKey;
  private int nWords;

  public QuoteRecord() {}

  public int getQuoteIndex() {
    return quoteIndex;
  }

  public void setQuoteIndex(int quoteIndex) {
    this.quoteIndex = quoteIndex;
  }

  /** {@code direct} or {@code indirect}. */
  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public int getContentStart() {
    return contentStart;
  }

  public void setContentStart(int contentStart) {
    this.contentStart = contentStart;
  }

  public int getContentEnd() {
    return contentEnd;
  }

  public void setContentEnd(int contentEnd) {
    this.contentEnd = contentEnd;
  }

  public String getCue() {
    return cue;
  }

  public void setCue(String cue) {
    this.cue = cue;
  }

  /** The naming at this quote, null when no speaker was found. */
  public String getSpeaker() {
    return speaker;
  }

  public void setSpeaker(String speaker) {
    this.speaker = speaker;
  }

  /** Offset of the naming, -1 when there is none. */
  public int getSpeakerStart() {
    return speakerStart;
  }

  public void setSpeakerStart(int speakerStart) {
    this.speakerStart = speakerStart;
  }

  public int getSpeakerEnd() {
    return speakerEnd;
  }

  public void setSpeakerEnd(int speakerEnd) {
    this.speakerEnd = speakerEnd;
  }

  /** The full name the naming refers to, null when unresolved. */
  public String getResolvedSpeaker() {
    return resolvedSpeaker;
  }

  public void setResolvedSpeaker(String resolvedSpeaker) {
    this.resolvedSpeaker = resolvedSpeaker;
  }

  /** The dictionary actor, null when the speaker is none. */
  public String getSpeakerActorId() {
    return speakerActorId;
  }

  public void setSpeakerActorId(String speakerActorId) {
    this.speakerActorId = speakerActorId;
  }

  /** person, organisation, government, media or unknown. */
  public String getSpeakerType() {
    return speakerType;
  }

  public void setSpeakerType(String speakerType) {
    this.speakerType = speakerType;
  }

  public String getSpeakerKey() {
    return speakerKey;
  }

  public void setSpeakerKey(String speakerKey) {
    this.speakerKey = speakerKey;
  }

  /** Whitespace-separated words of the content. */
  public int getNWords() {
    return nWords;
  }

  public void setNWords(int nWords) {
    this.nWords = nWords;
  }
}
