package com.mediaframing.spark;

import com.mediaframing.output.NioLocalFileSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the job's SparkSession without hard-coding a master: an explicit {@code --master} wins,
 * then whatever spark-submit configured, then {@code local[*]}. Local sessions get settings suited
 * to one machine (no UI, few shuffle partitions, {@link NioLocalFileSystem} for local files);
 * cluster sessions keep the cluster's settings, but for the memory page and batch sizes that keep
 * the heap of a run from growing with its history ({@link #PAGE_SIZE}, {@link #CACHE_BATCH_ROWS},
 * {@link #MAX_PARTITION_BYTES}, {@link #PARQUET_BATCH_ROWS}; a value given to Spark wins).
 */
public final class SparkSessions {
  /**
   * Spark's memory page size unless configured ({@code spark.buffer.pageSize}): 2 MB. Each
   * broadcast join builds a hash relation whose first page has this size however few rows it holds,
   * and the relation stays in the block manager as long as the plan that made it, which the job's
   * cached datasets keep until the run ends. By default Spark sizes pages by the heap (16 MB with
   * the launcher's 1536 MB), so the joins of an {@code --incremental} run against the state of a
   * whole corpus pinned some 350 MB of nearly empty pages and the story stage then ran out of heap
   * (AllSides corpus, docs/benchmarks.md, issue 34). Sorts and aggregations take more pages of the
   * smaller size; a record larger than a page gets a page of its own.
   */
  static final String PAGE_SIZE = "2m";

  /**
   * Rows per batch of a cached dataset unless configured ({@code
   * spark.sql.inMemoryColumnarStorage.batchSize}; Spark's default 10,000): an analyzed article is a
   * wide row (its sentences, mentions, claims and quotes), and a cache builds each batch in the
   * heap before it goes to disk. A full run's partitions hold about a thousand articles, but the
   * state read back by an incremental run comes in 128 MB file splits of some 9,000, so one batch
   * held a partition's articles whole and ran out of the launcher's heap. With this the heap a
   * cache needs no longer grows with the history.
   */
  static final String CACHE_BATCH_ROWS = "1000";

  /**
   * The most file bytes a read task takes unless configured ({@code
   * spark.sql.files.maxPartitionBytes}; Spark's default 128 MB): 16 MB. The state table is written
   * in the analysis stage's partitions (about 13 MB of Parquet, a thousand articles each, on the
   * AllSides corpus); read back in 128 MB splits, an incremental run's story stage got partitions
   * of some 9,000 wide articles and ran out of the launcher's heap where the full run, with the
   * analysis partitions, did not. One state file per task keeps the partitions of both paths alike.
   */
  static final String MAX_PARTITION_BYTES = "16m";

  /**
   * Rows per batch of the vectorized Parquet reader unless configured ({@code
   * spark.sql.parquet.columnarReaderBatchSize}; Spark's default 4,096): the same wide rows, read
   * back from the state table.
   */
  static final String PARQUET_BATCH_ROWS = "1024";

  private SparkSessions() {}

  public static SparkSession create(String master) {
    SparkConf conf = new SparkConf();
    String resolved = master != null ? master : conf.get("spark.master", "local[*]");
    SparkSession.Builder b = SparkSession.builder().appName("media-framing").master(resolved);
    memoryDefaults(conf).forEach(b::config);
    if (resolved.startsWith("local")) {
      b.config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "8")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.sql.adaptive.enabled", "true")
          // local files without a forked chmod per file: see NioLocalFileSystem
          .config(
              "spark.hadoop." + NioLocalFileSystem.IMPL_KEY, NioLocalFileSystem.class.getName());
    }
    return b.getOrCreate();
  }

  /**
   * The memory settings the job gives a session whose configuration {@code conf} does not name
   * them: {@link #PAGE_SIZE}, {@link #CACHE_BATCH_ROWS}, {@link #MAX_PARTITION_BYTES}, {@link
   * #PARQUET_BATCH_ROWS}.
   */
  static java.util.Map<String, String> memoryDefaults(SparkConf conf) {
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    java.util.Map.of(
            "spark.buffer.pageSize", PAGE_SIZE,
            "spark.sql.inMemoryColumnarStorage.batchSize", CACHE_BATCH_ROWS,
            "spark.sql.files.maxPartitionBytes", MAX_PARTITION_BYTES,
            "spark.sql.parquet.columnarReaderBatchSize", PARQUET_BATCH_ROWS)
        .forEach(
            (k, v) -> {
              if (!conf.contains(k)) {
                out.put(k, v);
              }
            });
    return out;
  }

  /** Peak resident memory of this JVM process in bytes (Linux VmHWM), or -1 when unknown. */
  public static long peakRssBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          String[] parts = line.trim().split("\\s+");
          return Long.parseLong(parts[1]) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
