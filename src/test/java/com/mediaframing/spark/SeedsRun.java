package com.mediaframing.spark;

import com.mediaframing.config.ConfigLoader;
import com.mediaframing.config.JobConfig;
import com.mediaframing.config.RunOptions;
import com.mediaframing.output.Table;
import com.mediaframing.output.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assertions;

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
      SUMMARY =
          run(
              SparkTestSession.get(),
              "--input",
              "seeds",
              "--output",
              OUT.toString(),
              "--run-date",
              RUN_DATE.toString());
    }
  }

  /** The run date of the shared seeds run. */
  static final LocalDate RUN_DATE = LocalDate.of(2025, 5, 7);

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

  /**
   * The CSV lines of table {@code t} in output {@code out}: the file of an unpartitioned table, the
   * files of every run date's partition (in date order, one header) of a partitioned one.
   */
  static List<String> csvLines(Path out, Table t) throws IOException {
    Path path = out.resolve(t.csvPath());
    if (!t.partitioned()) {
      return Files.readAllLines(path, StandardCharsets.UTF_8);
    }
    List<String> lines = new ArrayList<>();
    List<Path> partitions;
    try (var list = Files.list(path)) {
      partitions = list.sorted().toList();
    }
    for (Path partition : partitions) {
      List<String> file =
          Files.readAllLines(partition.resolve(t.name() + ".csv"), StandardCharsets.UTF_8);
      lines.addAll(lines.isEmpty() ? file : file.subList(1, file.size()));
    }
    return lines;
  }

  /**
   * Asserts that two outputs hold the same CSV lines in every table but {@code run_manifest} (run
   * id and times), naming the table and {@code how} the second run differed.
   */
  static void assertSameTables(Path expected, Path actual, String how) throws IOException {
    for (Table t : Tables.ALL) {
      if (t.equals(Tables.RUN_MANIFEST)) {
        continue;
      }
      Assertions.assertEquals(
          csvLines(expected, t), csvLines(actual, t), t.name() + " differs " + how);
    }
  }

  /** Copies folder {@code from} with all it holds to {@code to}. */
  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
