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
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.functions;

/**
 * The article-level tables (documents, sentences, mentions, doc_topics, doc_actor_sentiment,
 * quotes, cited_sources) of one run date, derived from that date's analyzed articles only, so a
 * partition can be rebuilt from its own articles without touching any other.
 */
final class ArticleTables {
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
   * stance}; with no articles, the published partition is deleted instead. Adds rows written per
   * table to {@code rows}.
   */
  static void writePartition(
      StagedTables tables,
      LocalDate date,
      Dataset<Row> articles,
      ArticleStance stance,
      Map<String, Long> rows) {
    Publication publication = tables.publication();
    if (articles == null || articles.isEmpty()) {
      for (String path : partitionPaths(date)) {
        if (publication.isPublished(path)) {
          publication.delete(path);
        }
      }
      return;
    }
    ArticleState.sized(articles)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(publication.stagingDir() + "/" + ArticleState.partitionPath(date));
    publication.replace(ArticleState.partitionPath(date));
    rows.putAll(write(tables, date, articles.filter(col("rejectReason").isNull()), stance));
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
