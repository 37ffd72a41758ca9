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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
    LocalDate runDate = config.runDate();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    StagedTables tables = new StagedTables(publication, hadoop, 1);
    Map<String, Long> rows = new LinkedHashMap<>();
    clock.start();
    Set<Table> legacy = tables.replaceLegacy(Tables.ALL);
    ReadStage.Input input = ReadStage.read(spark, config);
    clock.end("read_validate");

    String modelFingerprint = modelFingerprint();
    IncrementalPlan plan =
        IncrementalPlan.plan(
            spark,
            config.output(),
            publication,
            input,
            runDate,
            config.incremental(),
            config.analysisFingerprint(),
            modelFingerprint);
    LOG.info(plan.describe(config.incremental()));
    StoryFunctions.driverHeapWarning(input.nInput() + plan.nKept, Runtime.getRuntime().maxMemory())
        .ifPresent(LOG::warn);
    smallRunBefore = SmallRunSettings.apply(spark, input.nInput(), plan::nStateArticles);
    boolean smallRun = !smallRunBefore.isEmpty();
    tables = tables.withConcurrentWrites(concurrentWrites(spark, smallRun));
    if (smallRun && spark.sparkContext().getConf().getBoolean(DRIVER_WRITES, true)) {
      tables = tables.writtenOnDriver();
    }
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
    Dataset<Row> today = today(plan, analyzedNew);
    Dataset<Row> todayOk = today.filter(col("rejectReason").isNull());
    RunManifest.DocumentCounts counts = RunManifest.DocumentCounts.of(todayOk);
    long nProcessed = counts.processed();
    long nTokens = 0;
    if (analyzedNew != null) {
      Row t = analyzedNew.agg(functions.sum("nTokens")).first();
      nTokens = t.isNullAt(0) ? 0 : t.getLong(0);
    }

    Dataset<Row> current = null;
    if (!plan.unchangedOutput) {
      current = writeArticleTables(tables, plan, today, rows, smallRun);
      clock.end("article_tables");
      // the aggregates are small tables whatever the corpus (outlets by actors, blocs by
      // speakers): written as a small run writes, their small jobs side by side
      new AggregateTables(
              spark,
              config.output(),
              tables.withConcurrentWrites(concurrentWrites(spark, true)),
              legacy,
              config.countCopies())
          .write(plan.replaced(), rows);
      clock.end("aggregates");
    }

    long nRejected =
        tables.writePartition(
            Tables.REJECTS, runDate, ArticleTables.rejects(input.marked(), today));
    rows.put(Tables.REJECTS.name(), nRejected);
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
    clock.end("rejects");

    VectorStore vectors =
        new VectorStore(
            spark,
            config.output(),
            publication,
            runDate + "-" + runId.substring(0, 8),
            SentenceEncoderSource.named(config.stories().encoder()));
    if (!plan.unchangedOutput) {
      vectors.compact(VectorStore.MAX_BATCHES);
      Dataset<Row> todayToRelease = today;
      Runnable releaseInputs =
          () -> {
            // the story stage and its report are done with the articles of this run
            todayToRelease.unpersist();
            if (analyzedNew != null) {
              analyzedNew.unpersist();
            }
            input.unpersist();
          };
      new StoryTables(spark, config, tables, clock, vectors).write(current, rows, releaseInputs);
    } else {
      LOG.info(
          "no article added, changed or removed: the published aggregates, stories and report "
              + "stay as they are");
    }

    Dataset<Row> manifest =
        RunManifest.of(
            spark,
            config,
            runId,
            startedAt,
            hadoop,
            input.nInput(),
            nProcessed,
            nRejected,
            plan.nKept,
            plan.nToAnalyze,
            counts,
            vectors);
    rows.put(
        Tables.RUN_MANIFEST.name(), tables.writePartition(Tables.RUN_MANIFEST, runDate, manifest));
    clock.end("manifest");

    int entries = publication.publish();
    LOG.info("published {} paths into {}", entries, config.output());
    clock.end("publish");

    writeDatabase();

    today.unpersist();
    plan.unpersist();
    input.unpersist();
    return new RunSummary(
        runId,
        runDate,
        input.nInput(),
        nProcessed,
        nRejected,
        plan.nKept,
        plan.nToAnalyze,
        nTokens,
        rows.getOrDefault(Tables.MENTIONS.name(), 0L),
        rows,
        clock.millis(),
        clock.cpuMillis());
  }

  /** This run date's articles: the ones analyzed now and the unchanged ones carried over. */
  private Dataset<Row> today(IncrementalPlan plan, Dataset<Row> analyzedNew) {
    Dataset<Row> today = analyzedNew;
    if (plan.nCarried > 0) {
      Dataset<Row> carried = plan.carried();
      today = analyzedNew == null ? carried : analyzedNew.unionByName(carried, true);
    }
    if (today == null) {
      today = spark.createDataFrame(List.of(), AnalysisStage.ANALYZED.schema());
    }
    if (today != analyzedNew) { // the analysis result is cached already
      today = today.persist(CacheLevel.of(spark));
    }
    return today;
  }

  /**
   * How many tables the job writes at once: the Spark setting {@value #CONCURRENT_WRITES} when
   * given; else, in a small run ({@link SmallRunSettings}), one per core Spark schedules on, at
   * most {@link #MAX_CONCURRENT_WRITES}, and one otherwise. A small table's write is a few small
   * jobs whose planning runs on the driver's writing thread, and beside it another write's tasks
   * use the cores (seeds run 2-3 s faster); a large table's tasks already keep the cores busy
   * (whole AllSides corpus: article tables 127 s with two writes, 119 s with one;
   * docs/benchmarks.md). The aggregate tables are small in any run and are written as a small run
   * writes.
   */
  static int concurrentWrites(SparkSession spark, boolean smallRun) {
    int byDefault =
        smallRun
            ? Math.max(
                1, Math.min(MAX_CONCURRENT_WRITES, spark.sparkContext().defaultParallelism()))
            : 1;
    return Math.max(1, spark.sparkContext().getConf().getInt(CONCURRENT_WRITES, byDefault));
  }

  /**
   * The Spark setting ({@code --conf} or -D; default true) for a small run ({@link
   * SmallRunSettings}) to write each table from its rows collected on the driver: one Spark job per
   * table where a Spark write takes two (seeds run: docs/benchmarks.md). False writes as a large
   * run does.
   */
  static final String DRIVER_WRITES = "spark.framing.driverWrites";

  /** The Spark setting for the number of tables written at once ({@code --conf} or -D). */
  static final String CONCURRENT_WRITES = "spark.framing.concurrentWrites";

  /** The most tables written at once, whatever the cluster: the driver plans each write. */
  static final int MAX_CONCURRENT_WRITES = 4;

  /** The article stance rule of the configured scorer. */
  private ArticleStance stance() {
    return ArticleStance.forScorer(config.sentimentScorer());
  }

  /**
   * Stages the article-level partitions of this run date and of the dates that lose articles to it;
   * returns every current article (all run dates, not rejected), for the story stage.
   */
  private Dataset<Row> writeArticleTables(
      StagedTables tables,
      IncrementalPlan plan,
      Dataset<Row> today,
      Map<String, Long> rows,
      boolean smallRun) {
    List<Dataset<Row>> currentParts = new ArrayList<>();
    long nToday = plan.nToAnalyze + plan.nCarried;
    if (!smallRun && plan.moved.isEmpty() && nToday <= SmallRunSettings.MAX_PARTITION_ARTICLES) {
      // a night over a large output: its own partitions are small, and written as a small run
      // writes them
      LOG.info("run date {}: its {} articles are written as a small run's", plan.runDate, nToday);
      StagedTables small = tables.withConcurrentWrites(concurrentWrites(spark, true));
      StagedTables partitionTables =
          spark.sparkContext().getConf().getBoolean(DRIVER_WRITES, true)
              ? small.writtenOnDriver()
              : small;
      SmallRunSettings.during(
          spark,
          () -> ArticleTables.writePartition(partitionTables, plan.runDate, today, stance(), rows));
    } else {
      ArticleTables.writePartition(tables, plan.runDate, today, stance(), rows);
    }
    currentParts.add(today);
    for (LocalDate d : plan.moved) {
      Dataset<Row> left = plan.remaining(d);
      if (left != null) {
        currentParts.add(left);
      }
      ArticleTables.writePartition(tables, d, left, stance(), new LinkedHashMap<>());
    }
    plan.untouched().ifPresent(currentParts::add);
    Dataset<Row> current = currentParts.get(0);
    for (Dataset<Row> part : currentParts.subList(1, currentParts.size())) {
      current = current.unionByName(part, true);
    }
    return current.filter(col("rejectReason").isNull());
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
