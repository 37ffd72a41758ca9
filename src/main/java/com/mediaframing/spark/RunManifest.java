package com.mediaframing.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import com.mediaframing.config.JobConfig;
import com.mediaframing.ingest.InputFingerprint;
import com.mediaframing.nlp.NlpModels;
import com.mediaframing.output.Tables;
import com.mediaframing.sentiment.SentimentScorers;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/** The run's one row of {@code run_manifest}: what ran, on what, with what result. */
final class RunManifest {
  private RunManifest() {}

  /**
   * The counts of this run date's analyzed articles the manifest reports, taken in one pass while
   * the analysis is still cached (counting later, after the stories stage released it, would run
   * the whole analysis again).
   */
  record DocumentCounts(long processed, long undated, long unreadableDate, long duplicates) {
    static DocumentCounts of(Dataset<Row> documents) {
      Row r =
          documents
              .agg(
                  count(lit(1)),
                  sum(when(col("published").isNull(), 1).otherwise(0)),
                  sum(
                      when(col("published").isNull().and(col("publishedRaw").isNotNull()), 1)
                          .otherwise(0)),
                  sum(when(col("duplicateOf").isNotNull(), 1).otherwise(0)))
              .first();
      return new DocumentCounts(r.getLong(0), longOr0(r, 1), longOr0(r, 2), longOr0(r, 3));
    }

    private static long longOr0(Row r, int i) {
      return r.isNullAt(i) ? 0 : r.getLong(i);
    }
  }

  /**
   * The run's record counts: {@code nInput} records read = {@code nProcessed} analyzed or carried +
   * {@code nRejected} + {@code nKept} unchanged in earlier run dates; {@code nToAnalyze} of them
   * analyzed by this run.
   */
  record Counts(long nInput, long nProcessed, long nRejected, long nKept, long nToAnalyze) {}

  /**
   * The manifest row (run date left to the writer), as a one-row dataset; {@code documents} counts
   * the analyzed articles of this run date's partition (for the undated and copy counts).
   */
  static Dataset<Row> of(
      SparkSession spark,
      JobConfig config,
      String runId,
      Instant startedAt,
      Counts counts,
      DocumentCounts documents,
      VectorStore vectors) {
    Row manifest =
        RowFactory.create(
            runId,
            Timestamp.from(startedAt),
            Timestamp.from(Instant.now()),
            config.input(),
            InputFingerprint.of(config.input(), spark.sparkContext().hadoopConfiguration()),
            config.incremental() ? "incremental" : "full",
            counts.nInput(),
            counts.nProcessed(),
            counts.nRejected(),
            counts.nKept(),
            counts.nToAnalyze(),
            documents.undated(),
            documents.unreadableDate(),
            documents.duplicates(),
            AppVersion.get(),
            spark.version(),
            String.join(",", NlpModels.MODEL_FILES),
            SentimentScorers.create(config.sentimentScorer()).id(),
            config.fingerprint(),
            vectors.fingerprint(),
            vectors.encoded(),
            vectors.reused(),
            null); // run_date: set by the writer
    return spark.createDataFrame(List.of(manifest), Tables.RUN_MANIFEST.schema());
  }
}
