package com.mediaframing.spark;

import com.mediaframing.clean.TextCopies;
import com.mediaframing.clean.TextSignature;
import com.mediaframing.ingest.RawArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark side of {@link TextCopies}: computes each accepted article's text signatures on the
 * executors, groups the copies on the driver (an id, a long and 64 ints per article travel) and
 * marks every article with its {@code duplicateOf} and {@code copyInOutlet} before cleaning and
 * analysis. The repeated-line stage then counts a line once per text ({@link RepeatedLines}), so
 * that an outlet's reruns of one wire story never make the story's own lines look like a template.
 */
final class SyndicatedCopies {
  private static final StructType SIGNATURE =
      new StructType()
          .add("docId", DataTypes.StringType)
          .add("outlet", DataTypes.StringType)
          .add("published", DataTypes.StringType)
          .add("source", DataTypes.StringType)
          .add("record", DataTypes.LongType)
          .add("exact", DataTypes.LongType)
          .add("minHash", DataTypes.createArrayType(DataTypes.IntegerType, false));

  private SyndicatedCopies() {}

  /** The copy status of every accepted article that has copies (see {@link TextCopies}). */
  static Map<String, TextCopies.Copy> find(Dataset<RawArticle> accepted) {
    List<TextCopies.Article> articles = new ArrayList<>();
    for (Row r : accepted.map(new Signature(), Encoders.row(SIGNATURE)).collectAsList()) {
      articles.add(
          new TextCopies.Article(
              r.getString(0),
              r.getString(1),
              r.getString(2),
              r.getString(3),
              r.getLong(4),
              r.getLong(5),
              r.isNullAt(6)
                  ? null
                  : r.<Integer>getList(6).stream().mapToInt(Integer::intValue).toArray()));
    }
    return TextCopies.assign(articles);
  }

  /** {@code accepted} with each article's copy status set from {@code copies}. */
  static Dataset<RawArticle> mark(
      SparkSession spark, Dataset<RawArticle> accepted, Map<String, TextCopies.Copy> copies) {
    if (copies.isEmpty()) {
      return accepted;
    }
    Broadcast<Map<String, TextCopies.Copy>> bc =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(copies);
    return accepted.map(new Mark(bc), Encoders.bean(RawArticle.class));
  }

  /** The signature row of one article. */
  static final class Signature implements MapFunction<RawArticle, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Row call(RawArticle a) {
      return RowFactory.create(
          a.getId(),
          a.getOutlet(),
          a.getPublished(),
          a.getSource(),
          a.getRecord(),
          TextSignature.exact(a.getText()),
          minHash(a.getText()));
    }
  }

  private static scala.collection.immutable.Seq<Integer> minHash(String text) {
    int[] h = TextSignature.minHash(text);
    return h == null
        ? null
        : scala.jdk.javaapi.CollectionConverters.asScala(
                java.util.Arrays.stream(h).boxed().toList())
            .toSeq();
  }

  /** Sets an article's copy status. */
  static final class Mark implements MapFunction<RawArticle, RawArticle> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<Map<String, TextCopies.Copy>> copies;

    Mark(Broadcast<Map<String, TextCopies.Copy>> copies) {
      this.copies = copies;
    }

    @Override
    public RawArticle call(RawArticle a) {
      TextCopies.Copy c = copies.value().get(a.getId());
      if (c != null) {
        a.setDuplicateOf(c.duplicateOf());
        a.setCopyInOutlet(c.copyInOutlet());
      }
      return a;
    }
  }
}
