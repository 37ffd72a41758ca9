package com.mediaframing.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicationTest {
  @TempDir Path out;

  private final Configuration hadoop = new Configuration();

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private String read(String rel) throws IOException {
    return Files.readString(out.resolve(rel), StandardCharsets.UTF_8);
  }

  /** A published output: one partitioned table with two dates, one plain table. */
  private void published() throws IOException {
    write(out.resolve("parquet/documents/run_date=2025-03-01/part-0.parquet"), "d1 old");
    write(out.resolve("parquet/documents/run_date=2025-03-02/part-0.parquet"), "d2 old");
    write(out.resolve("csv/stories.csv"), "stories old");
  }

  private Publication staged(String runId) throws IOException {
    Publication p = Publication.begin(out.toString(), runId, hadoop);
    Path staging = Path.of(p.stagingDir().replaceFirst("^file:", ""));
    write(staging.resolve("parquet/documents/run_date=2025-03-02/part-0.parquet"), "d2 new");
    write(staging.resolve("parquet/documents/run_date=2025-03-03/part-0.parquet"), "d3 new");
    write(staging.resolve("csv/stories.csv"), "stories new");
    p.replace("parquet/documents/run_date=2025-03-02");
    p.replace("parquet/documents/run_date=2025-03-03");
    p.replace("csv/stories.csv");
    p.delete("parquet/documents/run_date=2025-03-01");
    return p;
  }

  @Test
  void publishReplacesAddsAndDeletesExactlyTheNamedPathsAndLeavesNoStagingBehind()
      throws IOException {
    published();
    write(out.resolve("parquet/documents/run_date=2025-02-28/part-0.parquet"), "untouched");
    Publication p = staged("run-1");
    assertTrue(p.isStaged("parquet/documents/run_date=2025-03-03"));
    assertFalse(p.isPublished("parquet/documents/run_date=2025-03-03"));
    assertEquals(
        List.of("run_date=2025-02-28", "run_date=2025-03-01", "run_date=2025-03-02"),
        p.publishedNames("parquet/documents").stream().sorted().toList());
    assertEquals(List.of(), p.publishedNames("parquet/no-such-table"));
    assertEquals(4, p.publish());
    assertFalse(Files.exists(out.resolve("parquet/documents/run_date=2025-03-01")));
    assertEquals("d2 new", read("parquet/documents/run_date=2025-03-02/part-0.parquet"));
    assertEquals("d3 new", read("parquet/documents/run_date=2025-03-03/part-0.parquet"));
    assertEquals("stories new", read("csv/stories.csv"));
    assertEquals("untouched", read("parquet/documents/run_date=2025-02-28/part-0.parquet"));
    assertFalse(Files.exists(out.resolve(Publication.STAGING)));
    assertFalse(Files.exists(out.resolve(Publication.TRASH)));
  }

  @Test
  void aRunStoppedBeforeItsJournalChangesNothingAndIsDiscardedByRecovery() throws IOException {
    published();
    staged("run-killed"); // never published: the process "died" here
    assertEquals("d2 old", read("parquet/documents/run_date=2025-03-02/part-0.parquet"));
    assertEquals("stories old", read("csv/stories.csv"));
    List<String> done = Publication.recover(out.toString(), hadoop);
    assertEquals(1, done.size(), done.toString());
    assertTrue(done.get(0).contains("stopped before publishing"), done.get(0));
    assertEquals("d1 old", read("parquet/documents/run_date=2025-03-01/part-0.parquet"));
    assertEquals("d2 old", read("parquet/documents/run_date=2025-03-02/part-0.parquet"));
    assertFalse(Files.exists(out.resolve("parquet/documents/run_date=2025-03-03")));
    assertFalse(Files.exists(out.resolve(Publication.STAGING)));
  }

  @Test
  void aRunStoppedHalfwayThroughPublishingIsCompletedByRecovery() throws IOException {
    published();
    Publication p = staged("run-half");
    Path staging = Path.of(p.stagingDir().replaceFirst("^file:", ""));
    // committed journal; the first entry applied, then the process died in the middle of the
    // second: the old partition moved to the trash, the new one not yet in place
    write(
        staging.resolve(Publication.JOURNAL),
        String.join(
            "\n",
            "replace\tparquet/documents/run_date=2025-03-02",
            "replace\tcsv/stories.csv",
            "replace\tparquet/documents/run_date=2025-03-03",
            "delete\tparquet/documents/run_date=2025-03-01"));
    Path trash = out.resolve(Publication.TRASH).resolve("run-half");
    Files.createDirectories(trash.resolve("parquet/documents"));
    Files.move(
        out.resolve("parquet/documents/run_date=2025-03-02"),
        trash.resolve("parquet/documents/run_date=2025-03-02"));
    Files.move(
        staging.resolve("parquet/documents/run_date=2025-03-02"),
        out.resolve("parquet/documents/run_date=2025-03-02"));
    Files.createDirectories(trash.resolve("csv"));
    Files.move(out.resolve("csv/stories.csv"), trash.resolve("csv/stories.csv"));

    List<String> done = Publication.recover(out.toString(), hadoop);
    assertTrue(done.get(0).contains("completed"), done.toString());
    assertEquals("d2 new", read("parquet/documents/run_date=2025-03-02/part-0.parquet"));
    assertEquals("d3 new", read("parquet/documents/run_date=2025-03-03/part-0.parquet"));
    assertEquals("stories new", read("csv/stories.csv"));
    assertFalse(Files.exists(out.resolve("parquet/documents/run_date=2025-03-01")));
    assertFalse(Files.exists(out.resolve(Publication.STAGING)));
    assertFalse(Files.exists(out.resolve(Publication.TRASH)));
    assertTrue(Publication.recover(out.toString(), hadoop).isEmpty(), "second recovery: no-op");
  }

  @Test
  void nothingIsPublishedWhenANamedPathWasNeverStaged() throws IOException {
    published();
    Publication p = Publication.begin(out.toString(), "run-bad", hadoop);
    p.replace("csv/never-written.csv");
    assertThrows(IllegalStateException.class, p::publish);
    assertEquals("stories old", read("csv/stories.csv"));
    p.abandon();
    assertFalse(Files.exists(out.resolve(Publication.STAGING).resolve("run-bad")));
  }
}
