package com.mediaframing.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.output.StoryTableSchemas;
import com.mediaframing.output.Table;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The story layer does not depend on how the nights were split: three {@code --incremental} nights
 * over a growing corpus give the same stories, claims (ids and texts), disagreements and narratives
 * as one full run over the last night's input, and each night encodes only the texts of its new
 * articles, reading the others from the vector store.
 */
class NightlyStoriesIT {
  private static final String[] OUTLETS = {"Outlet A", "Outlet B", "Outlet C"};
  private static final String[] BLOCS = {"left", "right", "center"};

  @TempDir Path tmp;

  private final SparkSession spark = SparkTestSession.get();

  /** Articles {@code from..to-1} of day {@code date}: outlets and blocs in turn. */
  private static List<String> night(int from, int to, String date) {
    List<String> lines = new ArrayList<>();
    for (int i = from; i < to; i++) {
      lines.add(
          NightlyRunIT.article(
              "n" + i, OUTLETS[i % OUTLETS.length], BLOCS[i % BLOCS.length], date, i));
    }
    return lines;
  }

  private RunSummary run(Path input, Path out, LocalDate date, boolean incremental) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--input", input.toString(), "--output", out.toString(), "--run-date", "" + date));
    if (incremental) {
      args.add("--incremental");
    }
    return SeedsRun.run(spark, args.toArray(String[]::new));
  }

  private static Path write(Path file, List<String> lines) throws Exception {
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  /** n_texts_encoded and n_texts_reused of run date {@code d}'s manifest. */
  private long[] texts(Path out, LocalDate d) {
    Row r =
        spark.read().parquet(out.resolve("parquet/run_manifest/run_date=" + d).toString()).first();
    return new long[] {r.<Long>getAs("n_texts_encoded"), r.<Long>getAs("n_texts_reused")};
  }

  @Test
  void incrementalNightsGiveTheStoriesOfOneFullRunAndEncodeOnlyWhatIsNew() throws Exception {
    Path nightly = tmp.resolve("nightly");
    List<String> corpus = new ArrayList<>(night(0, 6, "2025-03-15"));
    Path input = write(tmp.resolve("corpus.jsonl"), corpus);
    run(input, nightly, LocalDate.of(2025, 3, 15), true);
    long[] first = texts(nightly, LocalDate.of(2025, 3, 15));
    assertTrue(first[0] > 6, "the first night encodes leads and claims: " + first[0]);
    assertEquals(0, first[1]);

    corpus.addAll(night(6, 9, "2025-03-16"));
    write(input, corpus);
    run(input, nightly, LocalDate.of(2025, 3, 16), true);
    long[] second = texts(nightly, LocalDate.of(2025, 3, 16));
    assertTrue(second[1] >= first[0] - 1, "the first night's texts are reused: " + second[1]);

    corpus.addAll(night(9, 12, "2025-03-17"));
    write(input, corpus);
    RunSummary third = run(input, nightly, LocalDate.of(2025, 3, 17), true);
    assertEquals(3, third.nAnalyzed());
    long[] last = texts(nightly, LocalDate.of(2025, 3, 17));
    assertTrue(last[0] > 0 && last[0] < first[0], "only the new articles' texts: " + last[0]);

    Path full = tmp.resolve("full");
    run(input, full, LocalDate.of(2025, 3, 17), false);
    List<Table> storyTables = new ArrayList<>(List.of(StoryTableSchemas.STORY_DOCUMENTS));
    storyTables.addAll(StoryTableSchemas.REPORT_TABLES);
    for (Table t : storyTables) {
      assertEquals(
          SeedsRun.csvLines(full, t),
          SeedsRun.csvLines(nightly, t),
          t.name() + ": three nights differ from one full run");
    }
    assertTrue(
        SeedsRun.csvLines(full, StoryTableSchemas.STORY_CLAIMS).size() > 3,
        "the fixture has cross-bloc claims");
  }
}
