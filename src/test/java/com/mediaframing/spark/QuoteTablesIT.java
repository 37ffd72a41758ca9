package com.mediaframing.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The quote tables of the shared seeds run: offsets, speakers, marked mentions, shares. */
class QuoteTablesIT {
  private static SparkSession spark;
  private static String out;

  @BeforeAll
  static void runOnSeeds() {
    spark = SparkTestSession.get();
    out = SeedsRun.out().toString();
  }

  static Dataset<Row> table(String name) {
    return spark.read().parquet(out + "/parquet/" + name);
  }

  private static String seed(String file) throws IOException {
    return Files.readString(Path.of("seeds", file), StandardCharsets.UTF_8);
  }

  @Test
  void seedQuotesLandInTheTableWithOffsetsThatHighlightTheirTextInTheInput() throws IOException {
    String text = seed("002_1a35994561af305b.txt");
    List<Row> rows = table("quotes").filter(col("doc_id").equalTo("seed-002")).collectAsList();
    assertTrue(rows.size() >= 10, "seed 002 quotes many sources, found " + rows.size());
    for (Row r : rows) {
      int start = r.getAs("content_start");
      int end = r.getAs("content_end");
      assertEquals(r.<String>getAs("content"), text.substring(start, end));
      String speaker = r.getAs("speaker");
      if (speaker != null) {
        int s = r.getAs("speaker_start");
        int e = r.getAs("speaker_end");
        assertEquals(speaker, text.substring(s, e));
      }
    }
    Row houthis = quote(rows, "These strikes will not pass");
    assertEquals("direct", houthis.getAs("kind"));
    assertEquals("the group", houthis.getAs("speaker"));
    assertEquals("houthis", houthis.getAs("speaker_actor_id"));
    assertEquals("houthis", houthis.getAs("speaker_key"));
    assertEquals("organisation", houthis.getAs("speaker_type"));
    Row trump = quote(rows, "Your time is up");
    assertEquals("he", trump.getAs("speaker"));
    assertEquals("Donald Trump", trump.getAs("resolved_speaker"));
    assertEquals("donald-trump", trump.getAs("speaker_actor_id"));
    assertEquals(
        "russian-foreign-ministry",
        quote(rows, "We believe the use of force").getAs("speaker_actor_id"));
  }

  private static Row quote(List<Row> rows, String start) {
    return rows.stream()
        .filter(r -> r.<String>getAs("content").startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting '" + start + "'"));
  }

  @Test
  void agenciesAreCitedSources() throws IOException {
    String text = seed("002_1a35994561af305b.txt");
    List<Row> cited =
        table("cited_sources").filter(col("doc_id").equalTo("seed-002")).collectAsList();
    Set<String> sources =
        cited.stream().map(r -> r.<String>getAs("source")).collect(Collectors.toSet());
    assertTrue(sources.containsAll(Set.of("TASS", "Reuters")), sources.toString());
    for (Row r : cited) {
      int s = r.getAs("name_start");
      int e = r.getAs("name_end");
      assertEquals(r.<String>getAs("name"), text.substring(s, e));
    }
    Row bloc =
        table("bloc_cited_sources")
            .filter(col("bloc").equalTo("middle_east").and(col("source").equalTo("TASS")))
            .first();
    assertEquals(1L, bloc.<Long>getAs("n_docs"));
    assertEquals(1.0, bloc.<Double>getAs("share_docs"), 1e-12);
    // one outlet in the bloc: no interval with the outlet as the unit
    assertEquals(1L, bloc.<Long>getAs("n_outlets_bloc"));
    assertTrue(bloc.isNullAt(bloc.fieldIndex("ci_low")));
  }

  @Test
  void mentionsInsideQuotesCarryTheirSpeakerAndTheOwnVoiceCountsTheRest() {
    Dataset<Row> mentions = table("mentions").filter(col("doc_id").equalTo("seed-002"));
    List<Row> quoted = mentions.filter(col("in_quote")).collectAsList();
    assertFalse(quoted.isEmpty(), "seed 002 quotes name actors");
    for (Row m : quoted) {
      assertTrue(m.<String>getAs("quote_speaker") != null, m.toString());
    }
    assertEquals(
        0,
        mentions
            .filter(col("in_quote").equalTo(false).and(col("quote_speaker").isNotNull()))
            .count());
    long own = mentions.filter(col("in_quote").equalTo(false)).count();
    Row docs =
        table("doc_actor_sentiment")
            .filter(col("doc_id").equalTo("seed-002"))
            .agg(
                org.apache.spark.sql.functions.sum("n_mentions"),
                org.apache.spark.sql.functions.sum("n_own"))
            .first();
    assertEquals(mentions.count(), docs.getLong(0));
    assertEquals(own, docs.getLong(1));
  }

  @Test
  void sharesOfVoiceSumToOnePerBlocAndLevelWithIntervalsAroundThem() {
    for (String t : List.of("bloc_voice", "outlet_voice")) {
      String key = t.startsWith("bloc") ? "bloc" : "outlet";
      for (Row r : table(t).groupBy(key, "level").sum("share").collectAsList()) {
        assertEquals(1.0, r.getDouble(2), 1e-9, t + " " + r);
      }
    }
    Row houthis =
        table("bloc_voice")
            .filter(
                col("bloc")
                    .equalTo("middle_east")
                    .and(col("level").equalTo("speaker"))
                    .and(col("speaker_key").equalTo("houthis")))
            .first();
    long n = houthis.getAs("n_quotes");
    long total = houthis.getAs("n_quotes_total");
    assertEquals((double) n / total, houthis.<Double>getAs("share"), 1e-12);
    // one article and one outlet in the bloc: the interval over outlets is undefined
    assertEquals(1L, houthis.<Long>getAs("n_docs_quoting"));
    assertEquals(1L, houthis.<Long>getAs("n_outlets"));
    assertTrue(houthis.isNullAt(houthis.fieldIndex("ci_low")));
    assertTrue(houthis.isNullAt(houthis.fieldIndex("ci_df")));
  }

  @Test
  void reportShowsShareOfVoicePerBlocAndWhoEachBlocQuotesOnTheStoryPage() throws IOException {
    String index = Files.readString(Path.of(out, "report", "index.html"), StandardCharsets.UTF_8);
    assertTrue(index.contains("<h2>Share of voice by bloc</h2>"), "index has the voice section");
    assertTrue(index.contains("class=\"chart voice\""), "index draws the voice chart");
    assertTrue(index.contains(">middle_east</text>"), "a panel per bloc");
    String story = Files.readString(Path.of(out, "report", "story-1.html"), StandardCharsets.UTF_8);
    assertTrue(story.contains("<h2>Who each bloc quotes</h2>"), "story page lists the quotes");
    assertTrue(story.contains("<h3>middle_east</h3>"), story);
    assertTrue(story.contains("These strikes will not pass"), "the Houthis' quote is shown");
  }
}
