package com.mediaframing.sentiment.train;

import static com.mediaframing.sentiment.SentimentLabel.NEGATIVE;
import static com.mediaframing.sentiment.SentimentLabel.NEUTRAL;
import static com.mediaframing.sentiment.SentimentLabel.POSITIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.sentiment.SentimentLabel;
import org.junit.jupiter.api.Test;

class TscEvaluationTest {
  private static void add(TscEvaluation e, SentimentLabel gold, SentimentLabel pred, int times) {
    for (int i = 0; i < times; i++) {
      e.add(gold, pred);
    }
  }

  /**
   * Rows gold, columns predicted (neg, neu, pos): neg 5 3 2 / neu 1 6 1 / pos 0 2 4. Precision neg
   * 5/6, neu 6/11, pos 4/7; recall neg 5/10, neu 6/8, pos 4/6.
   */
  @Test
  void macroF1AndAccuracyOnHandMadeMatrix() {
    TscEvaluation e = new TscEvaluation();
    add(e, NEGATIVE, NEGATIVE, 5);
    add(e, NEGATIVE, NEUTRAL, 3);
    add(e, NEGATIVE, POSITIVE, 2);
    add(e, NEUTRAL, NEGATIVE, 1);
    add(e, NEUTRAL, NEUTRAL, 6);
    add(e, NEUTRAL, POSITIVE, 1);
    add(e, POSITIVE, NEUTRAL, 2);
    add(e, POSITIVE, POSITIVE, 4);
    assertEquals(24, e.total());
    assertEquals(15.0 / 24, e.accuracy(), 1e-12);
    assertEquals(5.0 / 6, e.precision(NEGATIVE), 1e-12);
    assertEquals(0.5, e.recall(NEGATIVE), 1e-12);
    assertEquals(0.625, e.f1(NEGATIVE), 1e-12); // 2 * (5/6) * (1/2) / (5/6 + 1/2)
    assertEquals(12.0 / 19, e.f1(NEUTRAL), 1e-12); // P 6/11, R 3/4
    assertEquals(8.0 / 13, e.f1(POSITIVE), 1e-12); // P 4/7, R 2/3
    assertEquals((0.625 + 12.0 / 19 + 8.0 / 13) / 3, e.macroF1(), 1e-12);
    assertEquals(0.6240, e.macroF1(), 1e-4);
    assertTrue(e.report().contains("F1m 0.6240  accuracy 0.6250"), e.report());
  }

  @Test
  void alwaysNeutralScoresOneThirdOfNeutralF1() {
    TscEvaluation e = new TscEvaluation();
    add(e, NEGATIVE, NEUTRAL, 2);
    add(e, NEUTRAL, NEUTRAL, 2);
    add(e, POSITIVE, NEUTRAL, 1);
    e.addSkipped();
    assertEquals(0.0, e.precision(NEGATIVE));
    assertEquals(0.0, e.f1(POSITIVE));
    assertEquals((2 * 0.4 / 1.4) / 3, e.macroF1(), 1e-12); // neutral P 2/5, R 1
    assertEquals(1, e.skipped());
    assertEquals(5, e.total());
  }
}
