package com.mediaframing.spark;

import com.mediaframing.clean.LineFingerprint;
import com.mediaframing.ingest.RawArticle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import scala.Tuple2;

/**
 * Finds each outlet's boilerplate lines: lines (by {@link LineFingerprint}) that occur in at least
 * {@code minDocs} of the outlet's distinct texts and in at least {@code minShare} of them. Donation
 * appeals, newsletter prompts and bylines repeat like this; news sentences rarely do. Only the
 * first copy of each text in the outlet counts ({@code copyInOutlet} 1, see {@link
 * SyndicatedCopies}): an outlet that reruns one wire story five times has one text, so the story's
 * own lines are never taken for a template. The result is small (fingerprints only) and is
 * broadcast to the analysis stage.
 */
final class RepeatedLines {
  private RepeatedLines() {}

  static Map<String, long[]> find(Dataset<RawArticle> accepted, int minDocs, double minShare) {
    Dataset<RawArticle> texts = accepted.filter(functions.col("copyInOutlet").equalTo(1));
    Dataset<Row> lines =
        texts
            .flatMap(new DistinctLines(), Encoders.tuple(Encoders.STRING(), Encoders.LONG()))
            .toDF("outlet", "fp");
    Dataset<Row> docsPerOutlet =
        texts.groupBy("outlet").agg(functions.count(functions.lit(1)).as("n_outlet_docs"));
    List<Row> rows =
        lines
            .groupBy("outlet", "fp")
            .agg(functions.count(functions.lit(1)).as("n"))
            .filter(functions.col("n").geq(minDocs))
            .join(docsPerOutlet, "outlet")
            .filter(functions.col("n").geq(functions.col("n_outlet_docs").multiply(minShare)))
            .select("outlet", "fp")
            .collectAsList();
    Map<String, List<Long>> byOutlet = new HashMap<>();
    for (Row r : rows) {
      byOutlet.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r.getLong(1));
    }
    Map<String, long[]> out = new HashMap<>();
    byOutlet.forEach(
        (outlet, fps) ->
            out.put(outlet, fps.stream().mapToLong(Long::longValue).sorted().toArray()));
    return out;
  }

  /** The distinct candidate line fingerprints of one article, each paired with its outlet. */
  static final class DistinctLines implements FlatMapFunction<RawArticle, Tuple2<String, Long>> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Tuple2<String, Long>> call(RawArticle a) {
      List<Tuple2<String, Long>> out = new ArrayList<>();
      for (long fp : LineFingerprint.distinctCandidates(a.getText())) {
        out.add(new Tuple2<>(a.getOutlet(), fp));
      }
      return out.iterator();
    }
  }
}
