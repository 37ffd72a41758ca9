package com.mediaframing.spark;

import static org.apache.spark.sql.functions.col;

import com.mediaframing.base.Checksums;
import com.mediaframing.config.JobConfig;
import com.mediaframing.nlp.NlpModels;
import com.mediaframing.nlp.SentenceEncoderSource;
import com.mediaframing.output.FramingDatabase;
import com.mediaframing.output.OutputLock;
import com.mediaframing.output.Publication;
import com.mediaframing.output.StagedTables;
import com.mediaframing.output.Table;
import com.mediaframing.output.Tables;
import com.mediaframing.sentiment.ArticleStance;
import com.mediaframing.sentiment.SentimentScorers;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The framing job: reads and validates the input ({@link ReadStage}), plans what to analyze ({@link
 * IncrementalPlan}), analyzes it ({@link AnalysisStage}), writes the article-level tables of the
 * run date and of the dates that lose articles to it ({@link ArticleTables}), then the aggregates
 * ({@link AggregateTables}), the rejects, the stories and report ({@link StoryTables}) and the run
 * manifest, and publishes them all at once ({@link Publication}). The analyzed articles are
 * computed once and cached; every table derives from them. Each stage's time goes into the {@link
 * RunSummary}.
 */
public final class FramingJob {
  private static final Logger LOG = LoggerFactory.getLogger(FramingJob.class);

  private final SparkSession spark;
  private final JobConfig config;
  private final StageClock clock = new StageClock(LOG);
  private final PrintStream progressOut;
  private final ProgressReporter.Format progressFormat;

  /** The session's values of the small-run settings this run replaced, put back when it ends. */
  private Map<String, String> smallRunBefore = Map.of();

  public FramingJob(SparkSession spark, JobConfig config) {
    this(spark, config, System.err, ProgressReporter.formatFromEnvironment());
  }

  /** A job that reports progress of its long stages to {@code progressOut} in {@code format}. */
  public FramingJob(
      SparkSession spark,
      JobConfig config,
      PrintStream progressOut,
      ProgressReporter.Format progressFormat) {
    this.spark = spark;
    this.config = config;
    this.progressOut = progressOut;
    this.progressFormat = progressFormat;
  }

  public RunSummary run() {
    String runId = UUID.randomUUID().toString();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    try (OutputLock lock = OutputLock.acquire(config.output(), runId, hadoop)) {
      for (String line : Publication.recover(config.output(), hadoop)) {
        LOG.warn("output {}: {}", config.output(), line);
      }
      Publication publication = Publication.begin(config.output(), runId, hadoop);
      try {
        return run(runId, publication);
      } catch (RuntimeException | Error e) {
        publication.abandon();
        throw e;
      } finally {
        SmallRunSettings.restore(spark, smallRunBefore);
        smallRunBefore = Map.of();
      }
    }
  }

  /** Fingerprint of what analyzes an article besides the configuration: models and code. */
  String modelFingerprint() {
    String models =
        SentimentScorers.create(config.sentimentScorer()).id()
            + "|"
            + String.join(",", NlpModels.MODEL_FILES)
            + "|"
            + AppVersion.get();
    return "sha256:" + Checksums.sha256Hex(models.getBytes(StandardCharsets.UTF_8));
  }

