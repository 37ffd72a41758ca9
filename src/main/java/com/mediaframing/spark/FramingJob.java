package com.mediaframing.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import com.mediaframing.actors.ActorMatcher;
import com.mediaframing.analysis.AnalyzedArticle;
import com.mediaframing.clean.BoilerplateCleaner;
import com.mediaframing.config.JobConfig;
import com.mediaframing.config.OutletDirectory;
import com.mediaframing.ingest.ArticleSource;
import com.mediaframing.ingest.ArticleValidator;
import com.mediaframing.ingest.InputFingerprint;
import com.mediaframing.ingest.RawArticle;
import com.mediaframing.ingest.RejectReason;
import com.mediaframing.nlp.NlpModels;
import com.mediaframing.output.FramingDatabase;
import com.mediaframing.output.OutputLock;
import com.mediaframing.output.ReportWriter;
import com.mediaframing.output.TableWriter;
import com.mediaframing.output.Tables;
import com.mediaframing.sentiment.SentimentScorers;
import com.mediaframing.stories.StoryAnalyzer;
import com.mediaframing.stories.StoryReport;
import com.mediaframing.topics.TopicScorer;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The framing job: reads and validates the input, removes outlet boilerplate, analyzes every
 * article (tagging, actors, sentiment toward actors, topics) and writes the article-level tables,
 * then the aggregates computed from them, then the run manifest. The analyzed articles are computed
 * once and cached; every table derives from them. Each step's time goes into the {@link
 * RunSummary}.
 */
public final class FramingJob {
  private static final Logger LOG = LoggerFactory.getLogger(FramingJob.class);
  private static final Encoder<RawArticle> RAW = Encoders.bean(RawArticle.class);
  private static final Encoder<AnalyzedArticle> ANALYZED = Encoders.bean(AnalyzedArticle.class);

  /** How often progress is reported during the analysis stage. */
  static final long PROGRESS_SECONDS = 15;

  private final SparkSession spark;
  private final JobConfig config;
  private final Map<String, Long> stageMillis = new LinkedHashMap<>();
  private long stageStart;

  private final java.io.PrintStream progressOut;
  private final ProgressReporter.Format progressFormat;

  public FramingJob(SparkSession spark, JobConfig config) {
    this(spark, config, System.err, ProgressReporter.formatFromEnvironment());
  }

  /** A job that reports progress of its long stages to {@code progressOut} in {@code format}. */
  public FramingJob(
      SparkSession spark,
      JobConfig config,
      java.io.PrintStream progressOut,
      ProgressReporter.Format progressFormat) {
    this.spark = spark;
    this.config = config;
    this.progressOut = progressOut;
    this.progressFormat = progressFormat;
  }

  public RunSummary run() {
    String runId = UUID.randomUUID().toString();
    try (OutputLock lock =
        OutputLock.acquire(config.output(), runId, spark.sparkContext().hadoopConfiguration())) {
      return run(runId);
    }
  }

