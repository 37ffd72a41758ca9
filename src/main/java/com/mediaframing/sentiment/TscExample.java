package com.mediaframing.sentiment;

import com.mediaframing.nlp.AnnotatedSentence;
import java.util.List;

/**
 * One NewsMTSC target ready to score: the tagged sentence, the target's token span and the spans of
 * the sentence's other targets. Immutable and thread-safe.
 *
 * @param target the labelled target
 * @param sentence the whole NewsMTSC sentence, tagged (as one sentence even if OpenNLP split it)
 * @param span the tokens covering the target's characters, or null when none does
 * @param others token spans of the other targets of the sentence
 */
public record TscExample(
    TscTarget target, AnnotatedSentence sentence, TokenSpan span, List<TokenSpan> others) {
  public TscExample {
    others = List.copyOf(others);
  }
}
