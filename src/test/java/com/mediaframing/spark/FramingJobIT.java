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
            "## How each bloc reads the story",
            "## Key disagreements",
            "## Blind spots",
            "## What to watch",
            // shared data points are claims in each bloc's wording, no longer actor names
            "- seed-000#2, in every bloc:",
            "cessation of the use of force")) {
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
    // one colour per topic on every page, and every story page lists its articles
    Map<String, java.util.Set<String>> colours = new TreeMap<>();
    java.util.regex.Pattern segment =
        java.util.regex.Pattern.compile(
            "<rect class=\"segment\" data-category=\"([^\"]+)\"[^>]* fill=\"(#[0-9a-f]{6})\"");
    List<Path> pages;
    try (var list = Files.list(report)) {
      pages = list.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    int storyPages = 0;
    for (Path page : pages) {
      String dom = HeadlessChromium.dumpDom(page, profile).stdout();
      java.util.regex.Matcher m = segment.matcher(dom);
      while (m.find()) {
        if (!m.group(1).startsWith("share of")) {
          colours.computeIfAbsent(m.group(1), k -> new java.util.TreeSet<>()).add(m.group(2));
        }
      }
      if (page.getFileName().toString().startsWith("story-")) {
        storyPages++;
        java.util.regex.Matcher n =
            java.util.regex.Pattern.compile(" — (\\d+) articles").matcher(dom);
        assertTrue(n.find(), page.toString());
        int table = dom.indexOf("<table class=\"articles\">");
        assertTrue(table > 0, page + " lists no articles");
        String rows = dom.substring(table, dom.indexOf("</table>", table));
        assertEquals(
            Integer.parseInt(n.group(1)), rows.split("<tr>", -1).length - 2, page.toString());
        assertTrue(
            dom.contains("class=\"sent\" title=\""), page + ": evidence without sentence text");
      }
    }
    assertTrue(storyPages >= 1);
    assertTrue(colours.size() >= 3, colours.toString());
    colours.forEach((topic, fills) -> assertEquals(1, fills.size(), topic + " drawn in " + fills));
    assertTrue(
        Files.readString(report.resolve("index.html")).contains(">US-Russia relations</text>"),
        "legend without topic labels");

    Files.createDirectories(Path.of("target"));
    for (String[] shot :
        List.of(
            new String[] {"index.html", "target/report.png"},
            new String[] {"story-1.html", "target/report-story.png"},
            new String[] {"index.html", "/tmp/evidence-report-index.png"},
            new String[] {"story-1.html", "/tmp/evidence-report-story.png"})) {
      Path png = Path.of(shot[1]);
      Files.deleteIfExists(png);
      HeadlessChromium.screenshot(
          report.resolve(shot[0]), png, profile, shot[1].startsWith("/tmp") ? 3000 : 900);
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
    assertEquals(6, s.nProcessed());
    assertEquals(8, s.nRejected());
    Map<Long, String> reasons = new TreeMap<>();
    for (Row r : table(out, "rejects").collectAsList()) {
      reasons.put(r.getAs("record"), r.getAs("reason"));
    }
    Map<Long, String> expected = new TreeMap<>();
    expected.put(4L, "malformed_record");
    expected.put(5L, "empty_text");
    expected.put(6L, "malformed_record");
    expected.put(7L, "malformed_record");
    expected.put(9L, "duplicate_id");
    expected.put(10L, "unsupported_language");
    expected.put(11L, "text_too_long");
    expected.put(12L, "missing_id");
    assertEquals(expected, reasons);
    Row a3 = table(out, "documents").filter(col("doc_id").equalTo("a3")).first();
    assertEquals("unassigned", a3.getAs("bloc"));
    Row a5 = table(out, "documents").filter(col("doc_id").equalTo("a5")).first();
    assertTrue(a5.isNullAt(a5.fieldIndex("published")));
    assertEquals("next Tuesday", a5.getAs("published_raw"));
    Row a8 = table(out, "documents").filter(col("doc_id").equalTo("a8")).first();
    assertEquals("unknown", a8.getAs("outlet"));
    Row manifest = table(out, "run_manifest").first();
    assertEquals(2L, manifest.<Long>getAs("n_undated")); // a5 and a9
    assertEquals(1L, manifest.<Long>getAs("n_unreadable_date")); // a5

    String strictOut = tmp.resolve("bad-strict-out").toString();
    RunSummary strict =
        run(
            "--input",
            "src/test/resources/fixtures/bad/articles.jsonl",
            "--output",
            strictOut,
            "--max-text-chars",
            "10000",
            "--require-date");
    assertEquals(4, strict.nProcessed());
    Map<Long, String> strictReasons = new TreeMap<>();
    for (Row r : table(strictOut, "rejects").collectAsList()) {
      strictReasons.put(r.getAs("record"), r.getAs("reason"));
    }
    assertEquals("bad_date", strictReasons.get(8L));
    assertEquals("missing_date", strictReasons.get(14L));
  }

  @Test
  void syndicatedCopiesAreKeptFlaggedAndCountedOncePerOutlet() {
    String out = tmp.resolve("syndicated-out").toString();
    RunSummary s =
        run("--input", "src/test/resources/fixtures/syndicated/articles.jsonl", "--output", out);
    assertEquals(11, s.nInput());
    assertEquals(11, s.nProcessed());
    assertEquals(0, s.nRejected());
    Map<String, Row> docs = new TreeMap<>();
    for (Row r : table(out, "documents").collectAsList()) {
      docs.put(r.getAs("doc_id"), r);
    }
    assertTrue(docs.get("w1").isNullAt(docs.get("w1").fieldIndex("duplicate_of")));
    for (String id : List.of("w2", "w3", "w4", "w5", "w6", "w7")) {
      assertEquals("w1", docs.get(id).getAs("duplicate_of"), id);
      assertEquals(0, docs.get(id).<Integer>getAs("n_lines_removed"), id); // the body stays
      assertTrue(docs.get(id).<Integer>getAs("n_sentences") >= 2, id);
    }
    assertEquals(5, docs.get("w5").<Integer>getAs("copy_in_outlet"));
    assertEquals(1, docs.get("w6").<Integer>getAs("copy_in_outlet"));
    assertEquals(2, docs.get("w7").<Integer>getAs("copy_in_outlet"));
    assertEquals(java.sql.Date.valueOf("2025-03-14"), docs.get("w6").getAs("published"));
    for (String id : List.of("t1", "t2", "t3", "t4")) { // the template lines still go
      assertEquals(2, docs.get(id).<Integer>getAs("n_lines_removed"), id);
      assertEquals(1, docs.get(id).<Integer>getAs("n_sentences"), id);
    }
    Row manifest = table(out, "run_manifest").first();
    assertEquals(6L, manifest.<Long>getAs("n_duplicates"));
    assertEquals(1L, manifest.<Long>getAs("n_undated"));

    Map<String, Long> lavrovDocs = new TreeMap<>();
    for (Row r :
        table(out, "outlet_actor_sentiment")
            .filter(col("actor_id").equalTo(LAVROV))
            .collectAsList()) {
      lavrovDocs.put(r.getAs("outlet"), r.getAs("n_docs"));
    }
    assertEquals(Map.of("Other Post", 1L, "Wire Daily", 1L), lavrovDocs);
    Row left =
        table(out, "bloc_actor_sentiment")
            .filter(col("actor_id").equalTo(LAVROV).and(col("bloc").equalTo("left")))
            .first();
    assertEquals(1L, left.<Long>getAs("n_docs"));
    assertEquals(
        7L, table(out, "doc_actor_sentiment").filter(col("actor_id").equalTo(LAVROV)).count());

    String everyCopy = tmp.resolve("syndicated-every-copy").toString();
    run(
        "--input",
        "src/test/resources/fixtures/syndicated/articles.jsonl",
        "--output",
        everyCopy,
        "--count-copies");
    Row wire =
        table(everyCopy, "outlet_actor_sentiment")
            .filter(col("actor_id").equalTo(LAVROV).and(col("outlet").equalTo("Wire Daily")))
            .first();
    assertEquals(5L, wire.<Long>getAs("n_docs"));
  }

  @Test
  void everyEvidenceReferenceResolvesToASentenceOfTheInputText() throws IOException {
    Map<String, String> sentences = new java.util.HashMap<>();
    Map<String, int[]> offsets = new java.util.HashMap<>();
    for (Row r : table(seedsOut, "sentences").collectAsList()) {
      String key =
          com.mediaframing.output.EvidenceHtml.key(
              r.getAs("doc_id"), r.<Integer>getAs("sentence_index"));
      sentences.put(key, r.getAs("text"));
      offsets.put(key, new int[] {r.<Integer>getAs("start"), r.<Integer>getAs("end")});
    }
    List<String> cited = new java.util.ArrayList<>();
    for (Row r : table(seedsOut, "story_facts").select("evidence").collectAsList()) {
      cited.addAll(com.mediaframing.output.EvidenceHtml.keys(r.getString(0)));
    }
    for (Row r : table(seedsOut, "story_disagreements").select("evidence").collectAsList()) {
      cited.addAll(com.mediaframing.output.EvidenceHtml.keys(r.getString(0)));
    }
    for (Row r : table(seedsOut, "story_narratives").select("markdown").collectAsList()) {
      cited.addAll(com.mediaframing.output.EvidenceHtml.keys(r.getString(0)));
    }
    assertTrue(cited.size() > 20, cited.toString());
    for (String key : cited) {
      assertTrue(sentences.containsKey(key), key + " cited but not in sentences");
    }
    String text =
        Files.readString(Path.of("seeds", "002_1a35994561af305b.txt"), StandardCharsets.UTF_8);
    int[] o = offsets.get("seed-002#0");
    assertEquals(text.substring(o[0], o[1]), sentences.get("seed-002#0"));
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
    assertEquals(6, r.nAccepted()); // undated, unreadable date and no outlet are kept
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
