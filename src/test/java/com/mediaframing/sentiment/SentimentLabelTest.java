package com.mediaframing.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SentimentLabelTest {
  @Test
  void aScoreLabelIsNeutralInTheBandAndNeverHasTheOppositeSign() {
    assertEquals(SentimentLabel.NEUTRAL, SentimentLabel.ofScore(-0.006)); // Rubio in the issue
    assertEquals(SentimentLabel.NEUTRAL, SentimentLabel.ofScore(0.009)); // Lavrov
    assertEquals(SentimentLabel.NEUTRAL, SentimentLabel.ofScore(SentimentLabel.NEUTRAL_BAND));
    assertEquals(SentimentLabel.NEGATIVE, SentimentLabel.ofScore(-0.059676)); // Starmer
    assertEquals(SentimentLabel.POSITIVE, SentimentLabel.ofScore(0.3));
    for (double s = -1; s <= 1; s += 0.001) {
      SentimentLabel l = SentimentLabel.ofScore(s);
      assertTrue(l != SentimentLabel.POSITIVE || s > 0, s + " " + l);
      assertTrue(l != SentimentLabel.NEGATIVE || s < 0, s + " " + l);
    }
  }
}
