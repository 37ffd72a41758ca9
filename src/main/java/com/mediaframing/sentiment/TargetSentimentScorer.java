package com.mediaframing.sentiment;

import com.mediaframing.nlp.AnnotatedSentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores the sentiment one sentence expresses toward one target mentioned in it (target-dependent
 * sentiment), in the style of OpenNLP's task interfaces: annotated data in, a value out, no I/O.
 * The target is given as token indexes into the sentence. The lexicon scorers and the trained model
 * ({@link ModelTargetScorer}) implement it, and the job only ever sees this interface.
 *
 * <p>Implementations state in their Javadoc whether they are thread-safe.
 */
public interface TargetSentimentScorer {

  /**
   * The sentiment toward {@code target}, told where the other targets of the same sentence are, so
   * that a scorer can attribute a sentiment word to the target it belongs to.
   *
   * @param otherTargets spans of the other targets; must not contain the scored target itself
   * @throws IllegalArgumentException when the span is empty or outside the sentence
   */
  TargetSentiment score(AnnotatedSentence sentence, TokenSpan target, List<TokenSpan> otherTargets);

  /**
   * The sentiment toward {@code target} when the sentence mentions the same target again (a
   * pronoun, the name repeated). Scorers that do not use further mentions treat them as other
   * targets, which is what this default does.
   *
   * @param otherTargets spans of the other targets; must not contain the scored target itself
   * @param furtherMentions spans of the target's other mentions; must not overlap {@code target}
   * @throws IllegalArgumentException when a span is empty or outside the sentence
   */
  default TargetSentiment score(
      AnnotatedSentence sentence,
      TokenSpan target,
      List<TokenSpan> otherTargets,
      List<TokenSpan> furtherMentions) {
    if (furtherMentions.isEmpty()) {
      return score(sentence, target, otherTargets);
    }
    List<TokenSpan> all = new ArrayList<>(otherTargets);
    all.addAll(furtherMentions);
    return score(sentence, target, all);
  }

  /**
   * The sentiment toward the target at tokens [{@code targetStart}, {@code targetEnd}), with no
   * other targets in the sentence.
   *
   * @throws IllegalArgumentException when the span is empty or outside the sentence
   */
  default TargetSentiment score(AnnotatedSentence sentence, int targetStart, int targetEnd) {
    checkSpan(sentence, targetStart, targetEnd);
    return score(sentence, new TokenSpan(targetStart, targetEnd), List.of());
  }

  /** A short stable name and version of the method, e.g. {@code lexicon-v1}, for the manifest. */
  String id();

  /** Checks a target span against a sentence; for implementations. */
  static void checkSpan(AnnotatedSentence sentence, int targetStart, int targetEnd) {
    if (targetStart < 0 || targetEnd <= targetStart || targetEnd > sentence.size()) {
      throw new IllegalArgumentException(
          "target tokens ["
              + targetStart
              + ", "
              + targetEnd
              + ") are not a non-empty span of a sentence with "
              + sentence.size()
              + " tokens");
    }
  }
}