  private RunSummary run(String runId) {
    Instant startedAt = Instant.now();
    TableWriter writer =
        new TableWriter(config.output(), spark.sparkContext().hadoopConfiguration());
    Map<String, Long> rows = new LinkedHashMap<>();
    startStage();

    Dataset<RawArticle> raw = ArticleSource.read(spark, config.input());
    ArticleValidator validator = new ArticleValidator(config.maxTextChars(), config.languages());
    OutletDirectory outlets = config.dictionaries().outlets();
    Dataset<RawArticle> validated =
        raw.map(new ValidateArticles(validator, outlets), RAW)
            .persist(StorageLevel.MEMORY_AND_DISK());
    long nInput = validated.count();
    Dataset<RawArticle> marked = markDuplicates(validated);
    Dataset<RawArticle> accepted = marked.filter(col("reason").isNull());
    warnUnassignedBlocs(accepted);
    endStage("read_validate");

    Map<String, long[]> repeated =
        RepeatedLines.find(accepted, config.repeatedLineMinDocs(), config.repeatedLineMinShare());
    LOG.info(
        "boilerplate: {} repeated lines across {} outlets",
        repeated.values().stream().mapToInt(a -> a.length).sum(),
        repeated.size());
    endStage("boilerplate_lines");

    long nAccepted = accepted.count();
    org.apache.spark.util.LongAccumulator analyzedCount =
        spark.sparkContext().longAccumulator("documents analyzed");
    Broadcast<Map<String, long[]>> repeatedBc =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(repeated);
    AnalyzeArticles analyze =
        new AnalyzeArticles(
            new BoilerplateCleaner(config.dictionaries().boilerplate()),
            new ActorMatcher(config.dictionaries().actors()),
            new TopicScorer(config.dictionaries().topics()),
            config.sentimentScorer(),
            config.languages(),
            repeatedBc,
            analyzedCount);
    Dataset<AnalyzedArticle> analyzed =
        accepted
            .repartition(partitions())
            .mapPartitions(analyze, ANALYZED)
            .persist(StorageLevel.MEMORY_AND_DISK());
    long nAnalyzed;
    try (ProgressReporter progress =
        ProgressReporter.start(
            progressOut,
            progressFormat,
            "analyze",
            nAccepted,
            analyzedCount::value,
            PROGRESS_SECONDS)) {
      nAnalyzed = analyzed.count();
    }
    LOG.info("analyzed {} articles", nAnalyzed);
    endStage("analyze");

    Dataset<AnalyzedArticle> analyzedOk = analyzed.filter(col("rejectReason").isNull());
    Map<String, String> storyIds =
        StoryStage.cluster(
            analyzedOk.select(
                col("docId").as("doc_id"), col("published"), col("storyTerms").as("terms")),
            config.stories());
    Dataset<AnalyzedArticle> withStories =
        StoryStage.withStories(spark, analyzedOk, storyIds).persist(StorageLevel.MEMORY_AND_DISK());
    LOG.info("stories: {} articles linked to another", storyIds.size());
    endStage("story_clusters");
    Dataset<Row> ok = withStories.toDF();

    Dataset<Row> documents =
        ok.select(
            col("docId").as("doc_id"),
            col("outlet"),
            col("bloc"),
            functions.to_date(col("published")).as("published"),
            col("title"),
            col("language"),
            col("url"),
            col("nSentences").as("n_sentences"),
            col("nTokens").as("n_tokens"),
            col("nLinesRemoved").as("n_lines_removed"),
            col("storyId").as("story_id"));
    rows.put(Tables.DOCUMENTS.name(), writer.write(Tables.DOCUMENTS, documents));
    endStage("documents");

    Dataset<Row> mentions =
        ok.select(
                col("docId").as("doc_id"),
                col("outlet"),
                col("bloc"),
                explode(col("mentions")).as("m"))
            .select(
                col("doc_id"),
                col("outlet"),
                col("bloc"),
                col("m.sentenceIndex").as("sentence_index"),
                col("m.actorId").as("actor_id"),
                col("m.surface").as("surface"),
                col("m.start").as("start"),
                col("m.end").as("end"),
                col("m.matchKind").as("match_kind"),
                col("m.sentiment").as("sentiment"),
                col("m.label").as("label"))
            .persist(StorageLevel.MEMORY_AND_DISK());
    rows.put(Tables.MENTIONS.name(), writer.write(Tables.MENTIONS, mentions));
    Dataset<Row> docTopics =
        ok.select(
                col("docId").as("doc_id"),
                col("outlet"),
                col("bloc"),
                explode(col("topics")).as("t"))
            .select(
                col("doc_id"),
                col("outlet"),
                col("bloc"),
                col("t.topicId").as("topic_id"),
                col("t.weight").as("weight"),
                col("t.matches").as("n_matches"));
    rows.put(Tables.DOC_TOPICS.name(), writer.write(Tables.DOC_TOPICS, docTopics));
    endStage("mentions_topics");

    Dataset<Row> docActor =
        Aggregates.docActorSentiment(mentions).persist(StorageLevel.MEMORY_AND_DISK());
    rows.put(Tables.DOC_ACTOR_SENTIMENT.name(), writer.write(Tables.DOC_ACTOR_SENTIMENT, docActor));
    Dataset<Row> outletActor = Aggregates.actorSentiment(docActor, true);
    rows.put(
        Tables.OUTLET_ACTOR_SENTIMENT.name(),
        writer.write(Tables.OUTLET_ACTOR_SENTIMENT, outletActor));
    rows.put(
        Tables.BLOC_ACTOR_SENTIMENT.name(),
        writer.write(Tables.BLOC_ACTOR_SENTIMENT, Aggregates.actorSentiment(docActor, false)));
    Dataset<Row> outletTopics = Aggregates.topicShare(docTopics, true);
    Dataset<Row> blocTopics = Aggregates.topicShare(docTopics, false);
    rows.put(
        Tables.OUTLET_TOPIC_SHARE.name(), writer.write(Tables.OUTLET_TOPIC_SHARE, outletTopics));
    rows.put(Tables.BLOC_TOPIC_SHARE.name(), writer.write(Tables.BLOC_TOPIC_SHARE, blocTopics));
    endStage("aggregates");

    Dataset<Row> rejects =
        marked
            .filter(col("reason").isNotNull())
            .select(
                col("source"),
                col("record"),
                col("id").as("doc_id"),
                col("reason"),
                col("detail"),
                col("raw"))
            .unionByName(
                analyzed
                    .filter(col("rejectReason").isNotNull())
                    .select(
                        col("source"),
                        col("record"),
                        col("docId").as("doc_id"),
                        col("rejectReason").as("reason"),
                        col("rejectDetail").as("detail"),
                        functions.lit(null).cast("string").as("raw")));
    long nRejected = writer.write(Tables.REJECTS, rejects);
    rows.put(Tables.REJECTS.name(), nRejected);
    long nProcessed = rows.get(Tables.DOCUMENTS.name());
    if (nInput != nProcessed + nRejected) {
      throw new IllegalStateException(
          "record counts do not reconcile: read "
              + nInput
              + ", processed "
              + nProcessed
              + ", rejected "
              + nRejected);
    }
    Row tokens = documents.agg(functions.sum("n_tokens")).first();
    long nTokens = tokens.isNullAt(0) ? 0 : tokens.getLong(0);
    endStage("rejects");

    Map<String, Long> blocDocs = new java.util.TreeMap<>();
    for (Row r : documents.groupBy("bloc").count().collectAsList()) {
      blocDocs.put(r.getString(0), r.getLong(1));
    }
    Map<String, Double> blocShares = new java.util.TreeMap<>();
    blocDocs.forEach((b, n) -> blocShares.put(b, n / (double) Math.max(1, nProcessed)));
    Map<String, String> actorNames = new java.util.HashMap<>();
    config.dictionaries().actors().actors().forEach(a -> actorNames.put(a.actorId(), a.name()));
    Dataset<StoryReport> reports =
        StoryStage.reports(withStories, new StoryAnalyzer(blocShares, actorNames))
            .persist(StorageLevel.MEMORY_AND_DISK());
    for (var t :
        List.of(
            Tables.STORIES,
            Tables.STORY_BLOC_COVERAGE,
            Tables.STORY_FACTS,
            Tables.STORY_DISAGREEMENTS,
            Tables.STORY_NARRATIVES)) {
      rows.put(t.name(), writer.write(t, StoryRows.of(reports, t)));
    }
    endStage("stories");

    int pages =
        new ReportWriter(config.output(), spark.sparkContext().hadoopConfiguration())
            .write(
                ReportStage.collect(
                    config.input(),
                    nProcessed,
                    reports,
                    outletActor,
                    outletTopics,
                    blocTopics,
                    config.stories().reportStories(),
                    actorNames));
    LOG.info("report: {} pages in {}/report", pages, config.output());
    endStage("report");

    Row manifest =
        RowFactory.create(
            runId,
            Timestamp.from(startedAt),
            Timestamp.from(Instant.now()),
            config.input(),
            InputFingerprint.of(config.input(), spark.sparkContext().hadoopConfiguration()),
            nInput,
            nProcessed,
            nRejected,
            AppVersion.get(),
            spark.version(),
            String.join(",", NlpModels.MODEL_FILES),
            SentimentScorers.create(config.sentimentScorer()).id(),
            config.fingerprint());
    rows.put(
        Tables.RUN_MANIFEST.name(),
        writer.write(
            Tables.RUN_MANIFEST,
            spark.createDataFrame(List.of(manifest), Tables.RUN_MANIFEST.schema())));
    endStage("manifest");

    reports.unpersist();
    withStories.unpersist();

    writeDatabase();

    mentions.unpersist();
    docActor.unpersist();
    analyzed.unpersist();
    validated.unpersist();
    return new RunSummary(
        runId,
        nInput,
        nProcessed,
        nRejected,
        nTokens,
        rows.get(Tables.MENTIONS.name()),
        rows,
        stageMillis);
  }

