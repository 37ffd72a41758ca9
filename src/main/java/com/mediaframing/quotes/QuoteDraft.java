package com.mediaframing.quotes;

/**
 * A quote while {@link RuleQuoteExtractor} builds it: content and cue found, speaker naming found
 * or inherited, resolution filled in by {@link SpeakerResolver}. Mutable, confined to one
 * extraction call.
 */
final class QuoteDraft {
  final Quote.Kind kind;
  final int contentStart;
  final int contentEnd;
  final int sentence;
  String cue = "";

  /** The speaker naming: sentence and token range, or null. */
  int speakerSentence = -1;

  Phrases.Range speaker;

  /** A quote continuing an earlier one takes its speaker. */
  QuoteDraft continues;

  /** The object of "told" ("told Reuters"), a possible cited source. */
  int toldSentence = -1;

  Phrases.Range told;

  String speakerText = "";
  int speakerStart = -1;
  int speakerEnd = -1;
  String resolved = "";
  String actorId = "";
  SpeakerType type = SpeakerType.UNKNOWN;
  String media;

  /** Its naming was found but cannot speak ("some people"): the quote has no speaker. */
  boolean speechless;

  /** A role naming ("the president") whose holder was not found. */
  boolean unresolvedRole;

  QuoteDraft(Quote.Kind kind, int contentStart, int contentEnd, int sentence) {
    this.kind = kind;
    this.contentStart = contentStart;
    this.contentEnd = contentEnd;
    this.sentence = sentence;
  }

  boolean hasSpeaker() {
    return speaker != null || (continues != null && continues.hasSpeaker());
  }

  Quote toQuote(String text, int index) {
    return new Quote(
        index,
        kind,
        text.substring(contentStart, contentEnd),
        contentStart,
        contentEnd,
        cue,
        speakerText,
        speakerStart,
        speakerEnd,
        resolved,
        actorId,
        type,
        unresolvedRole);
  }
}