  private RunSummary run(String runId, Publication publication) {
    Instant startedAt = Instant.now();
    StagedTables tables =
        new StagedTables(publication, spark.sparkContext().hadoopConfiguration(), 1);
    clock.start();
    Set<Table> legacy = tables.replaceLegacy(Tables.ALL);
    ReadStage.Input input = ReadStage.read(spark, config);
    clock.end("read_validate");

    String modelFingerprint = modelFingerprint();
    IncrementalPlan plan = plan(publication, input, modelFingerprint);
    smallRunBefore = SmallRunSettings.apply(spark, input.nInput(), plan::nStateArticles);
    boolean smallRun = !smallRunBefore.isEmpty();
    tables = TableWrites.forRun(spark, tables, smallRun);
    clock.end("plan");

    Dataset<Row> analyzedNew =
        AnalysisStage.analyze(
            spark,
            config,
            plan,
            input.accepted(),
            modelFingerprint,
            progressOut,
            progressFormat,
            clock);
    Dataset<Row> today = ArticleTables.today(spark, plan, analyzedNew);
    RunManifest.DocumentCounts counts =
        RunManifest.DocumentCounts.of(today.filter(col("rejectReason").isNull()));
    long nTokens = tokens(analyzedNew); // before the story stage releases the analyzed articles

    Map<String, Long> rows = new LinkedHashMap<>();
    Dataset<Row> current = null;
    if (!plan.unchangedOutput) {
      ArticleTables.Written articles = ArticleTables.writeRun(spark, tables, plan, today, stance());
      current = articles.current();
      rows.putAll(articles.rows());
      clock.end("article_tables");
      rows.putAll(
          new AggregateTables(
                  spark,
                  config.output(),
                  TableWrites.sideBySide(spark, tables),
                  legacy,
                  config.countCopies())
              .write(plan.replaced()));
      clock.end("aggregates");
    }
    long nRejected = writeRejects(tables, input, today, plan, counts.processed());
    rows.put(Tables.REJECTS.name(), nRejected);
    clock.end("rejects");

    VectorStore vectors =
        new VectorStore(
            spark,
            config.output(),
            publication,
            config.runDate() + "-" + runId.substring(0, 8),
            SentenceEncoderSource.named(config.stories().encoder()));
    if (plan.unchangedOutput) {
      LOG.info("no article added, changed or removed: the aggregates, stories and report stay");
    } else {
      vectors.compact(VectorStore.MAX_BATCHES);
      rows.putAll(
          new StoryTables(spark, config, tables, clock, vectors)
              .write(current, () -> release(today, analyzedNew, input)));
    }

    RunManifest.Counts manifestCounts =
        new RunManifest.Counts(
            input.nInput(), counts.processed(), nRejected, plan.nKept, plan.nToAnalyze);
    rows.put(
        Tables.RUN_MANIFEST.name(),
        tables.writePartition(
            Tables.RUN_MANIFEST,
            config.runDate(),
            RunManifest.of(spark, config, runId, startedAt, manifestCounts, counts, vectors)));
    clock.end("manifest");

    int entries = publication.publish();
    LOG.info("published {} paths into {}", entries, config.output());
    clock.end("publish");

    writeDatabase();

    release(today, analyzedNew, input);
    plan.unpersist();
    return new RunSummary(
        runId,
        config.runDate(),
        input.nInput(),
        counts.processed(),
        nRejected,
        plan.nKept,
        plan.nToAnalyze,
        nTokens,
        rows.getOrDefault(Tables.MENTIONS.name(), 0L),
        rows,
        clock.millis(),
        clock.cpuMillis());
  }

  /** Plans what this run analyzes, and warns when the driver's heap looks too small for it. */
  private IncrementalPlan plan(
      Publication publication, ReadStage.Input input, String modelFingerprint) {
    IncrementalPlan plan =
        IncrementalPlan.plan(
            spark,
            config.output(),
            publication,
            input,
            config.runDate(),
            config.incremental(),
            config.analysisFingerprint(),
            modelFingerprint);
    LOG.info(plan.describe(config.incremental()));
    StoryFunctions.driverHeapWarning(input.nInput() + plan.nKept, Runtime.getRuntime().maxMemory())
        .ifPresent(LOG::warn);
    return plan;
  }

  /**
   * Stages the rejects of this run date: the records rejected on reading and the articles the
   * analysis rejected; checks that every record read is processed, rejected or unchanged.
   *
   * @return the rejects written
   */
  private long writeRejects(
      StagedTables tables,
      ReadStage.Input input,
      Dataset<Row> today,
      IncrementalPlan plan,
      long nProcessed) {
    long nRejected =
        tables.writePartition(
            Tables.REJECTS, config.runDate(), ArticleTables.rejects(input.marked(), today));
    if (input.nInput() != nProcessed + nRejected + plan.nKept) {
      throw new IllegalStateException(
          "record counts do not reconcile: read "
              + input.nInput()
              + ", processed "
              + nProcessed
              + ", rejected "
              + nRejected
              + ", unchanged "
              + plan.nKept);
    }
    return nRejected;
  }

  /** The word tokens of the articles analyzed now (0 when none were). */
  private static long tokens(Dataset<Row> analyzedNew) {
    if (analyzedNew == null) {
      return 0;
    }
    Row t = analyzedNew.agg(functions.sum("nTokens")).first();
    return t.isNullAt(0) ? 0 : t.getLong(0);
  }

  /**
   * Releases the cached articles of this run and its input: the story stage calls it once done with
   * them, the job again at its end (a second release is a no-op).
   */
  private static void release(Dataset<Row> today, Dataset<Row> analyzedNew, ReadStage.Input input) {
    today.unpersist();
    if (analyzedNew != null) {
      analyzedNew.unpersist();
    }
    input.unpersist();
  }

  /** The article stance rule of the configured scorer. */
  private ArticleStance stance() {
    return SentimentScorers.stance(config.sentimentScorer());
  }

  /** Writes {@code framing.duckdb} beside the tables, or logs why not. */
  private void writeDatabase() {
    Optional<Path> dir = FramingDatabase.localDir(config.output());
    if (dir.isEmpty()) {
      LOG.info(
          "{}: skipped, output {} is not on the local filesystem",
          FramingDatabase.FILE_NAME,
          config.output());
      return;
    }
    Path db =
        FramingDatabase.write(
            dir.get(),
            config.dictionaries().actors().actors(),
            config.dictionaries().topics().labels());
    LOG.info("wrote {}", db);
    clock.end("duckdb");
  }
}
