package com.mediaframing.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.output.Publication;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly path in a JVM of its own with a small heap, as the launcher runs it: an {@code
 * --incremental} night after a full one passes in 480 MB, reusing the stored vectors; and a run
 * killed while it stages new vectors leaves the store as published, the next run completing. The
 * out-of-memory the job's memory settings fix ({@link SparkSessions#memoryDefaults}) needs a state
 * of thousands of wide articles to show (the whole AllSides corpus, docs/benchmarks.md, issue 34);
 * this fixture passes at this heap with Spark's own settings too, so it guards the path, not the
 * settings, which {@link SparkSessionsTest} pins.
 */
class IncrementalHeapIT {
  private static final String HEAP = "-Xmx480m";

  @TempDir Path tmp;

  private static List<String> corpus(int n, String date) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines.add(
          NightlyRunIT.article(
              "h" + i, "Outlet " + (i % 5), i % 3 == 0 ? "right" : "left", date, i));
    }
    return lines;
  }

  private static Process launch(Path log, List<String> jvm, String... args) throws Exception {
    List<String> all =
        new ArrayList<>(List.of("run", "--master", "local[2]", "--actors", "config/actors.csv"));
    all.addAll(List.of(args));
    return JobProcess.start(log, jvm, all);
  }

  private static int runToEnd(Path log, List<String> jvm, String... args) throws Exception {
    Process p = launch(log, jvm, args);
    assertTrue(p.waitFor(6, TimeUnit.MINUTES), "the run did not end in 6 minutes");
    return p.exitValue();
  }

  private Path nights() throws Exception {
    Path night1 = tmp.resolve("night1.jsonl");
    Files.write(night1, corpus(60, "2025-03-15"), StandardCharsets.UTF_8);
    List<String> two = corpus(60, "2025-03-15");
    for (String line : corpus(66, "2025-03-16").subList(60, 66)) {
      two.add(line.replace("\"h6", "\"new6"));
    }
    Files.write(tmp.resolve("night2.jsonl"), two, StandardCharsets.UTF_8);
    return night1;
  }

  @Test
  void anIncrementalNightPassesInASmallHeap() throws Exception {
    Path night1 = nights();
    Path out = tmp.resolve("out");
    SeedsRun.run(
        SparkTestSession.get(),
        "--input",
        night1.toString(),
        "--output",
        out.toString(),
        "--run-date",
        "2025-03-15");
    String[] night2 = {
      "--input", tmp.resolve("night2.jsonl").toString(), "--run-date", "2025-03-16", "--incremental"
    };

    Path log = tmp.resolve("night2.log");
    int code = runToEnd(log, List.of(HEAP), concat(night2, "--output", out.toString()));
    assertEquals(0, code, "the night failed:\n" + tail(log));
    Row m =
        SparkTestSession.get()
            .read()
            .parquet(out.resolve("parquet/run_manifest/run_date=2025-03-16").toString())
            .first();
    assertEquals(6L, m.<Long>getAs("n_analyzed"));
    assertTrue(m.<Long>getAs("n_texts_reused") > 0, m.toString());
  }

  @Test
  void aRunKilledWhileStagingVectorsLeavesTheStoreAsPublished() throws Exception {
    Path night1 = nights();
    Path out = tmp.resolve("out");
    String[] run1 = {"--input", night1.toString(), "--output", out.toString()};
    Process p =
        launch(tmp.resolve("killed.log"), List.of(HEAP), concat(run1, "--run-date", "2025-03-15"));
    boolean staging = false;
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      while (!staging && p.isAlive() && System.nanoTime() < deadline) {
        staging = stagedVectors(out.resolve(Publication.STAGING));
        Thread.sleep(10);
      }
    } finally {
      p.destroyForcibly(); // SIGKILL while the vectors are written
      p.waitFor(30, TimeUnit.SECONDS);
    }
    assertTrue(staging, "the run never staged vectors:\n" + tail(tmp.resolve("killed.log")));
    assertTrue(
        !Files.exists(out.resolve(VectorStore.PATH)), "a killed first run published vectors");

    RunSummary next =
        SeedsRun.run(SparkTestSession.get(), concat(run1, "--run-date", "2025-03-15"));
    assertEquals(60, next.nProcessed());
    Path clean = tmp.resolve("clean");
    SeedsRun.run(
        SparkTestSession.get(),
        "--input",
        night1.toString(),
        "--output",
        clean.toString(),
        "--run-date",
        "2025-03-15");
    SeedsRun.assertSameTables(clean, out, "after a run killed while staging vectors");
  }

  private static boolean stagedVectors(Path staging) throws Exception {
    if (!Files.isDirectory(staging)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(staging)) {
      return files.anyMatch(f -> f.toString().contains("_state/vectors") && Files.isRegularFile(f));
    } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
      return false; // a task's temporary folder went while it was walked: look again
    }
  }

  private static String[] concat(String[] a, String... b) {
    List<String> all = new ArrayList<>(List.of(a));
    all.addAll(List.of(b));
    return all.toArray(String[]::new);
  }

  private static String tail(Path log) throws Exception {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }
}
