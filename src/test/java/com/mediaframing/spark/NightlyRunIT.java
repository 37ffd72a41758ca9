package com.mediaframing.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.output.FramingDatabase;
import com.mediaframing.output.OutputLock;
import com.mediaframing.output.Publication;
import com.mediaframing.output.Table;
import com.mediaframing.output.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nightly reprocessing on small hand-written corpora: a rerun of one run date leaves every other
 * date's files byte for byte as they were; {@code --incremental} analyzes nothing on unchanged
 * input and only the new or changed articles after the input grows; a run killed while writing
 * leaves the published output intact and the next run completes.
 */
class NightlyRunIT {
  private static final LocalDate D1 = LocalDate.of(2025, 3, 15);
  private static final LocalDate D2 = LocalDate.of(2025, 3, 16);
  private static final LocalDate D3 = LocalDate.of(2025, 3, 17);
  private static final LocalDate D4 = LocalDate.of(2025, 3, 18);

  private static SparkSession spark;

  @TempDir Path tmp;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  /** A JSONL article naming a few actors, with a text that depends on {@code n}. */
  static String article(String id, String outlet, String bloc, String date, int n) {
    String text =
        "Secretary of State Marco Rubio spoke with Russian Foreign Minister Sergei Lavrov on "
            + "Saturday about the war in Ukraine. "
            + "Lavrov praised the talks as constructive, the ministry said in statement number "
            + n
            + ". "
            + "President Donald Trump criticized Vladimir Putin over strikes on Kyiv. "
            + "Volodymyr Zelensky welcomed a 30-day ceasefire proposal."
            + serial(n);
    return String.format(
        "{\"id\":\"%s\",\"outlet\":\"%s\",\"bloc\":\"%s\",\"published\":\"%s\","
            + "\"title\":\"Call %d\",\"text\":\"%s\"}",
        id, outlet, bloc, date, n, text);
  }

  /**
   * A closing line of words of its own ({@code k7a k7b …}), so that articles differing in {@code n}
   * are different texts, not near copies of each other (which the aggregates would count once).
   */
  private static String serial(int n) {
    StringBuilder b = new StringBuilder(" Archive keys:");
    for (char c = 'a'; c <= 'p'; c++) {
      b.append(" k").append(n).append(c);
    }
    return b.append('.').toString();
  }

