package com.mediaframing.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mediaframing.output.Publication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain parts of the plan, without Spark; NightlyRunIT runs whole plans on a local Spark. */
class IncrementalPlanTest {
  @TempDir Path dir;

  private static final LocalDate D1 = LocalDate.parse("2026-11-29");
  private static final LocalDate D2 = LocalDate.parse("2026-11-30");
  private static final LocalDate D3 = LocalDate.parse("2026-12-01");

  @Test
  void aRunReplacesItsOwnDateAndTheMovedOnesInDateOrder() {
    assertEquals(List.of(D3), List.copyOf(IncrementalPlan.replaced(Set.of(), D3)));
    assertEquals(
        List.of(D1, D2, D3), List.copyOf(IncrementalPlan.replaced(Set.of(D3, D1, D2), D3)));
    assertEquals(List.of(D1, D2), List.copyOf(IncrementalPlan.replaced(Set.of(D1), D2)));
  }

  @Test
  void publishedRunDatesComeFromTheStateAndTheDocumentsPartitions() throws Exception {
    Files.createDirectories(dir.resolve("_state/articles/run_date=2026-11-29"));
    Files.createDirectories(dir.resolve("parquet/documents/run_date=2026-11-30"));
    Files.createDirectories(dir.resolve("parquet/documents/run_date=2026-11-29"));
    Files.createDirectories(dir.resolve("parquet/mentions/run_date=2026-12-01"));
    Files.writeString(dir.resolve("parquet/documents/_SUCCESS"), "");
    Publication publication = Publication.begin(dir.toString(), "run-1", new Configuration());
    assertEquals(List.of(D1, D2), List.copyOf(IncrementalPlan.publishedRunDates(publication)));
  }
}
