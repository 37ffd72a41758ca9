package com.mediaframing.quotes;

import java.io.Serializable;
import java.util.Objects;

/**
 * One quotation or attribution found in an article: what was said, the cue that reports it and who
 * said it. All offsets are 0-based character offsets, end exclusive, into the article {@code text}
 * exactly as the input gave it (before any cleaning), so a reader can highlight them in the
 * original. Immutable and thread-safe.
 *
 * @param quoteIndex 0-based position of the quote in its article, in text order of the content
 * @param kind {@link Kind#DIRECT} for words between quotation marks, {@link Kind#INDIRECT} for a
 *     reported clause ("X said that ...", "according to X, ...")
 * @param content the quoted words ({@code text.substring(contentStart, contentEnd)}); for a direct
 *     quote without its quotation marks, for a quote over several paragraphs including the breaks
 *     and the continuation marks
 * @param contentStart offset of the first character of the content
 * @param contentEnd offset just after the content
 * @param cue the speech verb or phrase as written ("said", "according to"), empty when the quote
 *     continues an earlier one or has no cue
 * @param speaker the source as the text names it at this quote ("he", "the minister", "Lavrov"),
 *     empty when none was found
 * @param speakerStart offset of the speaker naming, -1 when there is none
 * @param speakerEnd offset just after the speaker naming, -1 when there is none
 * @param resolvedSpeaker the name the speaker refers to (the dictionary name for an actor, the
 *     earlier full naming for "he" or "the minister"), empty when unresolved
 * @param speakerActorId the dictionary actor the speaker is or speaks for, empty when none
 * @param speakerType the kind of source
 * @param unresolvedRole true when the speaker is a role naming ("the president", "the spokesman")
 *     whose holder neither the article nor the dictionary names
 */
public record Quote(
    int quoteIndex,
    Kind kind,
    String content,
    int contentStart,
    int contentEnd,
    String cue,
    String speaker,
    int speakerStart,
    int speakerEnd,
    String resolvedSpeaker,
    String speakerActorId,
    SpeakerType speakerType,
    boolean unresolvedRole)
    implements Serializable {

  /** Whether the content is verbatim (between quotation marks) or reported. */
  public enum Kind {
    DIRECT,
    INDIRECT;

    /** The value written to tables: {@code direct} or {@code indirect}. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Quote {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(resolvedSpeaker, "resolvedSpeaker");
    Objects.requireNonNull(speakerActorId, "speakerActorId");
    Objects.requireNonNull(speakerType, "speakerType");
    if (contentStart < 0 || contentEnd < contentStart) {
      throw new IllegalArgumentException(
          "bad content span [" + contentStart + ", " + contentEnd + ")");
    }
    if (speaker.isEmpty() != (speakerStart < 0) || speakerEnd < speakerStart) {
      throw new IllegalArgumentException(
          "bad speaker span [" + speakerStart + ", " + speakerEnd + ")");
    }
  }

  public boolean hasSpeaker() {
    return speakerStart >= 0;
  }

  /** Number of whitespace-separated words in the content. */
  public int words() {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < content.length(); i++) {
      boolean space = Character.isWhitespace(content.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }
}
