package com.mediaframing.analysis;

import java.io.Serializable;

/**
 * One news organisation an article cites as its source ("TASS reported", "according to Reuters"): a
 * row of the {@code cited_sources} table without the document columns (see {@link
 * com.mediaframing.quotes.CitedSource}). A Java bean so Spark can encode it.
 */
public class CitedSourceRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  private String source;
  private String name;
  private int nameStart;
  private int nameEnd;
  private String cue;
  private int quoteIndex;

  public CitedSourceRecord() {}

  /** The organisation's canonical name from the media list. */
  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  /** The organisation as the text names it. */
  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getNameStart() {
    return nameStart;
  }

  public void setNameStart(int nameStart) {
    this.nameStart = nameStart;
  }

  public int getNameEnd() {
    return nameEnd;
  }

  public void setNameEnd(int nameEnd) {
    this.nameEnd = nameEnd;
  }

  public String getCue() {
    return cue;
  }

  public void setCue(String cue) {
    this.cue = cue;
  }

  /** The quote the citation attributes, -1 when none. */
  public int getQuoteIndex() {
    return quoteIndex;
  }

  public void setQuoteIndex(int quoteIndex) {
    this.quoteIndex = quoteIndex;
  }
}
