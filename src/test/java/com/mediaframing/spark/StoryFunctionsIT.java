package com.mediaframing.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.mediaframing.nlp.SentenceEncoderSource;
import com.mediaframing.stories.StoryOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Story linkage on Spark gives the same stories whatever the partitioning and row order. */
class StoryFunctionsIT {
  @TempDir java.nio.file.Path tmp;

  private static final StructType SCHEMA =
      new StructType()
          .add("doc_id", DataTypes.StringType)
          .add("published", DataTypes.StringType)
          .add("terms", DataTypes.createArrayType(DataTypes.StringType))
          .add("lead", DataTypes.StringType);

  private static Row doc(String id, String day, String lead, String... terms) {
    return RowFactory.create(id, day, List.of(terms), lead);
  }

  private static List<Row> rows() {
    return List.of(
        doc(
            "a1",
            "2015-03-30",
            "Indiana governor signs fix to religious freedom law. Mike Pence signed changes meant to"
                + " stop businesses refusing service to gay customers.",
            "pence",
            "indiana",
            "religious",
            "freedom",
            "law"),
        doc(
            "a2",
            "2015-03-31",
            "Pence approves amendment to Indiana law after boycott threats. The governor said the"
                + " revised measure protects gays and lesbians from discrimination.",
            "pence",
            "indiana",
            "amendment",
            "law",
            "boycott"),
        doc(
            "a3",
            "2015-03-30",
            "Indiana changes controversial law. Lawmakers and the governor agreed on language that"
                + " bars using the religious freedom act to deny service.",
            "indiana",
            "religious",
            "freedom",
            "lawmaker"),
        doc(
            "b1",
            "2015-03-31",
            "Iran nuclear talks miss deadline as negotiators keep working in Lausanne. Diplomats"
                + " said gaps remain on sanctions relief.",
            "iran",
            "nuclear",
            "lausanne",
            "sanction"),
        doc(
            "b2",
            "2015-04-01",
            "Negotiators extend Iran nuclear talks past deadline. Talks in Switzerland go on as"
                + " Iran and six powers try to reach a framework deal.",
            "iran",
            "nuclear",
            "switzerland",
            "deadline"),
        doc(
            "c1",
            "2015-03-31",
            "Senate passes budget blueprint after overnight session of amendment votes.",
            "senate",
            "budget",
            "amendment"),
        doc(
            "c2",
            "2015-04-02",
            "Stock markets close higher on strong jobs data and oil prices.",
            "market",
            "stock",
            "oil"));
  }

  @Test
  void theSameArticlesGiveTheSameStoriesWhateverThePartitioning() {
    SparkSession spark = SparkTestSession.get();
    List<Row> reversed = new ArrayList<>(rows());
    Collections.reverse(reversed);
    Map<String, String> one = cluster(spark.createDataFrame(rows(), SCHEMA).repartition(1));
    Map<String, String> four = cluster(spark.createDataFrame(reversed, SCHEMA).repartition(4));
    Map<String, String> seven = cluster(spark.createDataFrame(rows(), SCHEMA).repartition(7));
    assertEquals("a1", one.get("a2"), one.toString());
    assertEquals("b1", one.get("b2"), one.toString());
    assertNotEquals(one.get("a1"), one.get("b1"), one.toString());
    assertEquals(one, four);
    assertEquals(one, seven);
  }

  private Map<String, String> cluster(Dataset<Row> docs) {
    SparkSession spark = SparkTestSession.get();
    VectorStore store =
        new VectorStore(spark, tmp.toString(), null, "test", SentenceEncoderSource.MINILM);
    try {
      return StoryFunctions.cluster(
          docs, StoryOptions.DEFAULTS, store, spark.sparkContext().longAccumulator());
    } finally {
      store.release();
    }
  }
}
