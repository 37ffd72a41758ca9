package com.mediaframing.analysis;

import java.io.Serializable;
import java.util.List;

/**
 * One claim sentence of an article (a statement about an actor, an event, a number or a quote),
 * kept so the story stage can align claims across articles without the article text: the sentence's
 * text, its content lemmas, the actors it names, the numbers it states, its dates resolved against
 * the article's publication date, whether it is negated, and whether it looks forward ("will",
 * "plans to", a deadline). A Java bean so Spark can encode it.
 */
public class ClaimRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  private int sentenceIndex;
  private String text;
  private List<String> lemmas;
  private List<String> actors;
  private String agent;
  private List<String> numbers;
  private List<String> dates;
  private boolean negated;
  private boolean forward;

  public ClaimRecord() {}

  /** 0-based index of the sentence in its article (the evidence pointer). */
  public int getSentenceIndex() {
    return sentenceIndex;
  }

  public void setSentenceIndex(int sentenceIndex) {
    this.sentenceIndex = sentenceIndex;
  }

  /** The sentence as written. */
  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  /** Lower-case content lemmas (nouns, proper nouns, verbs, adjectives), in sentence order. */
  public List<String> getLemmas() {
    return lemmas;
  }

  public void setLemmas(List<String> lemmas) {
    this.lemmas = lemmas;
  }

  /** Distinct actor ids named in the sentence, in order of first mention. */
  public List<String> getActors() {
    return actors;
  }

  public void setActors(List<String> actors) {
    this.actors = actors;
  }

  /** The actor named before the sentence's first verb (its subject, roughly), or null. */
  public String getAgent() {
    return agent;
  }

  public void setAgent(String agent) {
    this.agent = agent;
  }

  /** Numbers as {@code "32 people"} (value without separators, then the counted noun, if any). */
  public List<String> getNumbers() {
    return numbers;
  }

  public void setNumbers(List<String> numbers) {
    this.numbers = numbers;
  }

  /** Calendar dates the sentence names, ISO, relative ones ("Saturday") resolved. */
  public List<String> getDates() {
    return dates;
  }

  public void setDates(List<String> dates) {
    this.dates = dates;
  }

  public boolean isNegated() {
    return negated;
  }

  public void setNegated(boolean negated) {
    this.negated = negated;
  }

  public boolean isForward() {
    return forward;
  }

  public void setForward(boolean forward) {
    this.forward = forward;
  }

  @Override
  public String toString() {
    return sentenceIndex + ":" + text;
  }
}
