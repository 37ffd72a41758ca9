package com.mediaframing.sentiment;

/**
 * A range of token indexes in one {@link com.mediaframing.nlp.AnnotatedSentence}, {@code end}
 * exclusive: where a target is mentioned. Immutable and thread-safe.
 *
 * @param start index of the first token
 * @param end index just after the last token
 */
public record TokenSpan(int start, int end) {
  public TokenSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
    }
  }

  /** Whether token {@code i} lies in this span. */
  public boolean contains(int i) {
    return i >= start && i < end;
  }

  /** Whether this span and {@code other} share a token. */
  public boolean overlaps(TokenSpan other) {
    return start < other.end && other.start < end;
  }

  /** Token distance from {@code i} to the nearest token of this span; 0 inside it. */
  public int distanceTo(int i) {
    if (i < start) {
      return start - i;
    }
    return i >= end ? i - end + 1 : 0;
  }
}
