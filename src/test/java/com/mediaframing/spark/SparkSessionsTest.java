package com.mediaframing.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class SparkSessionsTest {
  @Test
  void theJobBoundsPagesBatchesAndSplitsUnlessSparkIsToldOtherwise() {
    assertEquals(
        Map.of(
            "spark.buffer.pageSize", "2m",
            "spark.sql.inMemoryColumnarStorage.batchSize", "1000",
            "spark.sql.files.maxPartitionBytes", "16m",
            "spark.sql.parquet.columnarReaderBatchSize", "1024"),
        SparkSessions.memoryDefaults(new SparkConf(false)));
    SparkConf given =
        new SparkConf(false)
            .set("spark.buffer.pageSize", "8m")
            .set("spark.sql.files.maxPartitionBytes", "64m");
    assertEquals(
        Map.of(
            "spark.sql.inMemoryColumnarStorage.batchSize", "1000",
            "spark.sql.parquet.columnarReaderBatchSize", "1024"),
        SparkSessions.memoryDefaults(given));
  }
}
