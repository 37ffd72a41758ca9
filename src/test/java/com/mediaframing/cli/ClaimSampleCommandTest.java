package com.mediaframing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.ingest.InputException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimSampleCommandTest {
  @TempDir Path dir;

  /**
   * Story s (left|right): s#1 in both blocs (2 sentences), s#2 left only; story t
   * (center|left|right): t#1 in all three, t#2 in two, t#3 alone. Documents in a run_date folder,
   * as the job writes it.
   */
  @BeforeEach
  void tables() throws Exception {
    Files.createDirectories(dir.resolve("parquet/story_claims"));
    Files.createDirectories(dir.resolve("parquet/stories"));
    Files.createDirectories(dir.resolve("parquet/documents/run_date=2026-12-07"));
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement()) {
      st.execute(
          "COPY (SELECT * FROM (VALUES"
              + " ('s', 's#1', 'a', 'left', 0, 'A says x.', 0.9, false, ''),"
              + " ('s', 's#1', 'b', 'right', 3, 'B says x.', 0.9, false, ''),"
              + " ('s', 's#2', 'a', 'left', 1, 'A says y.', 1.0, false, ''),"
              + " ('t', 't#1', 'c', 'center', 0, 'C says z.', 0.95, false, ''),"
              + " ('t', 't#1', 'd', 'left', 0, 'D says z.', 0.95, false, ''),"
              + " ('t', 't#1', 'e', 'right', 2, 'E says z.', 0.95, false, ''),"
              + " ('t', 't#2', 'c', 'center', 1, 'C says w.', 0.9, false, ''),"
              + " ('t', 't#2', 'e', 'right', 4, 'E says w.', 0.9, false, ''),"
              + " ('t', 't#3', 'd', 'left', 5, 'D says v.', 1.0, false, ''))"
              + " v(story_id, claim_id, doc_id, bloc, sentence_index, text, similarity,"
              + " forward_looking, dates)) TO '"
              + dir.resolve("parquet/story_claims/part-0.parquet")
              + "' (FORMAT parquet)");
      st.execute(
          "COPY (SELECT * FROM (VALUES ('s', 'left|right'), ('t', 'center|left|right'))"
              + " v(story_id, blocs)) TO '"
              + dir.resolve("parquet/stories/part-0.parquet")
              + "' (FORMAT parquet)");
      st.execute(
          "COPY (SELECT * FROM (VALUES ('a', 'Outlet A'), ('b', 'Outlet B'), ('c', 'Outlet C'),"
              + " ('d', 'Outlet D'), ('e', 'Outlet E')) v(doc_id, outlet)) TO '"
              + dir.resolve("parquet/documents/run_date=2026-12-07/part-0.parquet")
              + "' (FORMAT parquet)");
    }
  }

  private String sample(String... options) {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    List<String> args = new java.util.ArrayList<>(List.of("--output", dir.toString()));
    args.addAll(List.of(options));
    assertEquals(
        0, ClaimSampleCommand.run(args, new PrintStream(log, true, StandardCharsets.UTF_8)));
    return log.toString(StandardCharsets.UTF_8);
  }

  @Test
  void countsTheCrossBlocClaimsAndPrintsTheDrawWithItsSeed() {
    String out = sample("--n", "2", "--seed", "5");
    assertTrue(
        out.contains(
            ": 5 claims, 3 cross-bloc (sentences in 2+ blocs) with 7 sentences, 2 stated by every"
                + " bloc of their story"),
        out);
    assertTrue(out.contains("2 drawn with seed 5"), out);
    assertEquals(2, out.split("\n## ", -1).length - 1, out);
    assertTrue(!out.contains("s#2") && !out.contains("t#3"), "single-bloc claims are not drawn");
    if (out.contains("## 1. t#1") || out.contains("## 2. t#1")) {
      assertTrue(
          out.contains(
              "(3 sentences, center, left, right)\n- center | Outlet C | c[0] | 0.950 |"
                  + " C says z.\n- left | Outlet D | d[0] | 0.950 | D says z.\n"),
          out);
    }
  }

  @Test
  void theSameSeedDrawsTheSameClaimsAndAnotherSeedMayNot() {
    assertEquals(sample("--n", "2", "--seed", "5"), sample("--seed", "5", "--n", "2"));
    String all = sample("--n", "10");
    assertTrue(all.contains("3 drawn with seed 38"), all);
    boolean differs = false;
    for (int seed = 1; seed <= 5 && !differs; seed++) {
      differs = !draw(sample("--n", "1", "--seed", "" + seed)).equals(draw(sample("--n", "1")));
    }
    assertTrue(differs, "the seed changes the draw");
    assertEquals("## 1. t#1 (3 sentences, center, left, right)", draw(sample("--min-blocs", "3")));
  }

  private static String draw(String out) {
    return out.lines().filter(l -> l.startsWith("## ")).reduce("", (a, b) -> a + b);
  }

  @Test
  void aFolderWithoutTheTablesIsOneClearError() {
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                ClaimSampleCommand.run(
                    List.of("--output", dir.resolve("nowhere").toString()), System.out));
    assertTrue(e.getMessage().contains("holds no parquet/story_claims"), e.getMessage());
  }
}
