package com.mediaframing.nlp;

import java.io.Serializable;

/**
 * A half-open character range {@code [start, end)} of an article text, e.g. a paragraph kept after
 * boilerplate removal.
 */
public record TextSpan(int start, int end) implements Serializable {
  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }
}
