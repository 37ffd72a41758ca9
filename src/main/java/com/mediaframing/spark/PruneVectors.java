package com.mediaframing.spark;

import com.mediaframing.nlp.SentenceEncoderSource;
import org.apache.spark.sql.SparkSession;

/**
 * The {@code prune-vectors} command: keeps the vector store of a run's output folder to the vectors
 * its current articles can ask for ({@link VectorStore#prune}). The store otherwise only grows: a
 * lead or claim sentence whose article changed or left keeps its vector.
 */
public final class PruneVectors {
  private PruneVectors() {}

  /**
   * @param master Spark master, or null for spark-submit's (else local[*])
   * @param outputDir a finished run's output folder
   * @param encoder the configured encoder's name ({@code --encoder}); other encoders' vectors go
   * @return one line: what was kept and dropped
   */
  public static String run(String master, String outputDir, String encoder) {
    SparkSession spark = SparkSessions.create(master);
    try {
      return VectorStore.prune(spark, outputDir, SentenceEncoderSource.named(encoder));
    } finally {
      spark.stop();
    }
  }
}
