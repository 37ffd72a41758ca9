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
 * cluster sessions keep the cluster's settings, but for {@link #PAGE_SIZE}.
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

  private SparkSessions() {}

  public static SparkSession create(String master) {
    SparkConf conf = new SparkConf();
    String resolved = master != null ? master : conf.get("spark.master", "local[*]");
    SparkSession.Builder b = SparkSession.builder().appName("media-framing").master(resolved);
    if (!conf.contains("spark.buffer.pageSize")) {
      b.config("spark.buffer.pageSize", PAGE_SIZE);
    }
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
