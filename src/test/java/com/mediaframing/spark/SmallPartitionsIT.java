package com.mediaframing.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.base.ConfigException;
import com.mediaframing.output.Tables;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run over more articles than a small run's ({@link SmallRunSettings#MAX_ARTICLES}) whose run
 * date holds few: its partitions are written as a small run's ({@link ArticleTables#writeRun}), and
 * every table equals the one written as a large run's ({@value SmallRunSettings.PARTITION_ARTICLES}
 * 0).
 */
class SmallPartitionsIT {
  @TempDir Path tmp;

  @Test
  void aLargerRunsSmallPartitionsEqualThoseWrittenAsALargeRuns() throws Exception {
    SparkSession spark = SparkTestSession.get();
    int n = (int) SmallRunSettings.MAX_ARTICLES + 10;
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // one bloc per outlet: the outlet tables' rows are ordered by outlet, not by bloc
      int outlet = i % 5;
      lines.add(
          NightlyRunIT.article(
              "p" + i, "Outlet " + outlet, outlet % 2 == 0 ? "right" : "left", "2025-03-15", i));
    }
    Path input = tmp.resolve("in.jsonl");
    Files.write(input, lines, StandardCharsets.UTF_8);
    Path small = tmp.resolve("small");
    Path large = tmp.resolve("large");
    RunSummary summary =
        SeedsRun.run(
            spark,
            "--input",
            input.toString(),
            "--output",
            small.toString(),
            "--run-date",
            "2025-05-07");
    assertEquals(n, summary.nProcessed());
    spark.conf().set(SmallRunSettings.PARTITION_ARTICLES, "0");
    try {
      SeedsRun.run(
          spark,
          "--input",
          input.toString(),
          "--output",
          large.toString(),
          "--run-date",
          "2025-05-07");
    } finally {
      spark.conf().unset(SmallRunSettings.PARTITION_ARTICLES);
    }
    assertEquals(n + 1, SeedsRun.csvLines(small, Tables.DOCUMENTS).size());
    SeedsRun.assertSameTables(large, small, "when the partitions are written as a small run's");
  }

  @Test
  void theBoundIsAWholeNumber() {
    SparkSession spark = SparkTestSession.get();
    assertTrue(SmallRunSettings.smallPartition(spark, SmallRunSettings.MAX_PARTITION_ARTICLES));
    spark.conf().set(SmallRunSettings.PARTITION_ARTICLES, "many");
    try {
      assertEquals(
          "spark.framing.smallPartitionArticles must be a whole number, got 'many'",
          assertThrows(ConfigException.class, () -> SmallRunSettings.smallPartition(spark, 1))
              .getMessage());
    } finally {
      spark.conf().unset(SmallRunSettings.PARTITION_ARTICLES);
    }
  }
}
