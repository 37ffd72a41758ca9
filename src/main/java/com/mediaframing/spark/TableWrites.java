package com.mediaframing.spark;

import com.mediaframing.output.StagedTables;
import org.apache.spark.sql.SparkSession;

/**
 * How the job writes its tables: how many at once, and whether from rows collected on the driver. A
 * small table's write is a few small jobs whose planning runs on the driver's writing thread, and
 * beside it another write's tasks use the cores (seeds run 2-3 s faster); a large table's tasks
 * already keep the cores busy (whole AllSides corpus: article tables 127 s with two writes, 119 s
 * with one; docs/benchmarks.md). So a small run ({@link SmallRunSettings}) writes side by side and
 * on the driver, a larger run one table at a time with Spark, except its small parts: the aggregate
 * tables (outlets by actors, blocs by speakers) side by side, and a night's own partitions as a
 * small run writes them.
 */
final class TableWrites {
  /**
   * The Spark setting ({@code --conf} or -D; default true) for a small run ({@link
   * SmallRunSettings}) to write each table from its rows collected on the driver: one Spark job per
   * table where a Spark write takes two (seeds run: docs/benchmarks.md). False writes as a large
   * run does.
   */
  static final String DRIVER_WRITES = "spark.framing.driverWrites";

  /** The Spark setting for the number of tables written at once ({@code --conf} or -D). */
  static final String CONCURRENT_WRITES = "spark.framing.concurrentWrites";

  /** The most tables written at once, whatever the cluster: the driver plans each write. */
  static final int MAX_CONCURRENT_WRITES = 4;

  private TableWrites() {}

  /**
   * How many tables the job writes at once: the Spark setting {@value #CONCURRENT_WRITES} when
   * given; else, for small tables, one per core Spark schedules on, at most {@link
   * #MAX_CONCURRENT_WRITES}, and one otherwise.
   */
  static int concurrentWrites(SparkSession spark, boolean smallTables) {
    int byDefault =
        smallTables
            ? Math.max(
                1, Math.min(MAX_CONCURRENT_WRITES, spark.sparkContext().defaultParallelism()))
            : 1;
    return Math.max(1, spark.sparkContext().getConf().getInt(CONCURRENT_WRITES, byDefault));
  }

  /** {@code tables} as a run writes them: a small run as {@link #small}, else one at a time. */
  static StagedTables forRun(SparkSession spark, StagedTables tables, boolean smallRun) {
    return smallRun
        ? small(spark, tables)
        : tables.withConcurrentWrites(concurrentWrites(spark, false));
  }

  /**
   * {@code tables} written as a small run writes them: side by side and, unless {@value
   * #DRIVER_WRITES} is false, on the driver.
   */
  static StagedTables small(SparkSession spark, StagedTables tables) {
    StagedTables sideBySide = sideBySide(spark, tables);
    return spark.sparkContext().getConf().getBoolean(DRIVER_WRITES, true)
        ? sideBySide.writtenOnDriver()
        : sideBySide;
  }

  /** {@code tables} written side by side, with Spark: small tables of a larger run. */
  static StagedTables sideBySide(SparkSession spark, StagedTables tables) {
    return tables.withConcurrentWrites(concurrentWrites(spark, true));
  }
}
