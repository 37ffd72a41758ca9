package com.mediaframing.spark;

import com.mediaframing.actors.ActorMatcher;
import com.mediaframing.analysis.AnalyzedArticle;
import com.mediaframing.analysis.ArticleAnalyzer;
import com.mediaframing.clean.BoilerplateCleaner;
import com.mediaframing.config.JobConfig;
import com.mediaframing.ingest.RawArticle;
import com.mediaframing.topics.TopicScorer;
import java.io.PrintStream;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysis stage: finds each outlet's boilerplate lines over all accepted articles, then tags
 * and analyzes the articles to analyze with {@link AnalyzeArticles}, reporting progress. Its parts
 * ({@link #analyzerParts}, {@link #repeatedLines}) are public so benchmarks time the job's own
 * analyzer on the job's own input.
 */
public final class AnalysisStage {
  // The job's log: the stages' messages read as one run.
  private static final Logger LOG = LoggerFactory.getLogger(FramingJob.class);
  static final Encoder<AnalyzedArticle> ANALYZED = Encoders.bean(AnalyzedArticle.class);

  /** How often progress is reported during the analysis stage. */
  static final long PROGRESS_SECONDS = 15;

  /** The fewest articles an analysis task gets unless --partitions says otherwise. */
  static final long MIN_TASK_ARTICLES = 4;

  private AnalysisStage() {}

  /** What the job's analyzers are built from, for {@code config}. */
  public static ArticleAnalyzer.Parts analyzerParts(JobConfig config) {
    return new ArticleAnalyzer.Parts(
        new BoilerplateCleaner(config.dictionaries().boilerplate()),
        new ActorMatcher(config.dictionaries().actors()),
        new TopicScorer(config.dictionaries().topics()),
        config.sentimentScorer(),
        config.languages());
  }

  /**
   * Each outlet's boilerplate line fingerprints (sorted) among {@code accepted}, by the thresholds
   * of {@code config}; logs their number.
   */
  public static Map<String, long[]> repeatedLines(Dataset<RawArticle> accepted, JobConfig config) {
    Map<String, long[]> repeated =
        RepeatedLines.find(accepted, config.repeatedLineMinDocs(), config.repeatedLineMinShare());
    LOG.info(
        "boilerplate: {} repeated lines across {} outlets",
        repeated.values().stream().mapToInt(a -> a.length).sum(),
        repeated.size());
    return repeated;
  }

  /**
   * Tags and analyzes the plan's articles (boilerplate lines are found over all {@code accepted}
   * articles, as a full run would); null when there is nothing to analyze. The result is persisted
   * and carries the analysis and model fingerprints.
   */
  static Dataset<Row> analyze(
      SparkSession spark,
      JobConfig config,
      IncrementalPlan plan,
      Dataset<RawArticle> accepted,
      String modelFingerprint,
      PrintStream progressOut,
      ProgressReporter.Format progressFormat,
      StageClock clock) {
    if (plan.nToAnalyze == 0) {
      return null;
    }
    Map<String, long[]> repeated = repeatedLines(accepted, config);
    clock.end("boilerplate_lines");

    LongAccumulator analyzedCount = spark.sparkContext().longAccumulator("documents analyzed");
    Broadcast<Map<String, long[]>> repeatedBc =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(repeated);
    AnalyzeArticles analyze = new AnalyzeArticles(analyzerParts(config), repeatedBc, analyzedCount);
    Dataset<Row> analyzed =
        plan.toAnalyze
            .repartition(partitions(spark, config, plan.nToAnalyze))
            .mapPartitions(analyze, ANALYZED)
            .withColumn("configFingerprint", functions.lit(config.analysisFingerprint()))
            .withColumn("modelFingerprint", functions.lit(modelFingerprint))
            .persist(CacheLevel.of(spark));
    long nAnalyzed;
    try (ProgressReporter progress =
        ProgressReporter.start(
            progressOut,
            progressFormat,
            "analyze",
            plan.nToAnalyze,
            analyzedCount::value,
            PROGRESS_SECONDS)) {
      nAnalyzed = analyzed.count();
    }
    LOG.info("analyzed {} articles", nAnalyzed);
    clock.end("analyze");
    return analyzed;
  }

  private static int partitions(SparkSession spark, JobConfig config, long nToAnalyze) {
    if (config.partitions() > 0) {
      return config.partitions();
    }
    return defaultPartitions(spark.sparkContext().defaultParallelism(), nToAnalyze);
  }

  /**
   * The analysis partitions for {@code nToAnalyze} articles on {@code parallelism} cores: many
   * small tasks (16 a core, at least 8) for even load and progress that advances often, but no task
   * with fewer than {@link #MIN_TASK_ARTICLES} articles, since every later stage scans each
   * partition of the analyzed articles.
   */
  static int defaultPartitions(int parallelism, long nToAnalyze) {
    int perCore = Math.max(8, 16 * parallelism);
    long byArticles = Math.max(1, (nToAnalyze + MIN_TASK_ARTICLES - 1) / MIN_TASK_ARTICLES);
    return (int) Math.min(perCore, byArticles);
  }
}
