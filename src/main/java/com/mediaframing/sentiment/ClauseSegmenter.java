package com.mediaframing.sentiment;

import com.mediaframing.nlp.AnnotatedSentence;
import java.util.Locale;

/**
 * Splits a tagged sentence into clause-like segments without a parser, so that sentiment words are
 * attributed to targets in their own segment. A new segment starts
 *
 * <ul>
 *   <li>after clause punctuation ({@code ; : — ( )}) and at every quotation mark, so a quote is its
 *       own segment; these tokens themselves belong to no segment;
 *   <li>at a contrastive or subordinating word ({@link SentimentCues#CLAUSE_OPENERS}, or any token
 *       tagged SCONJ, e.g. the complementizer "that");
 *   <li>at a relative pronoun (who, whom, whose, which);
 *   <li>at a coordinating conjunction that joins clauses rather than nouns: one followed by a verb
 *       or auxiliary ("praised Obama and blasted Trump"), or one after a comma with a verb or
 *       auxiliary in the next four tokens.
 * </ul>
 *
 * Commas alone do not split, so appositions ("Lavrov, Russia's foreign minister, said") stay with
 * their noun. Immutable and thread-safe.
 */
public final class ClauseSegmenter {
  /** Tokens searched after ", and" for a verb that shows a new clause begins. */
  public static final int COORDINATION_LOOKAHEAD = 4;

  /** Marks tokens that are clause boundaries themselves. */
  public static final int BOUNDARY = -1;

  /**
   * The segment of every token, numbered from 0 in sentence order, or {@link #BOUNDARY} for
   * separating punctuation and quotation marks.
   */
  public int[] segment(AnnotatedSentence s) {
    int n = s.size();
    int[] ids = new int[n];
    int current = 0;
    boolean segmentHasTokens = false;
    for (int i = 0; i < n; i++) {
      String word = s.token(i).toLowerCase(Locale.ROOT);
      if (SentimentCues.CLAUSE_PUNCTUATION.contains(word) || SentimentCues.QUOTES.contains(word)) {
        ids[i] = BOUNDARY;
        if (segmentHasTokens) {
          current++;
          segmentHasTokens = false;
        }
        continue;
      }
      if (segmentHasTokens && opensClause(s, i, word)) {
        current++;
      }
      ids[i] = current;
      segmentHasTokens = true;
    }
    return ids;
  }

  private static boolean opensClause(AnnotatedSentence s, int i, String word) {
    String tag = s.tag(i);
    if (SentimentCues.CLAUSE_OPENERS.contains(word) || "SCONJ".equals(tag)) {
      return true;
    }
    if (SentimentCues.RELATIVE_PRONOUNS.contains(word)) {
      return true;
    }
    if ("CCONJ".equals(tag) || (("and".equals(word) || "or".equals(word)) && "X".equals(tag))) {
      if (i + 1 < s.size() && isVerbal(s.tag(i + 1))) {
        return true;
      }
      if (i > 0 && ",".equals(s.token(i - 1))) {
        for (int k = i + 1; k < s.size() && k <= i + COORDINATION_LOOKAHEAD; k++) {
          if (isVerbal(s.tag(k))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isVerbal(String tag) {
    return "VERB".equals(tag) || "AUX".equals(tag);
  }
}
