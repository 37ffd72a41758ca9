package com.mediaframing.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The analysis stage's default partition count, without Spark. */
class AnalysisPartitionsTest {
  @Test
  void aFewArticlesGetOneTaskPerFourArticles() {
    assertEquals(1, AnalysisStage.defaultPartitions(2, 0));
    assertEquals(1, AnalysisStage.defaultPartitions(2, 3));
    assertEquals(1, AnalysisStage.defaultPartitions(2, 4));
    assertEquals(2, AnalysisStage.defaultPartitions(2, 5));
    assertEquals(25, AnalysisStage.defaultPartitions(2, 100));
  }

  @Test
  void manyArticlesGetSixteenTasksPerCoreAtLeastEight() {
    assertEquals(32, AnalysisStage.defaultPartitions(2, 50_000));
    assertEquals(8, AnalysisStage.defaultPartitions(0, 50_000));
    assertEquals(128, AnalysisStage.defaultPartitions(8, 1_000_000));
  }
}
