package com.mediaframing.spark;

import com.mediaframing.base.ConfigException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spark settings for a run over few articles (the seeds, a test fixture, a small incremental batch
 * into a small output). Such a run's time is Spark's fixed cost per job and task, not the data:
 * with the default eight shuffle partitions every sort is a sampling job, a map stage and a result
 * stage, and every table's CSV is collected one partition (one job) at a time. When this run's
 * articles and the articles the output already holds number at most {@link #MAX_ARTICLES}, the
 * session uses one shuffle partition, so a sort needs no sampling and each table is one partition.
 * It also evaluates its plans without generated code (whole-stage code generation off, expressions
 * interpreted): on a few rows, compiling a plan's Java with Janino costs more than running it (a
 * seeds run compiled for about a quarter of its driver time). It joins without broadcasting the
 * smaller side: a broadcast join first collects that side in a Spark job of its own (21 of a seeds
 * run's 109 jobs), where a sort-merge join over one partition is one more stage of the same job.
 * Spark tests these paths for the same results; docs/benchmarks.md has the seeds run's outputs
 * compared. Larger runs keep the session's settings. Decided once on the driver, after planning.
 */
final class SmallRunSettings {
  // The job's log: the stages' messages read as one run.
  private static final Logger LOG = LoggerFactory.getLogger(FramingJob.class);

  /**
   * The most articles (input records plus the output's published state) for the small-run settings;
   * far below where one task per shuffle costs more than the tasks it saves.
   */
  static final long MAX_ARTICLES = 200;

  /** The settings of a small run. */
  static final Map<String, String> SETTINGS =
      Map.of(
          "spark.sql.shuffle.partitions", "1",
          "spark.sql.adaptive.enabled", "false",
          "spark.sql.codegen.wholeStage", "false",
          "spark.sql.codegen.factoryMode", "NO_CODEGEN",
          "spark.sql.autoBroadcastJoinThreshold", "-1");

  private SmallRunSettings() {}

  /**
   * Applies the small-run settings to {@code spark} when the run's input and the published state
   * together hold at most {@link #MAX_ARTICLES} articles; the state is counted only when the input
   * alone is small enough.
   *
   * @return the session's values of the settings before (null: unset), for {@link #restore}; empty
   *     when nothing was applied
   */
  static Map<String, String> apply(SparkSession spark, long nInput, LongSupplier nState) {
    if (nInput > MAX_ARTICLES) {
      return Map.of();
    }
    long nArticles = nInput + nState.getAsLong();
    if (nArticles > MAX_ARTICLES) {
      return Map.of();
    }
    LOG.info("small run ({} articles): {}", nArticles, new TreeMap<>(SETTINGS));
    return set(spark);
  }

  /**
   * The most articles of a run date's own partitions that a larger run (a night over a large
   * output) writes with the small-run settings ({@link #during}): their rows fit the driver many
   * times over, and their tables are a few small jobs each instead of a dozen.
   */
  static final long MAX_PARTITION_ARTICLES = 1_000;

  /**
   * The Spark setting ({@code --conf} or -D) for the most articles of a run date's own partitions
   * written with the small-run settings; default {@link #MAX_PARTITION_ARTICLES}, 0 never.
   */
  static final String PARTITION_ARTICLES = "spark.framing.smallPartitionArticles";

  /**
   * Whether a run date's own partitions of {@code nArticles} are written with the small-run
   * settings ({@link #during}): at most {@value #PARTITION_ARTICLES} articles.
   */
  static boolean smallPartition(SparkSession spark, long nArticles) {
    String value = spark.conf().get(PARTITION_ARTICLES, null);
    if (value == null) {
      return nArticles <= MAX_PARTITION_ARTICLES;
    }
    try {
      return nArticles <= Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new ConfigException(
          PARTITION_ARTICLES + " must be a whole number, got '" + value + "'");
    }
  }

  /**
   * Runs {@code work} with the small-run settings and puts the session's values back after it: for
   * the small part of a large run (a night's own partitions).
   */
  static void during(SparkSession spark, Runnable work) {
    Map<String, String> before = set(spark);
    try {
      work.run();
    } finally {
      restore(spark, before);
    }
  }

  /** Applies {@link #SETTINGS}; returns the values before (null: unset). */
  private static Map<String, String> set(SparkSession spark) {
    Map<String, String> before = new LinkedHashMap<>();
    SETTINGS.forEach(
        (k, v) -> {
          before.put(k, spark.conf().get(k, null));
          spark.conf().set(k, v);
        });
    return before;
  }

  /**
   * Puts back the values {@link #apply} returned: a session that runs another job starts afresh.
   */
  static void restore(SparkSession spark, Map<String, String> before) {
    before.forEach(
        (k, v) -> {
          if (v == null) {
            spark.conf().unset(k);
          } else {
            spark.conf().set(k, v);
          }
        });
  }
}
