package com.mediaframing.nlp;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/**
 * One tagged sentence of an article: tokens with their character offsets into the article text as
 * given in the input, Penn/UD POS tags and lower-case lemmas. Immutable after construction (the
 * arrays are not copied, callers must not modify them) and therefore safe to share between threads.
 */
public final class AnnotatedSentence implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int index;
  private final String[] tokens;
  private final int[] tokenStarts;
  private final int[] tokenEnds;
  private final String[] tags;
  private final String[] lemmas;

  /**
   * @param index 0-based position of the sentence in its article
   * @param tokens token texts as they appear in the article
   * @param tokenStarts character offset of each token's first character in the article text
   * @param tokenEnds character offset just after each token's last character
   * @param tags POS tag of each token
   * @param lemmas lower-case lemma of each token (the lower-cased token when no lemma is known)
   */
  public AnnotatedSentence(
      int index,
      String[] tokens,
      int[] tokenStarts,
      int[] tokenEnds,
      String[] tags,
      String[] lemmas) {
    int n = tokens.length;
    if (tokenStarts.length != n
        || tokenEnds.length != n
        || tags.length != n
        || lemmas.length != n) {
      throw new IllegalArgumentException("token, offset, tag and lemma arrays differ in length");
    }
    this.index = index;
    this.tokens = tokens;
    this.tokenStarts = tokenStarts;
    this.tokenEnds = tokenEnds;
    this.tags = tags;
    this.lemmas = lemmas;
  }

  public int index() {
    return index;
  }

  public int size() {
    return tokens.length;
  }

  public String token(int i) {
    return tokens[i];
  }

  public String tag(int i) {
    return tags[i];
  }

  public String lemma(int i) {
    return lemmas[i];
  }

  public int tokenStart(int i) {
    return tokenStarts[i];
  }

  public int tokenEnd(int i) {
    return tokenEnds[i];
  }

  /** Character offset of the sentence's first token in the article text. */
  public int start() {
    return tokens.length == 0 ? 0 : tokenStarts[0];
  }

  /** Character offset just after the sentence's last token. */
  public int end() {
    return tokens.length == 0 ? 0 : tokenEnds[tokens.length - 1];
  }

  public String[] tokens() {
    return tokens;
  }

  public String[] tags() {
    return tags;
  }

  public String[] lemmas() {
    return lemmas;
  }

  /**
   * Builds a sentence from whitespace-separated tokens, for tests and tools that have no tagger at
   * hand: offsets are computed as if the tokens were joined by single spaces, tags are {@code "X"}
   * and lemmas are the lower-cased tokens.
   */
  public static AnnotatedSentence ofWhitespaceTokens(int index, String text) {
    String[] toks = text.trim().split("\\s+");
    int[] starts = new int[toks.length];
    int[] ends = new int[toks.length];
    String[] tags = new String[toks.length];
    String[] lemmas = new String[toks.length];
    int pos = 0;
    for (int i = 0; i < toks.length; i++) {
      starts[i] = pos;
      ends[i] = pos + toks[i].length();
      pos = ends[i] + 1;
      tags[i] = "X";
      lemmas[i] = toks[i].toLowerCase(Locale.ROOT);
    }
    return new AnnotatedSentence(index, toks, starts, ends, tags, lemmas);
  }

  @Override
  public String toString() {
    return "AnnotatedSentence[" + index + ": " + Arrays.toString(tokens) + "]";
  }
}
