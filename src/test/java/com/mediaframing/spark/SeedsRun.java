package com.mediaframing.spark;

import com.mediaframing.config.ConfigLoader;
import com.mediaframing.config.JobConfig;
import com.mediaframing.config.RunOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The job on the seeds, run once per test JVM and shared by the integration tests that only read
 * its output (the job is the slow part of the suite).
 */
final class SeedsRun {
  private SeedsRun() {}

  private static final class Holder {
    static final Path OUT;
    static final RunSummary SUMMARY;

    static {
      try {
        OUT = Files.createTempDirectory("framing-seeds-it").resolve("out");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      SUMMARY = run(SparkTestSession.get(), "--input", "seeds", "--output", OUT.toString());
    }
  }

  static Path out() {
    return Holder.OUT;
  }

  static RunSummary summary() {
    return Holder.SUMMARY;
  }

  /** The job with the project's config/ dictionaries and the given options. */
  static RunSummary run(SparkSession spark, String... args) {
    List<String> a = new ArrayList<>(List.of(args));
    a.addAll(List.of("--actors", "config/actors.csv", "--topics", "config/topics.csv"));
    a.addAll(List.of("--outlets", "config/outlets.csv", "--boilerplate", "config/boilerplate.txt"));
    JobConfig config =
        new ConfigLoader(spark.sparkContext().hadoopConfiguration()).load(RunOptions.parse(a));
    return new FramingJob(spark, config).run();
  }
}
