package com.mediaframing.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MeanIntervalTest {
  @Test
  void tQuantilesMatchTables() {
    assertEquals(12.706, MeanInterval.t975(1), 1e-9);
    assertEquals(2.042, MeanInterval.t975(30), 1e-9);
    assertEquals(2.021, MeanInterval.t975(40), 2e-3);
    assertEquals(1.984, MeanInterval.t975(100), 2e-3);
  }

  @Test
  void intervalOfKnownSample() {
    // values 0.2, 0.4, 0.6: mean 0.4, sd 0.2, half-width 4.303 * 0.2 / sqrt(3) = 0.496868
    assertEquals(0.496868, MeanInterval.halfWidth(3, 0.2), 1e-5);
    assertEquals(-0.096868, MeanInterval.lower(3, 0.4, 0.2, -1, 1), 1e-5);
    assertEquals(0.896868, MeanInterval.upper(3, 0.4, 0.2, -1, 1), 1e-5);
  }

  @Test
  void clampsAndIsUndefinedForOneValue() {
    assertEquals(1.0, MeanInterval.upper(2, 0.9, 0.5, -1, 1));
    assertNull(MeanInterval.halfWidth(1, 0.0));
    assertNull(MeanInterval.lower(5, 0.1, null, 0, 1));
  }
}
