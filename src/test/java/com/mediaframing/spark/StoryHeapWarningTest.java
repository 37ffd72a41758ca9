package com.mediaframing.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The story stage's one-line warning, before the work starts, about the driver's heap. */
class StoryHeapWarningTest {
  private static final long MB = 1 << 20;

  @Test
  void theWholeAllSidesCorpusFitsTheLaunchersDefaultHeap() {
    assertEquals(Optional.empty(), StoryFunctions.driverHeapWarning(36_254, 1536 * MB));
  }

  @Test
  void aCorpusTooLargeForTheHeapIsToldWhichSettingToRaise() {
    Optional<String> warning = StoryFunctions.driverHeapWarning(3_000_000, 1536 * MB);
    assertTrue(warning.isPresent());
    String w = warning.get();
    assertEquals(1, w.lines().count(), w);
    assertTrue(w.contains("3,000,000 articles"), w);
    assertTrue(w.contains("FRAMING_HEAP=") && w.contains("--driver-memory"), w);
    long suggestedGiB = Long.parseLong(w.replaceAll(".*FRAMING_HEAP=(\\d+)g.*", "$1"));
    assertEquals(
        Optional.empty(), StoryFunctions.driverHeapWarning(3_000_000, suggestedGiB << 30), w);
  }
}
