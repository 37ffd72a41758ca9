package com.mediaframing.spark;

import static org.apache.spark.sql.functions.col;

import com.mediaframing.analysis.AnalyzedArticle;
import com.mediaframing.config.JobConfig;
import com.mediaframing.output.QuoteTables;
import com.mediaframing.output.ReportWriter;
import com.mediaframing.output.StagedTables;
import com.mediaframing.output.StagedTables.TableWrite;
import com.mediaframing.output.StoryTableSchemas;
import com.mediaframing.output.Table;
import com.mediaframing.output.Tables;
import com.mediaframing.stories.StoryAnalyzer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The story stages: clusters every current article into stories ({@link StoryFunctions}), writes
 * the story tables and the HTML report (which also reads the staged outlet and bloc aggregates).
 * Every lead and claim sentence goes through the run's {@link VectorStore}: only texts it has never
 * seen are encoded.
 */
final class StoryTables {
  // The job's log: the stages' messages read as one run.
  private static final Logger LOG = LoggerFactory.getLogger(FramingJob.class);

  private final SparkSession spark;
  private final JobConfig config;
  private final StagedTables tables;
  private final StageClock clock;
  private final VectorStore vectors;

  StoryTables(
      SparkSession spark,
      JobConfig config,
      StagedTables tables,
      StageClock clock,
      VectorStore vectors) {
    this.spark = spark;
    this.config = config;
    this.tables = tables;
    this.clock = clock;
    this.vectors = vectors;
  }

  /**
   * Story tables and the report over {@code current}, every article as of this run; {@code
   * releaseInputs} runs at the end (the report reads the full articles of its page stories from
   * {@code current}).
   *
   * @return rows written per table
   */
  Map<String, Long> write(Dataset<Row> current, Runnable releaseInputs) {
    Map<String, Long> rows = new LinkedHashMap<>();
    Dataset<AnalyzedArticle> all =
        current
            .drop("storyId")
            .withColumn("storyId", functions.lit(null).cast("string"))
            .as(AnalysisStage.ANALYZED);
    // the stage's own copy holds only the columns the stories read: not the sentences or quotes,
    // which the report reads for its few page stories from the inputs (released at the end)
    Dataset<AnalyzedArticle> articles = StoryFunctions.only(all, StoryFunctions.STAGE_COLUMNS);
    // the linkage reads its four columns several times: a cache of those alone (the claims and
    // mentions are read once, into withStories below)
    Dataset<Row> linkDocs =
        articles
            .select(
                col("docId").as("doc_id"),
                col("published"),
                col("storyTerms").as("terms"),
                col("storyLead").as("lead"))
            .persist(CacheLevel.of(spark));
    long nDocs = linkDocs.count();
    org.apache.spark.util.LongAccumulator encoderNanos =
        spark.sparkContext().longAccumulator("story lead encoder nanoseconds");
    Map<String, String> storyIds =
        StoryFunctions.cluster(linkDocs, config.stories(), vectors, encoderNanos);
    LOG.info(
        "stories: lead encoder {} s (executor time, all tasks)",
        String.format(java.util.Locale.ROOT, "%.1f", encoderNanos.value() / 1e9));
    Dataset<AnalyzedArticle> withStories =
        StoryFunctions.withStories(spark, articles, storyIds).persist(CacheLevel.of(spark));
    LOG.info("stories: {} articles linked to another", storyIds.size());
    rows.put(
        StoryTableSchemas.STORY_DOCUMENTS.name(),
        tables.write(
            StoryTableSchemas.STORY_DOCUMENTS,
            withStories.select(col("storyId").as("story_id"), col("docId").as("doc_id"))));
    linkDocs.unpersist();
    clock.end("story_clusters");

    Map<String, Long> blocDocs = new TreeMap<>();
    for (Row r : withStories.groupBy("bloc").count().collectAsList()) {
      blocDocs.put(r.getString(0), r.getLong(1));
    }
    Map<String, Double> blocShares = new TreeMap<>();
    blocDocs.forEach((b, n) -> blocShares.put(b, n / (double) Math.max(1, nDocs)));
    Map<String, String> actorNames = new HashMap<>();
    config.dictionaries().actors().actors().forEach(a -> actorNames.put(a.actorId(), a.name()));
    org.apache.spark.util.LongAccumulator claimNanos =
        spark.sparkContext().longAccumulator("claim encoder nanoseconds");
    ReportStage.Pages pageStories =
        ReportStage.pageStories(withStories, config.stories().reportStories());
    Dataset<Row> reports =
        StoryFunctions.reports(
                withStories,
                new StoryAnalyzer(
                    blocShares, actorNames, null, StoryFunctions.claimLemmaCounts(withStories)),
                vectors,
                claimNanos,
                pageStories.ids())
            .persist(CacheLevel.of(spark));
    rows.putAll(
        tables.writeAll(
            StoryTableSchemas.REPORT_TABLES.stream()
                .map(t -> TableWrite.of(t, () -> StoryRows.of(reports, t)))
                .toList()));
    LOG.info(
        "stories: claim encoder {} s (executor time, all tasks)",
        String.format(java.util.Locale.ROOT, "%.1f", claimNanos.value() / 1e9));
    vectors.release();
    clock.end("stories");

    String staging = tables.publication().stagingDir();
    int pages =
        new ReportWriter(staging, spark.sparkContext().hadoopConfiguration())
            .write(
                ReportStage.collect(
                    config.input(),
                    nDocs,
                    reports,
                    staged(Tables.OUTLET_ACTOR_SENTIMENT),
                    staged(Tables.OUTLET_TOPIC_SHARE),
                    staged(Tables.BLOC_TOPIC_SHARE),
                    pageStories,
                    actorNames,
                    ids -> pageArticles(all, ids, storyIds),
                    config.dictionaries().topics().labels(),
                    staged(QuoteTables.BLOC_VOICE)));
    tables.publication().replace(ReportWriter.FOLDER);
    LOG.info("report: {} pages in {}/{}", pages, config.output(), ReportWriter.FOLDER);
    clock.end("report");
    reports.unpersist();
    withStories.unpersist();
    releaseInputs.run();
    return rows;
  }

  /**
   * The articles of stories {@code ids} with their story ids and the columns the report reads
   * ({@link ReportStage#READS}): the scan of the whole history for these few articles reads no
   * other nullable column (mentions, claims, facts, topics ...).
   */
  private Dataset<AnalyzedArticle> pageArticles(
      Dataset<AnalyzedArticle> all, List<String> ids, Map<String, String> storyIds) {
    Set<String> stories = new HashSet<>(ids);
    List<String> docs = new ArrayList<>();
    storyIds.forEach(
        (doc, story) -> {
          if (stories.contains(story)) {
            docs.add(doc);
          }
        });
    return StoryFunctions.withStories(
        spark,
        StoryFunctions.only(all, ReportStage.READS).filter(col("docId").isin(docs.toArray())),
        storyIds);
  }

  private Dataset<Row> staged(Table t) {
    return tables.readStaged(spark, t);
  }
}
