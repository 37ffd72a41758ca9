package com.mediaframing.sentiment.train;

import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.sentiment.TokenSpan;
import java.util.List;

/**
 * One NewsMTSC target ready to score: the tagged sentence, the target's token span, the spans of
 * the sentence's other targets and of the target's further mentions. Immutable and thread-safe.
 *
 * @param target the labelled target
 * @param sentence the whole NewsMTSC sentence, tagged (as one sentence even if OpenNLP split it)
 * @param span the tokens covering the target's characters, or null when none does
 * @param others token spans of the other targets of the sentence
 * @param further token spans of the target's further mentions, none overlapping {@code span}
 */
public record TscExample(
    TscTarget target,
    AnnotatedSentence sentence,
    TokenSpan span,
    List<TokenSpan> others,
    List<TokenSpan> further) {
  public TscExample {
    others = List.copyOf(others);
    further = List.copyOf(further);
  }
}
