package com.mediaframing.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PairwiseScoreTest {
  @Test
  void pairsOverGoldArticlesOnly() {
    Map<String, String> gold = Map.of("a1", "A", "a2", "A", "a3", "A", "b1", "B", "b2", "B");
    // a1,a2 together with b1 and a distractor x; a3 alone; b2 alone
    Map<String, String> stories = Map.of("a1", "a1", "a2", "a1", "b1", "a1", "x", "a1");
    PairwiseScore s = PairwiseScore.of(stories, gold);
    assertEquals(1, s.truePositives());
    assertEquals(3, s.predictedPairs());
    assertEquals(4, s.goldPairs());
    assertEquals(1 / 3.0, s.precision(), 1e-9);
    assertEquals(0.25, s.recall(), 1e-9);
  }
}
