package com.mediaframing.spark;

import static org.apache.spark.sql.functions.col;

import com.mediaframing.base.ConfigException;
import com.mediaframing.nlp.SentenceEncoderSource;
import com.mediaframing.stories.PairwiseScore;
import com.mediaframing.stories.StoryLinkage;
import com.mediaframing.stories.StoryOptions;
import com.mediaframing.stories.StorySizes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Calibration of the story threshold on a finished run, wired into the CLI as {@code eval-stories
 * --sweep T1,T2,...}: reads every article of the run's state table ({@code _state/articles}, as the
 * story stage does), scores the candidate pairs once exactly as the story stage does ({@link
 * StoryFunctions#score}, the leads' vectors from the run's vector store), then links them by {@link
 * StoryLinkage} at each threshold and prints, per threshold, the pairwise score against the gold
 * events and the story sizes over all articles. Thresholds below {@link
 * com.mediaframing.stories.LinkEvidence#PAIR_FLOOR} see the same graph as the floor. The story
 * window and size cap are the defaults ({@link StoryOptions#DEFAULTS}).
 */
public final class StorySweep {
  private StorySweep() {}

  /**
   * @param master Spark master, or null for spark-submit's (else local[*])
   * @param outputDir a finished run's output folder
   * @param gold gold event of each gold article
   * @param thresholds the {@code --story-min-similarity} values to try
   * @return one line per threshold
   */
  public static List<String> run(
      String master, String outputDir, Map<String, String> gold, List<Double> thresholds) {
    SparkSession spark = SparkSessions.create(master);
    try {
      Dataset<Row> state =
          ArticleState.read(spark, outputDir)
              .orElseThrow(
                  () ->
                      new ConfigException(
                          "no state table of this version in "
                              + outputDir
                              + "; run the job into it first"));
      Dataset<Row> docs =
          state.select(
              col("docId").as("doc_id"),
              col("published"),
              col("storyTerms").as("terms"),
              col("storyLead").as("lead"));
      long n = docs.count();
      StoryOptions options = StoryOptions.DEFAULTS;
      // read-only: the run's stored lead vectors are reused, a miss is encoded but not stored
      VectorStore vectors =
          new VectorStore(
              spark, outputDir, null, "sweep", SentenceEncoderSource.named(options.encoder()));
      StoryFunctions.ScoredGraph graph =
          StoryFunctions.score(docs, options, vectors, spark.sparkContext().longAccumulator());
      vectors.release();
      List<String> out = new ArrayList<>();
      for (double t : thresholds) {
        Map<String, String> ids =
            StoryLinkage.storyIds(
                graph.docs(), graph.pairs(), t, options.windowDays(), options.maxStoryDocs());
        out.add(
            String.format(Locale.ROOT, "threshold %.3f: ", t)
                + PairwiseScore.of(ids, gold)
                + "; "
                + StorySizes.of(ids, n));
      }
      return out;
    } finally {
      spark.stop();
    }
  }
}
