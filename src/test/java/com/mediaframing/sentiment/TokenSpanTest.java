package com.mediaframing.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenSpanTest {
  @Test
  void overlapsAndDistance() {
    TokenSpan span = new TokenSpan(2, 4);
    assertTrue(span.overlaps(new TokenSpan(3, 6)));
    assertTrue(span.overlaps(new TokenSpan(0, 3)));
    assertTrue(span.overlaps(span));
    assertFalse(span.overlaps(new TokenSpan(4, 5)), "end is exclusive");
    assertFalse(span.overlaps(new TokenSpan(0, 2)));
    assertEquals(2, span.distanceTo(0));
    assertEquals(0, span.distanceTo(3));
    assertEquals(1, span.distanceTo(4));
  }
}
