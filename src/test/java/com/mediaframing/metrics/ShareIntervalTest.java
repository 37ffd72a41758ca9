package com.mediaframing.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ShareIntervalTest {
  @Test
  void ratioEstimatorIntervalOverArticles() {
    // six articles with 4, 2, 4, 4, 2, 4 quotes; the speaker has 2, 0, 3, 2, 0, 3: R = 10/20
    long m = 6;
    double total = 20;
    double sumX = 10;
    double sumXX = 2 * (4 + 0 + 9);
    double sumXN = 2 * (2 * 4 + 0 + 3 * 4);
    double sumNN = 2 * (16 + 4 + 16);
    // residuals x - R n: 0, -1, 1, 0, -1, 1 -> sum of squares 4; se = sqrt(4 / 30) / (20 / 6)
    double half = 2.571 * Math.sqrt(4.0 / 30.0) / (20.0 / 6.0);
    assertEquals(0.2816, half, 1e-4);
    assertEquals(half, ShareInterval.halfWidth(m, total, sumX, sumXX, sumXN, sumNN), 1e-9);
    assertEquals(0.5 - half, ShareInterval.lower(m, total, sumX, sumXX, sumXN, sumNN), 1e-9);
    assertEquals(0.5 + half, ShareInterval.upper(m, total, sumX, sumXX, sumXN, sumNN), 1e-9);
  }

  @Test
  void clippedAndUndefined() {
    // the speaker has every quote of two articles: no spread, the interval is the point 1
    assertEquals(1.0, ShareInterval.upper(2, 5, 5, 9 + 4, 9 + 4, 9 + 4), 1e-12);
    assertEquals(1.0, ShareInterval.lower(2, 5, 5, 9 + 4, 9 + 4, 9 + 4), 1e-12);
    assertNull(ShareInterval.lower(1, 3, 1, 1, 3, 9));
  }
}
