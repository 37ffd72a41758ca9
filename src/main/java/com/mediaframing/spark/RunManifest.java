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

/** The run's one row of {@code run_manifest}: what ran, on what, with what result. */
final class RunManifest {
  private RunManifest() {}

  /**
   * The manifest row (run date left to the writer), as a one-row dataset; {@code documents} are the
   * analyzed articles of this run date's partition (for the undated and copy counts).
   */
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
      Dataset<Row> documents) {
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
            documents.filter(col("published").isNull()).count(),
            documents
                .filter(col("published").isNull().and(col("publishedRaw").isNotNull()))
                .count(),
            documents.filter(col("duplicateOf").isNotNull()).count(),
            AppVersion.get(),
            spark.version(),
            String.join(",", NlpModels.MODEL_FILES),
            SentimentScorers.create(config.sentimentScorer()).id(),
            config.fingerprint(),
            null); // run_date: set by the writer
    return spark.createDataFrame(List.of(manifest), Tables.RUN_MANIFEST.schema());
  }
}
