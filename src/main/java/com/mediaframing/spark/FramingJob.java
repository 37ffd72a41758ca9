package com.mediaframing.spark;

import static org.apache.spark.sql.functions.col;

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
import com.mediaframing.output.Publication;
import com.mediaframing.output.ReportWriter;
import com.mediaframing.output.Table;
import com.mediaframing.output.TableWriter;
import com.mediaframing.output.Tables;
import com.mediaframing.sentiment.SentimentScorers;
import com.mediaframing.stories.StoryAnalyzer;
import com.mediaframing.stories.StoryReport;
import com.mediaframing.topics.TopicScorer;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
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
  private Set<Table> legacy = Set.of();
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
      }
    }
  }

  /** Fingerprint of what analyzes an article besides the configuration: models and code. */
  String modelFingerprint() {
    return sha256(
        SentimentScorers.create(config.sentimentScorer()).id()
            + "|"
            + String.join(",", NlpModels.MODEL_FILES)
            + "|"
            + AppVersion.get());
  }

  private RunSummary run(String runId, Publication publication) {
    Instant startedAt = Instant.now();
    LocalDate runDate = config.runDate();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    TableWriter writer = new TableWriter(publication.stagingDir(), hadoop);
    Map<String, Long> rows = new LinkedHashMap<>();
    startStage();
    legacy = legacyTables(publication);
    for (Table t : legacy) {
      LOG.warn(
          "{}: written by an earlier version without run-date partitions; replaced as a whole",
          t.name());
      publication.delete(t.parquetPath());
      publication.delete("csv/" + t.name() + ".csv");
    }

    Dataset<RawArticle> raw = ArticleSource.read(spark, config.input());
    ArticleValidator validator = config.validator();
    OutletDirectory outlets = config.dictionaries().outlets();
    Dataset<RawArticle> validated =
        raw.map(new ValidateArticles(validator, outlets), RAW)
            .persist(StorageLevel.MEMORY_AND_DISK());
    long nInput = validated.count();
    Dataset<RawArticle> marked = markDuplicates(validated);
    Dataset<RawArticle> accepted = marked.filter(col("reason").isNull());
    Map<String, com.mediaframing.clean.TextCopies.Copy> copies = SyndicatedCopies.find(accepted);
    LOG.info(
        "copies: {} articles are copies of an earlier one",
        copies.values().stream().filter(c -> c.duplicateOf() != null).count());
    accepted = SyndicatedCopies.mark(spark, accepted, copies);
    warnUnassignedBlocs(accepted);
    endStage("read_validate");

    // What to analyze: everything, or (--incremental) what the state table does not hold as is.
    Optional<Dataset<Row>> state = ArticleState.read(spark, config.output());
    boolean rebuild = state.isEmpty() && publication.isPublished(ArticleState.PATH);
    String modelFingerprint = modelFingerprint();
    Dataset<Row> unchanged = null;
    long nCarried = 0;
    long nKept = 0;
    Dataset<RawArticle> toAnalyze = accepted;
    if (config.incremental() && state.isPresent()) {
      Dataset<Row> st = state.get();
      unchanged =
          accepted
              .select(col("id").as("u_doc"), col("contentFingerprint").as("u_fp"))
              .join(
                  st.select(
                      col("docId"),
                      col("contentFingerprint"),
                      col("configFingerprint"),
                      col("modelFingerprint"),
                      col(Table.RUN_DATE)),
                  col("u_doc")
                      .equalTo(col("docId"))
                      .and(col("u_fp").equalTo(col("contentFingerprint")))
                      .and(col("configFingerprint").equalTo(config.analysisFingerprint()))
                      .and(col("modelFingerprint").equalTo(modelFingerprint)))
              .select(col("u_doc"), col(Table.RUN_DATE).as("u_date"))
              .persist(StorageLevel.MEMORY_AND_DISK());
      java.sql.Date today = java.sql.Date.valueOf(runDate);
      nCarried = unchanged.filter(col("u_date").equalTo(today)).count();
      nKept = unchanged.count() - nCarried;
      toAnalyze = accepted.join(unchanged, col("id").equalTo(col("u_doc")), "left_anti").as(RAW);
    }
    long nToAnalyze = toAnalyze.count();

    // Articles analyzed now that an earlier run date holds: they move to this date.
    Set<LocalDate> moved = new TreeSet<>();
    Dataset<Row> superseded = null;
    if (state.isPresent()) {
      Dataset<Row> touched =
          toAnalyze
              .select(col("id").as("s_doc"))
              .union(
                  marked
                      .filter(
                          col("reason")
                              .isNotNull()
                              .and(col("id").isNotNull())
                              .and(col("reason").notEqual(RejectReason.DUPLICATE_ID.id())))
                      .select(col("id").as("s_doc")));
      superseded =
          state
              .get()
              .filter(col(Table.RUN_DATE).notEqual(java.sql.Date.valueOf(runDate)))
              .select(col("docId").as("s_doc"), col(Table.RUN_DATE))
              .join(touched, "s_doc")
              .persist(StorageLevel.MEMORY_AND_DISK());
      for (Row r : superseded.select(Table.RUN_DATE).distinct().collectAsList()) {
        moved.add(r.getDate(0).toLocalDate());
      }
    } else if (rebuild) {
      moved.addAll(publishedRunDates(publication));
      moved.remove(runDate);
    }
    Dataset<Row> publishedToday =
        state
            .map(st -> st.filter(col(Table.RUN_DATE).equalTo(java.sql.Date.valueOf(runDate))))
            .orElse(null);
    boolean unchangedOutput =
        config.incremental()
            && nToAnalyze == 0
            && moved.isEmpty()
            && !rebuild
            && nCarried == (publishedToday == null ? 0 : publishedToday.count());
    LOG.info(
        "run date {} ({}): {} to analyze, {} unchanged in this date, {} unchanged in earlier dates, "
            + "{} earlier dates lose articles",
        runDate,
        config.incremental() ? "incremental" : "full",
        nToAnalyze,
        nCarried,
        nKept,
        moved.size());
    endStage("plan");

    Dataset<Row> analyzedNew = analyze(toAnalyze, accepted, nToAnalyze, modelFingerprint);
    Dataset<Row> today = analyzedNew;
    if (nCarried > 0) {
      Dataset<Row> carriedIds =
          unchanged.filter(col("u_date").equalTo(java.sql.Date.valueOf(runDate)));
      Dataset<Row> carried =
          publishedToday
              .join(carriedIds, col("docId").equalTo(col("u_doc")), "left_semi")
              .drop(Table.RUN_DATE);
      today = analyzedNew == null ? carried : analyzedNew.unionByName(carried, true);
    }
    if (today == null) {
      today = spark.createDataFrame(List.of(), ANALYZED.schema());
    }
    if (today != analyzedNew) { // the analysis result is cached already
      today = today.persist(StorageLevel.MEMORY_AND_DISK());
    }
    Dataset<Row> todayOk = today.filter(col("rejectReason").isNull());
    long nProcessed = todayOk.count();
    long nTokens = 0;
    if (analyzedNew != null) {
      Row t = analyzedNew.agg(functions.sum("nTokens")).first();
      nTokens = t.isNullAt(0) ? 0 : t.getLong(0);
    }

    Dataset<Row> current = null;
    if (!unchangedOutput) {
      List<Dataset<Row>> currentParts = new ArrayList<>();
      writePartition(writer, publication, runDate, today, rows);
      currentParts.add(today);
      for (LocalDate d : moved) {
        Dataset<Row> left =
            superseded == null
                ? null
                : state
                    .get()
                    .filter(col(Table.RUN_DATE).equalTo(java.sql.Date.valueOf(d)))
                    .drop(Table.RUN_DATE)
                    .join(
                        superseded.filter(col(Table.RUN_DATE).equalTo(java.sql.Date.valueOf(d))),
                        col("docId").equalTo(col("s_doc")),
                        "left_anti");
        if (left != null) {
          left = left.persist(StorageLevel.MEMORY_AND_DISK());
          currentParts.add(left);
        }
        writePartition(writer, publication, d, left, new LinkedHashMap<>());
      }
      Set<LocalDate> replaced = new TreeSet<>(moved);
      replaced.add(runDate);
      if (state.isPresent()) {
        currentParts.add(ArticleState.without(state.get(), replaced).drop(Table.RUN_DATE));
      }
      current = currentParts.get(0);
      for (Dataset<Row> part : currentParts.subList(1, currentParts.size())) {
        current = current.unionByName(part, true);
      }
      current = current.filter(col("rejectReason").isNull());
      endStage("article_tables");

      writeAggregates(writer, publication, replaced, rows);
      endStage("aggregates");
    }

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
                today
                    .filter(col("rejectReason").isNotNull())
                    .select(
                        col("source"),
                        col("record"),
                        col("docId").as("doc_id"),
                        col("rejectReason").as("reason"),
                        col("rejectDetail").as("detail"),
                        functions.lit(null).cast("string").as("raw")));
    long nRejected = writer.writePartition(Tables.REJECTS, runDate, rejects);
    staged(publication, Tables.REJECTS, runDate);
    rows.put(Tables.REJECTS.name(), nRejected);
    if (nInput != nProcessed + nRejected + nKept) {
      throw new IllegalStateException(
          "record counts do not reconcile: read "
              + nInput
              + ", processed "
              + nProcessed
              + ", rejected "
              + nRejected
              + ", unchanged "
              + nKept);
    }
    endStage("rejects");

    if (!unchangedOutput) {
      Dataset<Row> analyzedToRelease = analyzedNew;
      Dataset<Row> todayToRelease = today;
      writeStories(
          writer,
          publication,
          current,
          rows,
          () -> {
            // the story stage's own copy is cached: the analysis caches are no longer needed
            todayToRelease.unpersist();
            if (analyzedToRelease != null) {
              analyzedToRelease.unpersist();
            }
            validated.unpersist();
          });
    } else {
      LOG.info(
          "no article added, changed or removed: the published aggregates, stories and report "
              + "stay as they are");
    }

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
            todayOk.filter(col("published").isNull()).count(),
            todayOk.filter(col("published").isNull().and(col("publishedRaw").isNotNull())).count(),
            todayOk.filter(col("duplicateOf").isNotNull()).count(),
            AppVersion.get(),
            spark.version(),
            String.join(",", NlpModels.MODEL_FILES),
            SentimentScorers.create(config.sentimentScorer()).id(),
            config.fingerprint(),
            null); // run_date: set by the writer
    rows.put(
        Tables.RUN_MANIFEST.name(),
        writer.writePartition(
            Tables.RUN_MANIFEST,
            runDate,
            spark.createDataFrame(List.of(manifest), Tables.RUN_MANIFEST.schema())));
    staged(publication, Tables.RUN_MANIFEST, runDate);
    endStage("manifest");

    int entries = publication.publish();
    LOG.info("published {} paths into {}", entries, config.output());
    endStage("publish");

    writeDatabase();

    today.unpersist();
    if (unchanged != null) {
      unchanged.unpersist();
    }
    if (superseded != null) {
      superseded.unpersist();
    }
    validated.unpersist();
    return new RunSummary(
        runId,
        runDate,
        nInput,
        nProcessed,
        nRejected,
        nKept,
        nToAnalyze,
        nTokens,
        rows.getOrDefault(Tables.MENTIONS.name(), 0L),
        rows,
        stageMillis);
  }

  /**
   * Tags and analyzes {@code toAnalyze} (boilerplate lines are found over all {@code accepted}
   * articles, as a full run would); null when there is nothing to analyze.
   */
  private Dataset<Row> analyze(
      Dataset<RawArticle> toAnalyze,
      Dataset<RawArticle> accepted,
      long nToAnalyze,
      String modelFingerprint) {
    if (nToAnalyze == 0) {
      return null;
    }
    Map<String, long[]> repeated =
        RepeatedLines.find(accepted, config.repeatedLineMinDocs(), config.repeatedLineMinShare());
    LOG.info(
        "boilerplate: {} repeated lines across {} outlets",
        repeated.values().stream().mapToInt(a -> a.length).sum(),
        repeated.size());
    endStage("boilerplate_lines");

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
    Dataset<Row> analyzed =
        toAnalyze
            .repartition(partitions())
            .mapPartitions(analyze, ANALYZED)
            .withColumn("configFingerprint", functions.lit(config.analysisFingerprint()))
            .withColumn("modelFingerprint", functions.lit(modelFingerprint))
            .persist(StorageLevel.MEMORY_AND_DISK());
    long nAnalyzed;
    try (ProgressReporter progress =
        ProgressReporter.start(
            progressOut,
            progressFormat,
            "analyze",
            nToAnalyze,
            analyzedCount::value,
            PROGRESS_SECONDS)) {
      nAnalyzed = analyzed.count();
    }
    LOG.info("analyzed {} articles", nAnalyzed);
    endStage("analyze");
    return analyzed;
  }

  /**
   * Stages run date {@code date}'s partition of the state and of the article-level tables from
   * {@code articles} (its analyzed articles, rejected ones included); with no articles, the
   * published partition is deleted instead.
   */
  private void writePartition(
      TableWriter writer,
      Publication publication,
      LocalDate date,
      Dataset<Row> articles,
      Map<String, Long> rows) {
    if (articles == null || articles.isEmpty()) {
      for (String path : partitionPaths(date)) {
        if (publication.isPublished(path)) {
          publication.delete(path);
        }
      }
      return;
    }
    articles
        .write()
        .mode(org.apache.spark.sql.SaveMode.Overwrite)
        .parquet(publication.stagingDir() + "/" + ArticleState.partitionPath(date));
    publication.replace(ArticleState.partitionPath(date));
    rows.putAll(ArticleTables.write(writer, date, articles.filter(col("rejectReason").isNull())));
    for (Table t : ArticleTables.TABLES) {
      staged(publication, t, date);
    }
  }

  /** Every path of run date {@code date}'s partition of the state and article-level tables. */
  private static List<String> partitionPaths(LocalDate date) {
    List<String> paths = new ArrayList<>();
    paths.add(ArticleState.partitionPath(date));
    for (Table t : ArticleTables.TABLES) {
      paths.add(t.parquetPath(date));
      paths.add(t.csvPath(date));
    }
    return paths;
  }

  /** Run dates with a published partition of the state or of documents. */
  private static Set<LocalDate> publishedRunDates(Publication publication) {
    Set<LocalDate> dates = new TreeSet<>();
    String prefix = Table.RUN_DATE + "=";
    for (String dir : List.of(ArticleState.PATH, Tables.DOCUMENTS.parquetPath())) {
      for (String name : publication.publishedNames(dir)) {
        if (name.startsWith(prefix)) {
          dates.add(LocalDate.parse(name.substring(prefix.length())));
        }
      }
    }
    return dates;
  }

  /**
   * Partitioned tables whose published folder holds files outside run-date partitions, or whose CSV
   * is one flat file: outputs of a version before run dates.
   */
  private static Set<Table> legacyTables(Publication publication) {
    Set<Table> found = new java.util.LinkedHashSet<>();
    for (Table t : Tables.ALL) {
      if (t.partitioned()
          && (publication.isPublished("csv/" + t.name() + ".csv")
              || publication.publishedNames(t.parquetPath()).stream()
                  .anyMatch(n -> n.endsWith(".parquet")))) {
        found.add(t);
      }
    }
    return found;
  }

  /** Marks table {@code t}'s partition {@code date} (Parquet and CSV) for publishing. */
  private static void staged(Publication publication, Table t, LocalDate date) {
    publication.replace(t.parquetPath(date));
    publication.replace(t.csvPath(date));
  }

  /** Marks the unpartitioned table {@code t} (Parquet and CSV) for publishing. */
  private static void staged(Publication publication, Table t) {
    publication.replace(t.parquetPath());
    publication.replace(t.csvPath());
  }

  /**
   * Table {@code t} as it will be once this run is published: the published partitions except the
   * {@code replaced} run dates, and the partitions this run staged.
   */
  private Dataset<Row> afterPublish(Table t, Publication publication, Set<LocalDate> replaced) {
    Dataset<Row> result = null;
    if (publication.isPublished(t.parquetPath()) && !legacy.contains(t)) {
      result =
          ArticleState.without(
              spark.read().parquet(config.output() + "/" + t.parquetPath()), replaced);
    }
    if (publication.isStaged(t.parquetPath())) {
      Dataset<Row> staged = spark.read().parquet(publication.stagingDir() + "/" + t.parquetPath());
      result = result == null ? staged : result.unionByName(staged, true);
    }
    if (result == null) {
      return spark.createDataFrame(List.of(), t.schema());
    }
    return result;
  }

  /** The aggregate tables, recomputed from the article-level tables as published by this run. */
  private void writeAggregates(
      TableWriter writer,
      Publication publication,
      Set<LocalDate> replaced,
      Map<String, Long> rows) {
    Dataset<Row> documents = afterPublish(Tables.DOCUMENTS, publication, replaced);
    Dataset<Row> docActor =
        Aggregates.countedArticles(
                afterPublish(Tables.DOC_ACTOR_SENTIMENT, publication, replaced),
                documents,
                config.countCopies())
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> docTopics =
        Aggregates.countedArticles(
                afterPublish(Tables.DOC_TOPICS, publication, replaced),
                documents,
                config.countCopies())
            .join(documents.select("doc_id", "outlet", "bloc"), "doc_id")
            .persist(StorageLevel.MEMORY_AND_DISK());
    Map<Table, Dataset<Row>> aggregates = new LinkedHashMap<>();
    aggregates.put(Tables.OUTLET_ACTOR_SENTIMENT, Aggregates.actorSentiment(docActor, true));
    aggregates.put(Tables.BLOC_ACTOR_SENTIMENT, Aggregates.actorSentiment(docActor, false));
    aggregates.put(Tables.OUTLET_TOPIC_SHARE, Aggregates.topicShare(docTopics, true));
    aggregates.put(Tables.BLOC_TOPIC_SHARE, Aggregates.topicShare(docTopics, false));
    aggregates.forEach(
        (t, data) -> {
          rows.put(t.name(), writer.write(t, data));
          staged(publication, t);
        });
    docActor.unpersist();
    docTopics.unpersist();
  }

  /** Story tables and the report over {@code current}, every article as of this run. */
  private void writeStories(
      TableWriter writer,
      Publication publication,
      Dataset<Row> current,
      Map<String, Long> rows,
      Runnable releaseInputs) {
    Dataset<AnalyzedArticle> articles =
        current
            .drop("storyId")
            .withColumn("storyId", functions.lit(null).cast("string"))
            .as(ANALYZED)
            .persist(StorageLevel.MEMORY_AND_DISK());
    long nDocs = articles.count();
    releaseInputs.run();
    Map<String, String> storyIds =
        StoryStage.cluster(
            articles.select(
                col("docId").as("doc_id"), col("published"), col("storyTerms").as("terms")),
            config.stories());
    Dataset<AnalyzedArticle> withStories =
        StoryStage.withStories(spark, articles, storyIds).persist(StorageLevel.MEMORY_AND_DISK());
    LOG.info("stories: {} articles linked to another", storyIds.size());
    rows.put(
        Tables.STORY_DOCUMENTS.name(),
        writer.write(
            Tables.STORY_DOCUMENTS,
            withStories.select(col("storyId").as("story_id"), col("docId").as("doc_id"))));
    staged(publication, Tables.STORY_DOCUMENTS);
    articles.unpersist(); // withStories, materialized by the write above, holds the same rows
    endStage("story_clusters");

    Map<String, Long> blocDocs = new java.util.TreeMap<>();
    for (Row r : withStories.groupBy("bloc").count().collectAsList()) {
      blocDocs.put(r.getString(0), r.getLong(1));
    }
    Map<String, Double> blocShares = new java.util.TreeMap<>();
    blocDocs.forEach((b, n) -> blocShares.put(b, n / (double) Math.max(1, nDocs)));
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
      staged(publication, t);
    }
    endStage("stories");

    Dataset<Row> outletActor =
        spark
            .read()
            .parquet(publication.stagingDir() + "/" + Tables.OUTLET_ACTOR_SENTIMENT.parquetPath());
    Dataset<Row> outletTopics =
        spark
            .read()
            .parquet(publication.stagingDir() + "/" + Tables.OUTLET_TOPIC_SHARE.parquetPath());
    Dataset<Row> blocTopics =
        spark
            .read()
            .parquet(publication.stagingDir() + "/" + Tables.BLOC_TOPIC_SHARE.parquetPath());
    int pages =
        new ReportWriter(publication.stagingDir(), spark.sparkContext().hadoopConfiguration())
            .write(
                ReportStage.collect(
                    config.input(),
                    nDocs,
                    reports,
                    outletActor,
                    outletTopics,
                    blocTopics,
                    config.stories().reportStories(),
                    actorNames,
                    withStories,
                    config.dictionaries().topics().labels()));
    publication.replace(ReportWriter.FOLDER);
    LOG.info("report: {} pages in {}/{}", pages, config.output(), ReportWriter.FOLDER);
    endStage("report");
    reports.unpersist();
    withStories.unpersist();
  }

  private static String sha256(String s) {
    return "sha256:"
        + com.mediaframing.config.Checksums.sha256Hex(
            s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