  /** Writes {@code framing.duckdb} beside the tables, or logs why not. */
  private void writeDatabase() {
    Optional<java.nio.file.Path> dir = FramingDatabase.localDir(config.output());
    if (dir.isEmpty()) {
      LOG.info(
          "{}: skipped, output {} is not on the local filesystem",
          FramingDatabase.FILE_NAME,
          config.output());
      return;
    }
    java.nio.file.Path db =
        FramingDatabase.write(
            dir.get(),
            config.dictionaries().actors().actors(),
            config.dictionaries().topics().labels());
    LOG.info("wrote {}", db);
    endStage("duckdb");
  }

  /**
   * Rejects every record whose id an earlier record (by source, then record number) already has.
   */
  private Dataset<RawArticle> markDuplicates(Dataset<RawArticle> validated) {
    List<Row> dups =
        validated
            .filter(col("reason").isNull())
            .groupBy("id")
            .agg(
                functions.count(functions.lit(1)).as("n"),
                functions.min(functions.struct(col("source"), col("record"))).as("first"))
            .filter(col("n").gt(1))
            .select(col("id"), col("first.source"), col("first.record"))
            .collectAsList();
    if (dups.isEmpty()) {
      return validated;
    }
    Map<String, String> first = new java.util.HashMap<>();
    for (Row r : dups) {
      first.put(r.getString(0), r.getString(1) + ":" + r.getLong(2));
    }
    LOG.warn(
        "{} ids occur more than once; later copies go to rejects as duplicate_id", first.size());
    Broadcast<Map<String, String>> bc =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(first);
    return validated.map(new MarkDuplicate(bc), RAW);
  }

