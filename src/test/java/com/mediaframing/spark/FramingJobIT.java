package com.mediaframing.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.config.ConfigLoader;
import com.mediaframing.config.JobConfig;
import com.mediaframing.config.RunOptions;
import com.mediaframing.output.Tables;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole job on the seeds and on small fixtures, checked table by table. */
class FramingJobIT {
  private static final String LAVROV = "sergei-lavrov";
  private static final String YEMEN_TOPIC = "yemen_red_sea";

  @TempDir static Path tmp;
  private static SparkSession spark;
  private static RunSummary seeds;
  private static String seedsOut;

  @BeforeAll
  static void runOnSeeds() {
    spark = SparkTestSession.get();
    seedsOut = SeedsRun.out().toString();
    seeds = SeedsRun.summary();
  }

  static RunSummary run(String... args) {
    return SeedsRun.run(spark, args);
  }

  static Dataset<Row> table(String out, String name) {
    return spark.read().parquet(out + "/parquet/" + name);
  }

  @Test
  void seedsAreProcessedCompletely() {
    assertEquals(3, seeds.nInput());
    assertEquals(3, seeds.nProcessed());
    assertEquals(0, seeds.nRejected());
    Row manifest = table(seedsOut, "run_manifest").first();
    assertEquals(3L, manifest.<Long>getAs("n_input"));
    assertEquals(3L, manifest.<Long>getAs("n_processed"));
    assertTrue(manifest.<String>getAs("input_fingerprint").startsWith("sha256:"));
    Dataset<Row> docs = table(seedsOut, "documents");
    assertEquals("ukraine", docs.filter(col("doc_id").equalTo("seed-000")).first().getAs("bloc"));
  }

  @Test
  void lavrovIsFoundInAllThreeSeedsAndSegreiResolvesToHim() {
    Dataset<Row> mentions = table(seedsOut, "mentions");
    assertEquals(
        3, mentions.filter(col("actor_id").equalTo(LAVROV)).select("doc_id").distinct().count());
    List<Row> segrei = mentions.filter(col("surface").contains("Segrei")).collectAsList();
    assertEquals(1, segrei.size());
    assertEquals(LAVROV, segrei.get(0).getAs("actor_id"));
  }

  @Test
  void mentionOffsetsPointIntoTheInputText() throws IOException {
    String text =
        Files.readString(Path.of("seeds/002_1a35994561af305b.txt"), StandardCharsets.UTF_8);
    List<Row> rows =
        table(seedsOut, "mentions").filter(col("doc_id").equalTo("seed-002")).collectAsList();
    assertTrue(rows.size() > 20, "seed 002 names many actors, found " + rows.size());
    for (Row r : rows) {
      int start = r.getAs("start");
      int end = r.getAs("end");
      assertEquals(r.<String>getAs("surface"), text.substring(start, end));
    }
  }

  @Test
  void donationAppealIsGone() throws IOException {
    String text =
        Files.readString(Path.of("seeds/000_d08e899dbdaafca3.txt"), StandardCharsets.UTF_8);
    int appeal = text.indexOf("You could close this page");
    assertTrue(appeal > 0);
    long inAppeal =
        table(seedsOut, "mentions")
            .filter(col("doc_id").equalTo("seed-000").and(col("start").geq(appeal)))
            .count();
    assertEquals(0, inAppeal, "mentions inside the donation appeal or footer");
    int removed =
        table(seedsOut, "documents")
            .filter(col("doc_id").equalTo("seed-000"))
            .first()
            .getAs("n_lines_removed");
    assertTrue(removed >= 5, "removed " + removed + " lines");
  }

  @Test
  void yemenWeighsMoreInTheMiddleEastArticle() {
    Map<String, Double> weight = new TreeMap<>();
    for (Row r :
        table(seedsOut, "doc_topics")
            .filter(col("topic_id").equalTo(YEMEN_TOPIC))
            .collectAsList()) {
      weight.put(r.getAs("doc_id"), r.getAs("weight"));
    }
    assertTrue(
        weight.getOrDefault("seed-002", 0.0) > weight.getOrDefault("seed-000", 0.0),
        weight.toString());
  }

