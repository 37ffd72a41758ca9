package com.mediaframing.spark;

import com.mediaframing.nlp.SentenceEncoder;
import com.mediaframing.nlp.SentenceEncoderSource;
import com.mediaframing.stories.LinkEvidence;
import com.mediaframing.stories.StoryLinkage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple2;

/**
 * The named Spark functions of story linkage: encode each article's lead once ({@link
 * EncodeLeads}), send each article to its date bucket and, as a visitor, to the bucket before
 * ({@link ToBuckets}), and score the pairs of each bucket ({@link ScoreBucket}) with the plain-Java
 * {@link LinkEvidence}. Undated articles form a bucket of their own.
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

  /**
   * Rows (doc_id, day, terms, lead) to linkage features, the lead cut at a word boundary after at
   * most {@code leadChars} characters and encoded by the executor's encoder (loaded once per JVM).
   * The time spent encoding goes to {@code nanos}.
   */
  static final class EncodeLeads implements MapPartitionsFunction<Row, LinkEvidence.Doc> {
    private static final long serialVersionUID = 1L;
    private final SentenceEncoderSource encoder;
    private final int leadChars;
    private final LongAccumulator nanos;

    EncodeLeads(SentenceEncoderSource encoder, int leadChars, LongAccumulator nanos) {
      this.encoder = encoder;
      this.leadChars = leadChars;
      this.nanos = nanos;
    }

    @Override
    public Iterator<LinkEvidence.Doc> call(Iterator<Row> rows) {
      SentenceEncoder e = encoder.get();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public LinkEvidence.Doc next() {
          Row r = rows.next();
          String lead = r.isNullAt(3) ? "" : cut(r.getString(3), leadChars);
          float[] vector = null;
          if (!lead.isBlank()) {
            long t0 = System.nanoTime();
            vector = e.encode(List.of(lead))[0];
            nanos.add(System.nanoTime() - t0);
          }
          int day = r.isNullAt(1) ? StoryLinkage.UNDATED : r.getInt(1);
          return LinkEvidence.Doc.of(r.getString(0), day, r.getList(2), vector);
        }
      };
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
      return LinkEvidence.pairs(home, visitors, windowDays).iterator();
    }
  }
}
