package com.mediaframing.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import com.mediaframing.ingest.RawArticle;
import com.mediaframing.output.Publication;
import com.mediaframing.output.QuoteTables;
import com.mediaframing.output.StagedTables;
import com.mediaframing.output.StagedTables.TableWrite;
import com.mediaframing.output.Table;
import com.mediaframing.output.Tables;
import com.mediaframing.sentiment.ArticleStance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article-level tables (documents, sentences, mentions, doc_topics, doc_actor_sentiment,
 * quotes, cited_sources) of one run date, derived from that date's analyzed articles only, so a
 * partition can be rebuilt from its own articles without touching any other.
 */
final class ArticleTables {
  // The job's log: the stages' messages read as one run.
  private static final Logger LOG = LoggerFactory.getLogger(FramingJob.class);

  /** The tables this class writes, in write order. */
  static final List<Table> TABLES =
      List.of(
          Tables.DOCUMENTS,
          Tables.SENTENCES,
          Tables.MENTIONS,
          Tables.DOC_TOPICS,
          Tables.DOC_ACTOR_SENTIMENT,
          QuoteTables.QUOTES,
          QuoteTables.CITED_SOURCES);

  private ArticleTables() {}

  /**
   * Writes and stages the partition {@code runDate} of every table of {@link #TABLES} from {@code
   * articles}, the analyzed articles (not rejected) of that date.
   *
   * @return rows written per table
   */
  private static Map<String, Long> write(
      StagedTables writer, LocalDate runDate, Dataset<Row> articles, ArticleStance stance) {
    Dataset<Row> mentions = mentions(articles).persist(CacheLevel.of(articles.sparkSession()));
    try {
      return writer.writeAll(
          List.of(
              TableWrite.partition(Tables.DOCUMENTS, runDate, () -> documents(articles)),
              TableWrite.partition(Tables.SENTENCES, runDate, () -> sentences(articles)),
              TableWrite.partition(Tables.MENTIONS, runDate, () -> mentions),
              TableWrite.partition(Tables.DOC_TOPICS, runDate, () -> docTopics(articles)),
              TableWrite.partition(
                  Tables.DOC_ACTOR_SENTIMENT,
                  runDate,
                  () -> Aggregates.docActorSentiment(mentions, stance)),
              TableWrite.partition(
                  QuoteTables.QUOTES, runDate, () -> VoiceAggregates.quotes(articles)),
              TableWrite.partition(
                  QuoteTables.CITED_SOURCES,
                  runDate,
                  () -> VoiceAggregates.citedSources(articles))));
    } finally {
      mentions.unpersist();
    }
  }

  /**
   * Stages run date {@code date}'s partition of the state and of the article-level tables from
   * {@code articles} (its analyzed articles, rejected ones included), the article stance by {@code
   * stance}; with no articles, the published partition is deleted instead.
   *
   * @return rows written per table
   */
  static Map<String, Long> writePartition(
      StagedTables tables, LocalDate date, Dataset<Row> articles, ArticleStance stance) {
    Publication publication = tables.publication();
    if (articles == null || articles.isEmpty()) {
      for (String path : partitionPaths(date)) {
        if (publication.isPublished(path)) {
          publication.delete(path);
        }
      }
      return Map.of();
    }
    ArticleState.sized(articles)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(publication.stagingDir() + "/" + ArticleState.partitionPath(date));
    publication.replace(ArticleState.partitionPath(date));
    return write(tables, date, articles.filter(col("rejectReason").isNull()), stance);
  }

  /**
   * This run date's articles: the ones analyzed now ({@code analyzedNew}, cached, null when none
   * were) and the unchanged ones carried over; cached.
   */
  static Dataset<Row> today(SparkSession spark, IncrementalPlan plan, Dataset<Row> analyzedNew) {
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
   * What {@link #writeRun} staged: every current article (all run dates, not rejected: the story
   * stage's input) and the rows written per table.
   */
  record Written(Dataset<Row> current, Map<String, Long> rows) {}

  /**
   * Stages the article-level partitions of this run date ({@code today}'s articles) and of the
   * dates that lose articles to it. When no other date changes and this one holds few articles
   * ({@link SmallRunSettings#smallPartition}: a night over a large output, or a small run), its
   * partitions are written as a small run writes them ({@link SmallRunSettings#during}, {@link
   * TableWrites#small}).
   */
  static Written writeRun(
      SparkSession spark,
      StagedTables tables,
      IncrementalPlan plan,
      Dataset<Row> today,
      ArticleStance stance) {
    Map<String, Long> rows = new LinkedHashMap<>();
    long nToday = plan.nToAnalyze + plan.nCarried;
    if (plan.moved.isEmpty() && SmallRunSettings.smallPartition(spark, nToday)) {
      LOG.info("run date {}: its {} articles are written as a small run's", plan.runDate, nToday);
      StagedTables small = TableWrites.small(spark, tables);
      SmallRunSettings.during(
          spark, () -> rows.putAll(writePartition(small, plan.runDate, today, stance)));
    } else {
      rows.putAll(writePartition(tables, plan.runDate, today, stance));
    }
    List<Dataset<Row>> currentParts = new ArrayList<>();
    currentParts.add(today);
    for (LocalDate d : plan.moved) {
      Dataset<Row> left = plan.remaining(d);
      if (left != null) {
        currentParts.add(left);
      }
      writePartition(tables, d, left, stance);
    }
    plan.untouched().ifPresent(currentParts::add);
    Dataset<Row> current = currentParts.get(0);
    for (Dataset<Row> part : currentParts.subList(1, currentParts.size())) {
      current = current.unionByName(part, true);
    }
    return new Written(current.filter(col("rejectReason").isNull()), rows);
  }

  /** Every path of run date {@code date}'s partition of the state and article-level tables. */
  private static List<String> partitionPaths(LocalDate date) {
    List<String> paths = new ArrayList<>();
    paths.add(ArticleState.partitionPath(date));
    for (Table t : TABLES) {
      paths.add(t.parquetPath(date));
      paths.add(t.csvPath(date));
    }
    return paths;
  }

  /**
   * The rejects table's rows: records rejected on reading ({@code marked}) and articles the
   * analysis rejected ({@code analyzed}).
   */
  static Dataset<Row> rejects(Dataset<RawArticle> marked, Dataset<Row> analyzed) {
    return marked
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
  }

  static Dataset<Row> documents(Dataset<Row> articles) {
    return articles.select(
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
        col("publishedRaw").as("published_raw"),
        col("duplicateOf").as("duplicate_of"),
        col("copyInOutlet").as("copy_in_outlet"));
  }

  static Dataset<Row> sentences(Dataset<Row> articles) {
    return articles
        .select(col("docId").as("doc_id"), explode(col("sentences")).as("s"))
        .select(
            col("doc_id"),
            col("s.index").as("sentence_index"),
            col("s.start").as("start"),
            col("s.end").as("end"),
            col("s.text").as("text"));
  }

  static Dataset<Row> mentions(Dataset<Row> articles) {
    return articles
        .select(
            col("docId").as("doc_id"), col("outlet"), col("bloc"), explode(col("mentions")).as("m"))
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
            col("m.label").as("label"),
            col("m.inQuote").as("in_quote"),
            col("m.quoteSpeaker").as("quote_speaker"));
  }

  static Dataset<Row> docTopics(Dataset<Row> articles) {
    return articles
        .select(col("docId").as("doc_id"), explode(col("topics")).as("t"))
        .select(
            col("doc_id"),
            col("t.topicId").as("topic_id"),
            col("t.weight").as("weight"),
            col("t.matches").as("n_matches"));
  }
}