  /** Marks later copies of a duplicated id as rejected. */
  static final class MarkDuplicate
      implements org.apache.spark.api.java.function.MapFunction<RawArticle, RawArticle> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<Map<String, String>> first;

    MarkDuplicate(Broadcast<Map<String, String>> first) {
      this.first = first;
    }

    @Override
    public RawArticle call(RawArticle a) {
      String kept = a.getReason() == null ? first.value().get(a.getId()) : null;
      if (kept != null && !kept.equals(a.location())) {
        a.reject(RejectReason.DUPLICATE_ID, "id '" + a.getId() + "' first seen at " + kept);
      }
      return a;
    }
  }

  private void warnUnassignedBlocs(Dataset<RawArticle> accepted) {
    List<Row> unassigned =
        accepted
            .filter(col("bloc").equalTo(OutletDirectory.UNASSIGNED))
            .groupBy("outlet")
            .count()
            .orderBy("outlet")
            .collectAsList();
    for (Row r : unassigned) {
      LOG.warn(
          "outlet '{}' ({} articles) has no bloc in the outlets file or the input; its bloc is '{}'",
          r.getString(0),
          r.getLong(1),
          OutletDirectory.UNASSIGNED);
    }
  }

  private int partitions() {
    if (config.partitions() > 0) {
      return config.partitions();
    }
    // many small tasks: even load across cores, and progress that advances often
    return Math.max(8, 16 * spark.sparkContext().defaultParallelism());
  }

  private void startStage() {
    stageStart = System.nanoTime();
  }

  private void endStage(String name) {
    long now = System.nanoTime();
    stageMillis.put(name, (now - stageStart) / 1_000_000);
    LOG.info("stage {} done in {} ms", name, (now - stageStart) / 1_000_000);
    stageStart = now;
  }
}
