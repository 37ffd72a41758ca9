package com.mediaframing.spark;

import static org.apache.spark.sql.functions.col;

import com.mediaframing.config.JobConfig;
import com.mediaframing.ingest.InputFingerprint;
import com.mediaframing.nlp.NlpModels;
import com.mediaframing.output.Tables;
import com.mediaframing.sentiment.SentimentScorers;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/** The run's one row of {@code run_manifest}: what ran, on what, with what result. */
final class RunManifest {
  private RunManifest() {}

  /**
   * The undated, unreadable-date and copy counts of the manifest, over {@code documents}, the
   * analyzed articles of this run date's partition: one aggregation, to be run while they are
   * cached (the story stage releases them; counting afterwards recomputed the whole analysis, once
   * per count).
   */
  record DocumentCounts(long nUndated, long nUnreadableDate, long nDuplicates) {
    static DocumentCounts of(Dataset<Row> documents) {
      Row r =
          documents
              .agg(
                  functions.count(functions.when(col("published").isNull(), 1)),
                  functions.count(
                      functions.when(
                          col("published").isNull().and(col("publishedRaw").isNotNull()), 1)),
                  functions.count(functions.when(col("duplicateOf").isNotNull(), 1)))
              .first();
      return new DocumentCounts(r.getLong(0), r.getLong(1), r.getLong(2));
    }
  }

  /** The manifest row (run date left to the writer), as a one-row dataset. */
  static Dataset<Row> of(
      SparkSession spark,
      JobConfig config,
      String runId,
      Instant startedAt,
      Configuration hadoop,
      long nInput,
      long nProcessed,
      long nRejected,
      long nKept,
      long nToAnalyze,
      DocumentCounts counts) {
    Row manifest =
        RowFactory.create(
            runId,
            Timestamp.from(startedAt),
            Timestamp.from(Instant.now()),
            config.input(),
            InputFingerprint.of(config.input(), hadoop),
            config.incremental() ? "incremental" : "full",
            nInput,
            nProcessed,
            nRejected,
            nKept,
            nToAnalyze,
            counts.nUndated(),
            counts.nUnreadableDate(),
            counts.nDuplicates(),
            AppVersion.get(),
            spark.version(),
            String.join(",", NlpModels.MODEL_FILES),
            SentimentScorers.create(config.sentimentScorer()).id(),
            config.fingerprint(),
            null); // run_date: set by the writer
    return spark.createDataFrame(List.of(manifest), Tables.RUN_MANIFEST.schema());
  }
}