  @Test
  void sharesSumToOnePerOutletAndBloc() {
    for (Row r :
        table(seedsOut, "outlet_topic_share").groupBy("outlet").sum("share").collectAsList()) {
      assertEquals(1.0, r.getDouble(1), 1e-9, "outlet " + r.getString(0));
    }
    for (Row r : table(seedsOut, "bloc_topic_share").groupBy("bloc").sum("share").collectAsList()) {
      assertEquals(1.0, r.getDouble(1), 1e-9, "bloc " + r.getString(0));
    }
  }

  @Test
  void everyTableIsWrittenAsParquetAndCsvWithTheSameRows() throws IOException {
    for (var t : Tables.ALL) {
      long parquetRows = table(seedsOut, t.name()).count();
      List<String> csv = SeedsRun.csvLines(Path.of(seedsOut), t);
      assertEquals(String.join(",", t.columnNames()), csv.get(0), t.name());
      assertEquals(t.columnNames(), List.of(table(seedsOut, t.name()).columns()), t.name());
      try (var parser =
          CSVFormat.RFC4180
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(new StringReader(String.join("\n", csv) + "\n"))) {
        assertEquals(parquetRows, parser.getRecords().size(), t.name());
      }
    }
  }

  @Test
  void theTwoArticlesAboutThe15MarchCallAreOneStoryAndThe5MayPageIsAnother() {
    Map<String, String> story = new TreeMap<>();
    for (Row r : table(seedsOut, "story_documents").collectAsList()) {
      story.put(r.getAs("doc_id"), r.getAs("story_id"));
    }
    assertEquals(
        Map.of("seed-000", "seed-000", "seed-002", "seed-000", "seed-004", "seed-004"), story);
    Row s = table(seedsOut, "stories").filter(col("story_id").equalTo("seed-000")).first();
    assertEquals(2, s.<Integer>getAs("n_docs"));
    assertEquals("middle_east|ukraine", s.getAs("blocs"));
  }

  @Test
  void sharedAndBlocOnlyFactsOfThe15MarchStory() {
    Dataset<Row> facts = table(seedsOut, "story_facts").filter(col("story_id").equalTo("seed-000"));
    List<String> shared =
        facts
            .filter(col("shared_by_all_blocs"))
            .select("fact")
            .as(Encoders.STRING())
            .collectAsList();
    for (String f : List.of("Houthis", "Red Sea", "Tammy Bruce", "Saudi Arabia")) {
      assertTrue(shared.contains(f), f + " not in " + shared);
    }
    Row truce = facts.filter(col("fact").equalTo("30-day truce")).first();
    assertEquals("ukraine", truce.getAs("bloc_only"));
    assertTrue(truce.<String>getAs("evidence").startsWith("seed-000["), truce.toString());
    String md =
        table(seedsOut, "story_narratives")
            .filter(col("story_id").equalTo("seed-000"))
            .first()
            .getAs("markdown");
    for (String section :
        List.of(
            "## Observable data points shared across all narratives",
            "## How each bloc frames them",
            "## Key disagreements",
            "## Blind spots",
            "- actor: Houthis — seed-000[")) {
      assertTrue(md.contains(section), section + " missing in\n" + md);
    }
  }

  @Test
  void theReportOpensInHeadlessChromiumWithoutErrorsAndDrawsItsCharts() throws Exception {
    Assumptions.assumeTrue(
        HeadlessChromium.available(),
        "skipped: "
            + HeadlessChromium.BINARY
            + " is absent (Debian package 'chromium';"
            + " .ci/run installs it)");
    Path report = Path.of(seedsOut, "report");
    Path profile = Files.createDirectories(tmp.resolve("chromium-profile"));
    for (String page : List.of("index.html", "story-1.html")) {
      HeadlessChromium.Result r = HeadlessChromium.dumpDom(report.resolve(page), profile);
      String body = bodyTag(r.stdout());
      assertTrue(body.contains("data-console-errors=\"0\""), page + ": " + body + r.stdout());
      Matcher charts = Pattern.compile("data-charts-rendered=\"(\\d+)\"").matcher(body);
      assertTrue(charts.find(), page + ": " + body);
      assertTrue(Integer.parseInt(charts.group(1)) >= 2, page + ": " + body);
      assertTrue(!r.stderr().contains("Uncaught"), page + ": " + r.stderr());
    }
    Files.createDirectories(Path.of("target"));
    for (String[] shot :
        List.of(
            new String[] {"index.html", "target/report.png"},
            new String[] {"story-1.html", "target/report-story.png"})) {
      Path png = Path.of(shot[1]);
      Files.deleteIfExists(png);
      HeadlessChromium.screenshot(report.resolve(shot[0]), png, profile);
      assertTrue(Files.size(png) > 10_000, png + " is " + Files.size(png) + " bytes");
    }
  }