  /**
   * {@code n} articles {@code prefix0 …} of 15 March, spread over {@code outlets} outlets, even
   * numbers in the left bloc, odd in the right.
   */
  private static List<String> articles(String prefix, int n, int outlets) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines.add(
          article(
              prefix + i,
              "Outlet " + (i % outlets),
              i % 2 == 0 ? "left" : "right",
              "2025-03-15",
              i));
    }
    return lines;
  }

  private static Path corpus(Path file, List<String> lines) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private static RunSummary run(Path input, Path out, LocalDate date, boolean incremental) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--input",
                input.toString(),
                "--output",
                out.toString(),
                "--run-date",
                date.toString()));
    if (incremental) {
      args.add("--incremental");
    }
    return SeedsRun.run(spark, args.toArray(String[]::new));
  }

  /** SHA-256 of every file under {@code dir} whose relative path passes {@code keep}. */
  private static Map<String, String> checksums(Path dir, Predicate<String> keep) throws Exception {
    Map<String, String> sums = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String rel = dir.relativize(f).toString();
        if (keep.test(rel)) {
          sums.put(
              rel,
              HexFormat.of()
                  .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
        }
      }
    }
    return sums;
  }

  /** doc_id to run date of the documents table. */
  private static Map<String, String> documents(Path out) {
    Map<String, String> docs = new TreeMap<>();
    for (Row r :
        spark.read().parquet(out.resolve("parquet/documents").toString()).collectAsList()) {
      String before = docs.put(r.getAs("doc_id"), r.getAs("run_date").toString());
      assertEquals(null, before, "doc " + r.getAs("doc_id") + " in two partitions");
    }
    return docs;
  }

  private static long blocDocs(Path out, String bloc, String actor) {
    return spark
        .read()
        .parquet(out.resolve("parquet/bloc_actor_sentiment").toString())
        .filter(col("bloc").equalTo(bloc).and(col("actor_id").equalTo(actor)))
        .first()
        .<Long>getAs("n_docs");
  }

  @Test
  void rerunningOneRunDateReplacesItsPartitionAndLeavesOtherDatesByteIdentical() throws Exception {
    Path out = tmp.resolve("out");
    Path day1 =
        corpus(
            tmp.resolve("day1.jsonl"),
            List.of(
                article("a1", "Outlet A", "left", "2025-03-15", 1),
                article("a2", "Outlet B", "right", "2025-03-15", 2)));
    Path day2 =
        corpus(
            tmp.resolve("day2.jsonl"), List.of(article("b1", "Outlet A", "left", "2025-03-16", 3)));
    run(day1, out, D1, false);
    run(day2, out, D2, false);
    Predicate<String> ofDay2 = rel -> rel.contains("run_date=" + D2);
    Map<String, String> before = checksums(out, ofDay2);
    assertTrue(before.keySet().stream().anyMatch(p -> p.startsWith("parquet/documents/")));
    assertTrue(before.keySet().stream().anyMatch(p -> p.startsWith("csv/mentions/")));
    assertTrue(before.keySet().stream().anyMatch(p -> p.startsWith("_state/articles/")));
    assertEquals(2, blocDocs(out, "left", "sergei-lavrov"));

    // day 1 again, corrected: a1 changed, a2 withdrawn, a3 late
    Path day1b =
        corpus(
            tmp.resolve("day1b.jsonl"),
            List.of(
                article("a1", "Outlet A", "left", "2025-03-15", 11),
                article("a3", "Outlet C", "left", "2025-03-15", 4)));
    RunSummary s = run(day1b, out, D1, false);
    assertEquals(2, s.nProcessed());
    assertEquals(checksums(out, ofDay2), before, "day 2's files changed");
    assertEquals(
        Map.of("a1", D1.toString(), "a3", D1.toString(), "b1", D2.toString()), documents(out));
    // aggregates are recomputed over both dates: a1, a3 and b1 are left articles naming Lavrov
    assertEquals(3, blocDocs(out, "left", "sergei-lavrov"));
    assertEquals(
        0,
        spark
            .read()
            .parquet(out.resolve("parquet/bloc_actor_sentiment").toString())
            .filter(col("bloc").equalTo("right"))
            .count(),
        "a2 was withdrawn: no right-bloc article is left");
    assertFalse(Files.exists(out.resolve(Publication.STAGING)));
    assertDatabaseAsBuiltAnew(out);
  }

  @Test
  void incrementalRunsAnalyzeNothingOnUnchangedInputAndOnlyNewOrChangedArticlesLater()
      throws Exception {
    Path out = tmp.resolve("out");
    List<String> lines = articles("c", 4, 2);
    Path input = corpus(tmp.resolve("growing.jsonl"), lines);
    RunSummary full = run(input, out, D1, true); // nothing processed yet: analyzes all
    assertEquals(4, full.nAnalyzed());

    Predicate<String> tables =
        rel ->
            !rel.startsWith("csv/rejects")
                && !rel.startsWith("parquet/rejects")
                && !rel.contains("run_manifest")
                && !rel.equals("framing.duckdb")
                && !rel.equals(OutputLock.FILE);
    Map<String, String> published = checksums(out, tables);
    RunSummary same = run(input, out, D2, true);
    assertEquals(0, same.nAnalyzed());
    assertEquals(4, same.nUnchanged());
    assertEquals(0, same.nProcessed());
    assertEquals(published, checksums(out, tables), "an unchanged input changed the tables");
    RunSummary sameDay = run(input, out, D1, true);
    assertEquals(0, sameDay.nAnalyzed());
    assertEquals(4, sameDay.nProcessed(), "carried over within its own date");

    lines.add(article("c4", "Outlet 0", "left", "2025-03-17", 4));
    lines.add(article("c5", "Outlet 1", "right", "2025-03-17", 5));
    corpus(input, lines);
    RunSummary grown = run(input, out, D3, true);
    assertEquals(2, grown.nAnalyzed());
    assertEquals(4, grown.nUnchanged());
    Map<String, String> docs = documents(out);
    assertEquals(D3.toString(), docs.get("c4"));
    assertEquals(D1.toString(), docs.get("c0"));

    lines.set(1, article("c1", "Outlet 1", "right", "2025-03-15", 101));
    corpus(input, lines);
    RunSummary changed = run(input, out, D4, true);
    assertEquals(1, changed.nAnalyzed());
    docs = documents(out);
    assertEquals(6, docs.size());
    assertEquals(D4.toString(), docs.get("c1"), "the changed article moves to the new date");
    assertEquals(D1.toString(), docs.get("c2"));
    assertEquals(3, blocDocs(out, "right", "sergei-lavrov"));
    assertDatabaseAsBuiltAnew(out); // each night updated the file: a date added, one changed

    RunSummary differentScorer =
        SeedsRun.run(
            spark,
            "--input",
            input.toString(),
            "--output",
            out.toString(),
            "--run-date",
            D4.toString(),
            "--incremental",
            "--sentiment",
            "lexicon");
    assertEquals(6, differentScorer.nAnalyzed(), "another scorer: every article again");
    assertEquals(Map.of(D4.toString(), 6L), countByDate(documents(out)));
  }

  @Test
  void stateFilesHoldUpToTwoThousandArticlesEach() {
    Dataset<Row> night = spark.range(0, 10, 1, 8).toDF().persist();
    Dataset<Row> big = spark.range(0, 4_500, 1, 8).toDF().persist();
    try {
      assertEquals(1, ArticleState.sized(night).rdd().getNumPartitions(), "a night: one file");
      assertEquals(3, ArticleState.sized(big).rdd().getNumPartitions());
      Dataset<Row> notCached = spark.range(0, 12, 1, 8).toDF(); // not the plan of night
      assertEquals(
          8,
          ArticleState.sized(notCached).rdd().getNumPartitions(),
          "not persisted: merging partitions would merge the work that makes them");
    } finally {
      night.unpersist();
      big.unpersist();
    }
  }

  /**
   * Every table of {@code out}'s framing.duckdb, which each run updated from the one before it,
   * holds the rows of a file built from scratch from the same Parquet.
   */
  private void assertDatabaseAsBuiltAnew(Path out) throws Exception {
    Path fresh = Files.createTempDirectory(tmp, "fresh");
    SeedsRun.copyTree(out.resolve("parquet"), fresh.resolve("parquet"));
    FramingDatabase.write(fresh, List.of(), Map.of());
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement()) {
      st.execute("ATTACH '" + out.resolve(FramingDatabase.FILE_NAME) + "' AS nightly (READ_ONLY)");
      st.execute("ATTACH '" + fresh.resolve(FramingDatabase.FILE_NAME) + "' AS anew (READ_ONLY)");
      for (Table t : Tables.ALL) {
        for (String[] ab : new String[][] {{"nightly", "anew"}, {"anew", "nightly"}}) {
          try (ResultSet rs =
              st.executeQuery(
                  "SELECT count(*) FROM (SELECT * FROM "
                      + ab[0]
                      + "."
                      + t.name()
                      + " EXCEPT ALL SELECT * FROM "
                      + ab[1]
                      + "."
                      + t.name()
                      + ")")) {
            rs.next();
            assertEquals(0, rs.getLong(1), t.name() + ": rows of " + ab[0] + " not in " + ab[1]);
          }
        }
      }
    }
  }

  private static Map<String, Long> countByDate(Map<String, String> docs) {
    Map<String, Long> n = new TreeMap<>();
    docs.values().forEach(d -> n.merge(d, 1L, Long::sum));
    return n;
  }

  @Test
  void aRunKilledWhileWritingLeavesThePublishedOutputIntactAndTheNextRunCompletes()
      throws Exception {
    Path out = tmp.resolve("out");
    List<String> lines = articles("k", 30, 3);
    Path input = corpus(tmp.resolve("kill.jsonl"), lines);
    run(input, out, D1, false);
    Predicate<String> all = rel -> true;
    Map<String, String> published = checksums(out, all);

    Process p =
        JobProcess.start(
            tmp.resolve("killed-run.log"),
            List.of("-Xmx1g"),
            List.of(
                "run",
                "--master",
                "local[1]",
                "--input",
                input.toString(),
                "--output",
                out.toString(),
                "--run-date",
                D2.toString(),
                "--actors",
                "config/actors.csv"));
    Path staging = out.resolve(Publication.STAGING);
    boolean writing = false;
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
      while (!writing && p.isAlive() && System.nanoTime() < deadline) {
        writing = stagedParquetFiles(staging) > 0;
        Thread.sleep(20);
      }
    } finally {
      p.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
      p.waitFor(30, TimeUnit.SECONDS);
    }
    assertTrue(
        writing,
        "the run never reached its writes before exiting:\n"
            + Files.readString(tmp.resolve("killed-run.log")));
    assertTrue(Files.exists(out.resolve(OutputLock.FILE)), "the killed run left its lock");
    assertEquals(
        published,
        checksums(
            out, rel -> !rel.startsWith(Publication.STAGING) && !rel.contains(OutputLock.FILE)),
        "the published output changed");

    RunSummary next = run(input, out, D2, false);
    assertEquals(30, next.nProcessed());
    assertEquals(30, documents(out).size());
    assertEquals(Map.of(D2.toString(), 30L), countByDate(documents(out)));
    assertFalse(Files.exists(staging), "the killed run's staging folder was not cleaned up");
    assertFalse(Files.exists(out.resolve(OutputLock.FILE)));
  }

  private static long stagedParquetFiles(Path staging) throws IOException {
    if (!Files.isDirectory(staging)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(staging)) {
      return files.filter(f -> f.toString().endsWith(".parquet")).count();
    } catch (UncheckedIOException e) {
      return 0; // a folder vanished while walking
    }
  }
}
