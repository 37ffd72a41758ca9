package com.mediaframing.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.metrics.ClusteredMean;
import com.mediaframing.metrics.MeanInterval;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The bloc aggregates' intervals on hand-written article rows (no job run): clustered by outlet as
 * {@link ClusteredMean} computes them, while the outlet tables keep their intervals over articles.
 */
class BlocIntervalsIT {
  private static final StructType DOC_ACTOR =
      new StructType()
          .add("doc_id", DataTypes.StringType)
          .add("outlet", DataTypes.StringType)
          .add("bloc", DataTypes.StringType)
          .add("actor_id", DataTypes.StringType)
          .add("n_mentions", DataTypes.IntegerType)
          .add("n_negative", DataTypes.IntegerType)
          .add("n_neutral", DataTypes.IntegerType)
          .add("n_positive", DataTypes.IntegerType)
          .add("sentiment", DataTypes.DoubleType)
          .add("n_own", DataTypes.IntegerType)
          .add("sentiment_own", DataTypes.DoubleType);

  private static Row doc(String id, String outlet, double sentiment, Double own) {
    return RowFactory.create(
        id, outlet, "left", "a", 2, 1, 1, 0, sentiment, own == null ? 0 : 1, own);
  }

  private static final StructType DOC_TOPICS =
      new StructType()
          .add("doc_id", DataTypes.StringType)
          .add("outlet", DataTypes.StringType)
          .add("bloc", DataTypes.StringType)
          .add("topic_id", DataTypes.StringType)
          .add("weight", DataTypes.DoubleType);

  @Test
  void blocActorSentimentIsClusteredByOutletAndOutletSentimentByArticle() {
    SparkSession spark = SparkTestSession.get();
    Dataset<Row> docActor =
        spark.createDataFrame(
            List.of(
                doc("d1", "A", -0.5, -0.4),
                doc("d2", "A", -0.3, null),
                doc("d3", "A", -0.4, -0.6),
                doc("d4", "B", 0.2, 0.1),
                doc("d5", "B", 0.0, null),
                doc("d6", "C", -0.1, -0.2)),
            DOC_ACTOR);
    Row bloc = Aggregates.blocActorSentiment(docActor).first();
    assertEquals(3L, bloc.<Long>getAs("n_outlets"));
    assertEquals(6L, bloc.<Long>getAs("n_docs"));
    assertEquals(-1.1 / 6, bloc.<Double>getAs("sentiment"), 1e-12);
    ClusteredMean.Interval all =
        ClusteredMean.of(
            List.of(
                new ClusteredMean.Cluster(3, -1.2),
                new ClusteredMean.Cluster(2, 0.2),
                new ClusteredMean.Cluster(1, -0.1)));
    assertEquals(all.low(-1, 1), bloc.<Double>getAs("ci_low"), 1e-12);
    assertEquals(all.high(-1, 1), bloc.<Double>getAs("ci_high"), 1e-12);
    assertEquals(all.df(), bloc.<Double>getAs("ci_df"), 1e-12);
    ClusteredMean.Interval own =
        ClusteredMean.of(
            List.of(
                new ClusteredMean.Cluster(2, -1.0),
                new ClusteredMean.Cluster(1, 0.1),
                new ClusteredMean.Cluster(1, -0.2)));
    assertEquals(3L, bloc.<Long>getAs("n_outlets_own"));
    assertEquals(4L, bloc.<Long>getAs("n_docs_own"));
    assertEquals(own.low(-1, 1), bloc.<Double>getAs("ci_low_own"), 1e-12);
    assertEquals(own.high(-1, 1), bloc.<Double>getAs("ci_high_own"), 1e-12);
    // wider than the interval over the six articles, which took them as independent
    double sd = 0;
    for (double x : new double[] {-0.5, -0.3, -0.4, 0.2, 0.0, -0.1}) {
      sd += (x + 1.1 / 6) * (x + 1.1 / 6);
    }
    double overArticles = MeanInterval.halfWidth(6, Math.sqrt(sd / 5));
    assertTrue(all.halfWidth() > overArticles, all.halfWidth() + " vs " + overArticles);

    Row a = Aggregates.outletActorSentiment(docActor).filter(col("outlet").equalTo("A")).first();
    assertEquals(
        MeanInterval.lower(3, -0.4, 0.1, -1, 1), a.<Double>getAs("ci_low"), 1e-9, "over articles");
  }

  @Test
  void oneOutletGivesNoBlocInterval() {
    SparkSession spark = SparkTestSession.get();
    Dataset<Row> docActor =
        spark.createDataFrame(
            List.of(doc("d1", "A", -0.5, null), doc("d2", "A", -0.3, null)), DOC_ACTOR);
    Row bloc = Aggregates.blocActorSentiment(docActor).first();
    assertEquals(1L, bloc.<Long>getAs("n_outlets"));
    assertNull(bloc.getAs("ci_low"));
    assertNull(bloc.getAs("ci_df"));
    assertEquals(0L, bloc.<Long>getAs("n_outlets_own"));
    assertNull(bloc.getAs("ci_low_own"));
  }

  @Test
  void blocTopicShareCountsOutletsWithoutTheTopicAsZero() {
    SparkSession spark = SparkTestSession.get();
    Dataset<Row> docTopics =
        spark.createDataFrame(
            List.of(
                RowFactory.create("d1", "A", "left", "yemen", 1.0),
                RowFactory.create("d2", "A", "left", "yemen", 0.5),
                RowFactory.create("d2", "A", "left", "iran", 0.5),
                RowFactory.create("d3", "B", "left", "iran", 1.0),
                RowFactory.create("d4", "C", "left", "yemen", 1.0)),
            DOC_TOPICS);
    Row yemen =
        Aggregates.blocTopicShare(docTopics).filter(col("topic_id").equalTo("yemen")).first();
    assertEquals(2.5 / 4, yemen.<Double>getAs("share"), 1e-12);
    assertEquals(3L, yemen.<Long>getAs("n_outlets"));
    ClusteredMean.Interval expected =
        ClusteredMean.of(
            List.of(
                new ClusteredMean.Cluster(2, 1.5),
                new ClusteredMean.Cluster(1, 0),
                new ClusteredMean.Cluster(1, 1.0)));
    assertEquals(expected.low(0, 1), yemen.<Double>getAs("ci_low"), 1e-12);
    assertEquals(expected.high(0, 1), yemen.<Double>getAs("ci_high"), 1e-12);
  }
}