  private static String bodyTag(String dom) {
    int start = dom.indexOf("<body");
    return start < 0 ? "" : dom.substring(start, dom.indexOf('>', start) + 1);
  }

  @Test
  void badRecordsAreRejectedWithReasonsAndNothingIsLost() {
    String out = tmp.resolve("bad-out").toString();
    RunSummary s =
        run(
            "--input",
            "src/test/resources/fixtures/bad/articles.jsonl",
            "--output",
            out,
            "--max-text-chars",
            "10000");
    assertEquals(14, s.nInput());
    assertEquals(3, s.nProcessed());
    assertEquals(11, s.nRejected());
    Map<Long, String> reasons = new TreeMap<>();
    for (Row r : table(out, "rejects").collectAsList()) {
      reasons.put(r.getAs("record"), r.getAs("reason"));
    }
    Map<Long, String> expected = new TreeMap<>();
    expected.put(4L, "malformed_record");
    expected.put(5L, "empty_text");
    expected.put(6L, "malformed_record");
    expected.put(7L, "malformed_record");
    expected.put(8L, "bad_date");
    expected.put(9L, "duplicate_id");
    expected.put(10L, "unsupported_language");
    expected.put(11L, "text_too_long");
    expected.put(12L, "missing_id");
    expected.put(13L, "missing_outlet");
    expected.put(14L, "missing_date");
    assertEquals(expected, reasons);
    Row a3 = table(out, "documents").filter(col("doc_id").equalTo("a3")).first();
    assertEquals("unassigned", a3.getAs("bloc"));
  }

  @Test
  void validateCountsWhatTheJobWouldReject() {
    JobConfig config =
        new ConfigLoader(spark.sparkContext().hadoopConfiguration())
            .load(
                RunOptions.parse(
                    List.of(
                        "--input", "src/test/resources/fixtures/bad/articles.jsonl",
                        "--max-text-chars", "10000",
                        "--actors", "config/actors.csv",
                        "--topics", "config/topics.csv")));
    InputCheck.Result r = InputCheck.run(spark, config);
    assertEquals(14, r.nInput());
    assertEquals(3, r.nAccepted());
    assertEquals(3L, r.rejectedByReason().get("malformed_record"));
    assertEquals(1L, r.rejectedByReason().get("duplicate_id"));
  }

  @Test
  void csvAndParquetInputsGiveTheSameDocuments() {
    String csvOut = tmp.resolve("csv-out").toString();
    RunSummary csv = run("--input", "src/test/resources/fixtures/articles.csv", "--output", csvOut);
    assertEquals(3, csv.nInput());
    assertEquals(2, csv.nProcessed());
    Row reject = table(csvOut, "rejects").first();
    assertEquals("malformed_record", reject.getAs("reason"));
    assertEquals(3L, reject.<Long>getAs("record"));

    String parquetIn = tmp.resolve("in.parquet").toString();
    spark
        .read()
        .option("header", "true")
        .option("multiLine", "true")
        .option("escape", "\"")
        .csv("src/test/resources/fixtures/articles.csv")
        .limit(2)
        .write()
        .parquet(parquetIn);
    String parquetOut = tmp.resolve("parquet-out").toString();
    RunSummary parquet = run("--input", parquetIn, "--output", parquetOut);
    assertEquals(2, parquet.nProcessed());
    assertEquals(
        table(csvOut, "mentions")
            .select("doc_id", "actor_id", "start", "sentiment")
            .collectAsList(),
        table(parquetOut, "mentions")
            .select("doc_id", "actor_id", "start", "sentiment")
            .collectAsList());
  }
}
