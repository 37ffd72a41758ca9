package com.mediaframing.spark;

import com.mediaframing.nlp.VectorBytes;
import com.mediaframing.stories.LinkEvidence;
import com.mediaframing.stories.StoryLinkage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The named Spark functions of story linkage: cut each article's lead and key it for the vector
 * store ({@link LeadText}), turn it with its vector into linkage features ({@link LinkDoc}), send
 * each article to its date bucket and, as a visitor, to the bucket before ({@link ToBuckets}), and
 * score the pairs of each bucket ({@link ScoreBucket}) with the plain-Java {@link LinkEvidence}.
 * Undated articles form a bucket of their own.
 */
final class StoryLinkFunctions {
  static final Encoder<LinkEvidence.Doc> DOC = Encoders.javaSerialization(LinkEvidence.Doc.class);
  static final Encoder<LinkEvidence.ScoredPair> PAIR =
      Encoders.javaSerialization(LinkEvidence.ScoredPair.class);
  static final Encoder<Tuple2<Long, Tuple2<Boolean, LinkEvidence.Doc>>> BUCKETED =
      Encoders.tuple(Encoders.LONG(), Encoders.tuple(Encoders.BOOLEAN(), DOC));

  /** The bucket key of undated articles. */
  static final long UNDATED = Long.MIN_VALUE;

  private StoryLinkFunctions() {}

  /** Rows (doc_id, day, terms, lead) with the lead's text to encode and its store key. */
  static final StructType KEYED =
      new StructType()
          .add("doc_id", DataTypes.StringType)
          .add("day", DataTypes.IntegerType)
          .add("terms", DataTypes.createArrayType(DataTypes.StringType))
          .add("key", DataTypes.StringType)
          .add("text", DataTypes.StringType);

  /**
   * Rows (doc_id, day, terms, lead) to rows of {@link #KEYED}: the lead cut at a word boundary
   * after at most {@code leadChars} characters, and its key in the vector store; both null for a
   * blank lead (such an article links by its terms only).
   */
  static final class LeadText implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final int leadChars;

    LeadText(int leadChars) {
      this.leadChars = leadChars;
    }

    @Override
    public Row call(Row r) {
      String lead = encodedLead(r.isNullAt(3) ? null : r.getString(3), leadChars);
      return RowFactory.create(
          r.getString(0),
          r.isNullAt(1) ? null : r.getInt(1),
          r.get(2), // the terms as Spark holds them (a Scala sequence)
          lead == null ? null : VectorBytes.key(lead),
          lead);
    }
  }

  /**
   * The text of an article's headline and lead that is encoded: cut after at most {@code leadChars}
   * characters at a word boundary; null for a missing or blank lead.
   */
  static String encodedLead(String lead, int leadChars) {
    if (lead == null) {
      return null;
    }
    String cut = cut(lead, leadChars);
    return cut.isBlank() ? null : cut;
  }

  /** Rows (doc_id, day, terms, vector or null) to linkage features. */
  static final class LinkDoc implements MapFunction<Row, LinkEvidence.Doc> {
    private static final long serialVersionUID = 1L;

    @Override
    public LinkEvidence.Doc call(Row r) {
      float[] vector = r.isNullAt(3) ? null : VectorBytes.fromBytes((byte[]) r.get(3));
      int day = r.isNullAt(1) ? StoryLinkage.UNDATED : r.getInt(1);
      return LinkEvidence.Doc.of(r.getString(0), day, r.getList(2), vector);
    }
  }

  /** {@code s} cut after the last whole word ending within {@code max} characters. */
  static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int space = s.lastIndexOf(' ', max);
    return space > 0 ? s.substring(0, space) : s.substring(0, max);
  }

  /** An article to its own bucket (home) and to the bucket before it (visitor). */
  static final class ToBuckets
      implements FlatMapFunction<
          LinkEvidence.Doc, Tuple2<Long, Tuple2<Boolean, LinkEvidence.Doc>>> {
    private static final long serialVersionUID = 1L;
    private final int bucketDays;

    ToBuckets(int bucketDays) {
      this.bucketDays = bucketDays;
    }

    @Override
    public Iterator<Tuple2<Long, Tuple2<Boolean, LinkEvidence.Doc>>> call(LinkEvidence.Doc d) {
      if (d.day() == StoryLinkage.UNDATED) {
        return List.of(new Tuple2<>(UNDATED, new Tuple2<>(true, d))).iterator();
      }
      long bucket = Math.floorDiv(d.day(), bucketDays);
      return List.of(
              new Tuple2<>(bucket, new Tuple2<>(true, d)),
              new Tuple2<>(bucket - 1, new Tuple2<>(false, d)))
          .iterator();
    }
  }

  /** The bucket of a bucketed article. */
  static final class BucketKey
      implements MapFunction<Tuple2<Long, Tuple2<Boolean, LinkEvidence.Doc>>, Long> {
    private static final long serialVersionUID = 1L;

    @Override
    public Long call(Tuple2<Long, Tuple2<Boolean, LinkEvidence.Doc>> t) {
      return t._1();
    }
  }

  /** The scored pairs of one bucket: home with home, home with visitors from the next bucket. */
  static final class ScoreBucket
      implements FlatMapGroupsFunction<
          Long, Tuple2<Long, Tuple2<Boolean, LinkEvidence.Doc>>, LinkEvidence.ScoredPair> {
    private static final long serialVersionUID = 1L;
    private final int windowDays;

    ScoreBucket(int windowDays) {
      this.windowDays = windowDays;
    }

    @Override
    public Iterator<LinkEvidence.ScoredPair> call(
        Long bucket, Iterator<Tuple2<Long, Tuple2<Boolean, LinkEvidence.Doc>>> docs) {
      List<LinkEvidence.Doc> home = new ArrayList<>();
      List<LinkEvidence.Doc> visitors = new ArrayList<>();
      docs.forEachRemaining(t -> (t._2()._1() ? home : visitors).add(t._2()._2()));
      return LinkEvidence.pairs(home, visitors, windowDays);
    }
  }
}
