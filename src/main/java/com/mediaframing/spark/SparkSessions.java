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
 * cluster sessions keep the cluster's settings.
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession create(String master) {
    SparkConf conf = new SparkConf();
    String resolved = master != null ? master : conf.get("spark.master", "local[*]");
    SparkSession.Builder b = SparkSession.builder().appName("media-framing").master(resolved);
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
