package com.mediaframing.spark;

import com.mediaframing.output.QuoteTables;
import com.mediaframing.output.StagedTables;
import com.mediaframing.output.StagedTables.TableWrite;
import com.mediaframing.output.Table;
import com.mediaframing.output.Tables;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The aggregate tables (outlet and bloc actor sentiment, topic share, share of voice and cited
 * sources), recomputed from the article-level tables as they will be once this run is published:
 * the published partitions except the replaced run dates, plus the partitions this run staged.
 */
final class AggregateTables {
  private final SparkSession spark;
  private final String outputDir;
  private final StagedTables tables;
  private final Set<Table> legacy;
  private final boolean countCopies;

  /**
   * @param legacy tables an earlier version wrote without partitions: their published files are not
   *     read
   * @param countCopies count every copy of a text an outlet ran (--count-copies), not only its
   *     first ({@link Aggregates#countedArticles})
   */
  AggregateTables(
      SparkSession spark,
      String outputDir,
      StagedTables tables,
      Set<Table> legacy,
      boolean countCopies) {
    this.countCopies = countCopies;
    this.spark = spark;
    this.outputDir = outputDir;
    this.tables = tables;
    this.legacy = legacy;
  }

  /**
   * Writes and stages the aggregates.
   *
   * @return rows written per table
   */
  Map<String, Long> write(Set<LocalDate> replaced) {
    Dataset<Row> documents = afterPublish(Tables.DOCUMENTS, replaced);
    Dataset<Row> docActor =
        Aggregates.countedArticles(
                afterPublish(Tables.DOC_ACTOR_SENTIMENT, replaced), documents, countCopies)
            .persist(CacheLevel.of(spark));
    Dataset<Row> docTopics =
        Aggregates.countedArticles(
                afterPublish(Tables.DOC_TOPICS, replaced), documents, countCopies)
            .join(documents.select("doc_id", "outlet", "bloc"), "doc_id")
            .persist(CacheLevel.of(spark));
    Dataset<Row> voiceCells =
        VoiceAggregates.voiceCells(
                Aggregates.countedArticles(
                    afterPublish(QuoteTables.QUOTES, replaced), documents, countCopies))
            .persist(CacheLevel.of(spark));
    // each read by both cited-source levels, the bloc's three times
    Dataset<Row> cited =
        Aggregates.countedArticles(
                afterPublish(QuoteTables.CITED_SOURCES, replaced), documents, countCopies)
            .select("doc_id", "outlet", "bloc", "source")
            .persist(CacheLevel.of(spark));
    Dataset<Row> counted =
        Aggregates.countedArticles(documents, documents, countCopies)
            .select("doc_id", "outlet", "bloc")
            .persist(CacheLevel.of(spark));
    Map<String, Long> rows =
        tables.writeAll(
            List.of(
                TableWrite.of(
                    Tables.OUTLET_ACTOR_SENTIMENT, () -> Aggregates.outletActorSentiment(docActor)),
                TableWrite.of(
                    Tables.BLOC_ACTOR_SENTIMENT, () -> Aggregates.blocActorSentiment(docActor)),
                TableWrite.of(
                    Tables.OUTLET_TOPIC_SHARE, () -> Aggregates.topicShare(docTopics, true)),
                TableWrite.of(Tables.BLOC_TOPIC_SHARE, () -> Aggregates.blocTopicShare(docTopics)),
                TableWrite.of(
                    QuoteTables.OUTLET_VOICE,
                    () -> VoiceAggregates.voice(voiceCells, true, QuoteTables.OUTLET_VOICE)),
                TableWrite.of(
                    QuoteTables.BLOC_VOICE,
                    () -> VoiceAggregates.voice(voiceCells, false, QuoteTables.BLOC_VOICE)),
                TableWrite.of(
                    QuoteTables.OUTLET_CITED_SOURCES,
                    () -> VoiceAggregates.citedSourceShares(cited, counted, true)),
                TableWrite.of(
                    QuoteTables.BLOC_CITED_SOURCES,
                    () -> VoiceAggregates.citedSourceShares(cited, counted, false))));
    docActor.unpersist();
    docTopics.unpersist();
    voiceCells.unpersist();
    cited.unpersist();
    counted.unpersist();
    return rows;
  }

  /** Table {@code t} as it will be once this run is published. */
  private Dataset<Row> afterPublish(Table t, Set<LocalDate> replaced) {
    Dataset<Row> result = null;
    if (tables.publication().isPublished(t.parquetPath()) && !legacy.contains(t)) {
      result =
          ArticleState.without(spark.read().parquet(outputDir + "/" + t.parquetPath()), replaced);
    }
    if (tables.isStaged(t)) {
      Dataset<Row> staged = tables.readStaged(spark, t);
      result = result == null ? staged : result.unionByName(staged, true);
    }
    if (result == null) {
      return spark.createDataFrame(List.of(), t.schema());
    }
    return result;
  }
}
