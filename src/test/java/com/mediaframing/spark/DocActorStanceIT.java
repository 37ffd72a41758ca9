package com.mediaframing.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mediaframing.sentiment.ArticleStance;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** doc_actor_sentiment's stance and label on hand-written mention rows (no job run). */
class DocActorStanceIT {
  private static final double EPS = 1e-9;

  /** A rule of the fixture's own: quoted mentions a quarter, bands -1.0 and 0.8. */
  private static final ArticleStance RULE = new ArticleStance(0.25, 0, 1.0, 1.0, 0.8);

  private static final StructType MENTIONS =
      new StructType()
          .add("doc_id", DataTypes.StringType)
          .add("outlet", DataTypes.StringType)
          .add("bloc", DataTypes.StringType)
          .add("actor_id", DataTypes.StringType)
          .add("sentence_index", DataTypes.IntegerType)
          .add("sentiment", DataTypes.DoubleType)
          .add("label", DataTypes.StringType)
          .add("in_quote", DataTypes.BooleanType);

  private static Row m(String doc, int sentence, double sentiment, String label, boolean quoted) {
    return RowFactory.create(doc, "o", "left", "a", sentence, sentiment, label, quoted);
  }

  private static Row row(Dataset<Row> t, String doc) {
    return t.filter(col("doc_id").equalTo(doc)).first();
  }

  @Test
  void stanceSumsOwnMentionsAndDiscountsQuotedOnesWhileSentimentStaysTheMean() {
    SparkSession spark = SparkTestSession.get();
    List<Row> rows =
        List.of(
            // d1: criticism piled up in the outlet's own voice, diluted by neutral mentions
            m("d1", 2, -0.6, "negative", false),
            m("d1", 4, -0.5, "negative", false),
            m("d1", 5, 0.0, "neutral", false),
            m("d1", 8, 0.0, "neutral", false),
            m("d1", 9, -0.3, "negative", false),
            // d2: the same scores, but the criticism is an opponent's quote
            m("d2", 2, -0.6, "negative", true),
            m("d2", 4, -0.5, "negative", true),
            m("d2", 5, 0.0, "neutral", false),
            m("d2", 8, 0.0, "neutral", false),
            m("d2", 9, -0.3, "negative", true),
            // d3: one mildly warm mention: the old mean rule said positive
            m("d3", 0, 0.3, "positive", false));
    Dataset<Row> t =
        Aggregates.docActorSentiment(spark.createDataFrame(rows, MENTIONS), RULE).cache();
    Row d1 = row(t, "d1");
    assertEquals(-1.4 / 5, d1.<Double>getAs("sentiment"), EPS);
    assertEquals(-1.4, d1.<Double>getAs("stance"), EPS);
    assertEquals("negative", d1.getAs("label"));
    assertEquals(5, (int) d1.<Integer>getAs("n_own"));
    Row d2 = row(t, "d2");
    assertEquals(-1.4 / 5, d2.<Double>getAs("sentiment"), EPS);
    assertEquals(-1.4 * 0.25, d2.<Double>getAs("stance"), EPS);
    assertEquals("neutral", d2.getAs("label"));
    assertEquals(2, (int) d2.<Integer>getAs("n_own"));
    Row d3 = row(t, "d3");
    assertEquals(3, t.count());
    assertEquals(0.3, d3.<Double>getAs("stance"), EPS);
    assertEquals("neutral", d3.getAs("label"));
    assertEquals(1, (int) d3.<Integer>getAs("n_positive"));
    t.unpersist();
  }

  @Test
  void theLeadWeightAndTheQuoteWeightMultiplyAsInTheRule() {
    SparkSession spark = SparkTestSession.get();
    ArticleStance lead = new ArticleStance(0.5, 2, 3.0, 1.0, 1.0);
    List<Row> rows =
        List.of(
            m("d1", 0, 0.2, "positive", false), // lead, own: x3
            m("d1", 1, 0.2, "positive", true), // lead, quoted: x1.5
            m("d1", 2, 0.2, "positive", false), // body, own: x1
            m("d1", 5, 0.2, "positive", true)); // body, quoted: x0.5
    Dataset<Row> t = Aggregates.docActorSentiment(spark.createDataFrame(rows, MENTIONS), lead);
    double expected =
        lead.score(
            List.of(
                new ArticleStance.Mention(0, 0.2, false),
                new ArticleStance.Mention(1, 0.2, true),
                new ArticleStance.Mention(2, 0.2, false),
                new ArticleStance.Mention(5, 0.2, true)));
    assertEquals(0.2 * (3 + 1.5 + 1 + 0.5), expected, EPS);
    assertEquals(expected, row(t, "d1").<Double>getAs("stance"), EPS);
    assertEquals("positive", row(t, "d1").getAs("label"));
  }
}
