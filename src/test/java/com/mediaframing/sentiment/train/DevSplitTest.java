package com.mediaframing.sentiment.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DevSplitTest {
  @Test
  void bucketIsStableAndAboutOneInTen() {
    assertEquals(
        DevSplit.bucket("allsides_1_1_Some Actor_0_3"),
        DevSplit.bucket("allsides_1_1_Some Actor_0_3"));
    int dev = 0;
    for (int i = 0; i < 10_000; i++) {
      if (DevSplit.isDev("gid_" + i)) {
        dev++;
      }
    }
    assertTrue(dev > 900 && dev < 1100, "dev " + dev);
  }
}
