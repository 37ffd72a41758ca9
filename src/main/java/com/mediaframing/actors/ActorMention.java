package com.mediaframing.actors;

import java.io.Serializable;
import java.util.Objects;

/**
 * One occurrence of an actor in an article. Character offsets point into the article text ({@code
 * text.substring(charStart, charEnd).equals(surface)}); they exclude possessive endings and
 * punctuation the tokenizer left attached ("Lavrov’s" gives surface "Lavrov"). Token indexes are
 * those of the containing {@link com.mediaframing.nlp.AnnotatedSentence}; when the tokenizer kept
 * two names in one token ("Lavrov–Rubio") both mentions have the same token range but disjoint
 * character ranges. Immutable and thread-safe.
 *
 * @param actorId the matched actor
 * @param sentenceIndex index of the sentence in its article
 * @param tokenStart first token of the mention in the sentence
 * @param tokenEnd token index just after the mention (exclusive)
 * @param charStart offset of the first character in the article text
 * @param charEnd offset just after the last character (exclusive)
 * @param surface the exact article substring
 * @param matchKind how the mention was recognised
 */
public record ActorMention(
    String actorId,
    int sentenceIndex,
    int tokenStart,
    int tokenEnd,
    int charStart,
    int charEnd,
    String surface,
    MatchKind matchKind)
    implements Serializable {

  public ActorMention {
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(matchKind, "matchKind");
    if (tokenStart < 0 || tokenEnd <= tokenStart || charStart < 0 || charEnd <= charStart) {
      throw new IllegalArgumentException(
          "bad mention range tokens ["
              + tokenStart
              + ", "
              + tokenEnd
              + ") chars ["
              + charStart
              + ", "
              + charEnd
              + ")");
    }
  }
}
