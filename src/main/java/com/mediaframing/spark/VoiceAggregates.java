package com.mediaframing.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import com.mediaframing.metrics.ShareInterval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The quote tables: {@code quotes} and {@code cited_sources} per article (from the analyzed
 * articles' bean rows) and the share-of-voice and cited-source aggregates per outlet and bloc (from
 * the article-level tables only, so they can always be recomputed from them). The voice shares are
 * ratio estimators over articles with a cluster-robust interval ({@link ShareInterval}).
 */
final class VoiceAggregates {
  private VoiceAggregates() {}

  private static final UserDefinedFunction SHARE_LOW =
      functions.udf(
          (UDF6<Long, Long, Long, Long, Long, Long, Double>)
              (m, total, x, xx, xn, nn) ->
                  m == null ? null : ShareInterval.lower(m, total, x, xx, xn, nn),
          DataTypes.DoubleType);
  private static final UserDefinedFunction SHARE_HIGH =
      functions.udf(
          (UDF6<Long, Long, Long, Long, Long, Long, Double>)
              (m, total, x, xx, xn, nn) ->
                  m == null ? null : ShareInterval.upper(m, total, x, xx, xn, nn),
          DataTypes.DoubleType);

  /** The quotes table's rows of {@code articles} (analyzed, not rejected). */
  static Dataset<Row> quotes(Dataset<Row> articles) {
    return articles
        .select(
            col("docId").as("doc_id"), col("outlet"), col("bloc"), explode(col("quotes")).as("q"))
        .select(
            col("doc_id"),
            col("outlet"),
            col("bloc"),
            col("q.quoteIndex").as("quote_index"),
            col("q.kind").as("kind"),
            col("q.content").as("content"),
            col("q.contentStart").as("content_start"),
            col("q.contentEnd").as("content_end"),
            col("q.cue").as("cue"),
            col("q.speaker").as("speaker"),
            col("q.speakerStart").as("speaker_start"),
            col("q.speakerEnd").as("speaker_end"),
            col("q.resolvedSpeaker").as("resolved_speaker"),
            col("q.speakerActorId").as("speaker_actor_id"),
            col("q.speakerType").as("speaker_type"),
            col("q.speakerKey").as("speaker_key"),
            col("q.nWords").as("n_words"));
  }

  /** The cited_sources table's rows of {@code articles}. */
  static Dataset<Row> citedSources(Dataset<Row> articles) {
    return articles
        .select(
            col("docId").as("doc_id"),
            col("outlet"),
            col("bloc"),
            explode(col("citedSources")).as("c"))
        .select(
            col("doc_id"),
            col("outlet"),
            col("bloc"),
            col("c.source").as("source"),
            col("c.name").as("name"),
            col("c.nameStart").as("name_start"),
            col("c.nameEnd").as("name_end"),
            col("c.cue").as("cue"),
            col("c.quoteIndex").as("quote_index"));
  }

  /**
   * Share of voice per outlet (or bloc, when {@code outletLevel} is false): a row per speaker key
   * (level {@code speaker}) and per speaker type (level {@code speaker_type}).
   */
  static Dataset<Row> voice(Dataset<Row> quotes, boolean outletLevel) {
    List<String> group = outletLevel ? List.of("outlet", "bloc") : List.of("bloc");
    Dataset<Row> q = quotes.withColumn("is_direct", when(col("kind").equalTo("direct"), 1L));
    Dataset<Row> perDoc =
        q.groupBy(cols(group, "doc_id"))
            .agg(count(lit(1)).as("n_doc"), functions.sum("n_words").cast("long").as("w_doc"));
    Dataset<Row> totals =
        perDoc
            .groupBy(cols(group))
            .agg(
                count(lit(1)).as("n_docs_quoting"),
                functions.sum("n_doc").as("n_quotes_total"),
                functions.sum(col("n_doc").multiply(col("n_doc"))).as("snn"),
                functions.sum("w_doc").as("n_words_total"));
    Dataset<Row> speakers =
        rows(q, perDoc, totals, group, col("speaker_key"), "speaker")
            .join(names(q, group), seq(concat(group, "speaker_key")));
    Dataset<Row> types =
        rows(q, perDoc, totals, group, col("speaker_type"), "speaker_type")
            .withColumn("speaker_name", lit(null).cast("string"))
            .withColumn("speaker_actor_id", lit(null).cast("string"))
            .withColumn("speaker_type", col("speaker_key"));
    return speakers.unionByName(types);
  }

  /** Per group and key: counts, share and interval (key column named speaker_key). */
  private static Dataset<Row> rows(
      Dataset<Row> q,
      Dataset<Row> perDoc,
      Dataset<Row> totals,
      List<String> group,
      Column key,
      String level) {
    Dataset<Row> perKeyDoc =
        q.withColumn("speaker_key", key)
            .groupBy(cols(group, "doc_id", "speaker_key"))
            .agg(
                count(lit(1)).as("x"),
                functions.sum("is_direct").as("x_direct"),
                functions.sum("n_words").cast("long").as("x_words"))
            .join(perDoc, seq(concat(group, "doc_id")));
    return perKeyDoc
        .groupBy(cols(group, "speaker_key"))
        .agg(
            count(lit(1)).as("n_docs"),
            functions.sum("x").as("n_quotes"),
            coalesce(functions.sum("x_direct"), lit(0L)).as("n_direct"),
            functions.sum("x_words").as("n_words"),
            functions.sum(col("x").multiply(col("x"))).as("sxx"),
            functions.sum(col("x").multiply(col("n_doc"))).as("sxn"))
        .join(totals, seq(group))
        .withColumn("level", lit(level))
        .withColumn("share", col("n_quotes").divide(col("n_quotes_total")))
        .withColumn(
            "ci_low",
            SHARE_LOW.apply(
                col("n_docs_quoting"),
                col("n_quotes_total"),
                col("n_quotes"),
                col("sxx"),
                col("sxn"),
                col("snn")))
        .withColumn(
            "ci_high",
            SHARE_HIGH.apply(
                col("n_docs_quoting"),
                col("n_quotes_total"),
                col("n_quotes"),
                col("sxx"),
                col("sxn"),
                col("snn")))
        .withColumn(
            "share_words",
            when(col("n_words_total").gt(0), col("n_words").divide(col("n_words_total"))))
        .drop("sxx", "sxn", "snn", "n_words_total");
  }

  /**
   * Per group and speaker key: a display name (the resolved name, else the naming, first in
   * (doc_id, quote_index) order), the actor and the most frequent speaker type.
   */
  private static Dataset<Row> names(Dataset<Row> q, List<String> group) {
    Column order = functions.struct(col("doc_id"), col("quote_index"));
    Dataset<Row> named =
        q.groupBy(cols(group, "speaker_key"))
            .agg(
                functions
                    .min_by(coalesce(col("resolved_speaker"), col("speaker")), order)
                    .as("speaker_name"),
                functions.max("speaker_actor_id").as("speaker_actor_id"));
    Dataset<Row> typeCounts =
        q.groupBy(cols(group, "speaker_key", "speaker_type")).agg(count(lit(1)).as("n"));
    Dataset<Row> type =
        typeCounts
            .groupBy(cols(group, "speaker_key"))
            .agg(
                functions
                    .max_by(col("speaker_type"), functions.struct(col("n"), col("speaker_type")))
                    .as("speaker_type"));
    return named.join(type, seq(concat(group, "speaker_key")));
  }

  /**
   * Cited sources per outlet (or bloc): {@code cited} is the cited_sources table, {@code documents}
   * the documents table (the denominators).
   */
  static Dataset<Row> citedSourceShares(
      Dataset<Row> cited, Dataset<Row> documents, boolean outletLevel) {
    List<String> group = outletLevel ? List.of("outlet", "bloc") : List.of("bloc");
    String docs = outletLevel ? "n_docs_outlet" : "n_docs_bloc";
    Dataset<Row> denominators = documents.groupBy(cols(group)).agg(count(lit(1)).as(docs));
    List<Column> aggs = new ArrayList<>();
    if (!outletLevel) {
      aggs.add(countDistinct("outlet").as("n_outlets"));
    }
    aggs.add(countDistinct("doc_id").as("n_docs"));
    aggs.add(count(lit(1)).as("n_citations"));
    Dataset<Row> counts =
        cited
            .groupBy(cols(group, "source"))
            .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new));
    return counts
        .join(denominators, seq(group))
        .withColumn("share_docs", col("n_docs").divide(col(docs)));
  }

  private static Column[] cols(List<String> names, String... more) {
    return concat(names, more).stream().map(functions::col).toArray(Column[]::new);
  }

  private static List<String> concat(List<String> names, String... more) {
    List<String> out = new ArrayList<>(names);
    out.addAll(Arrays.asList(more));
    return out;
  }

  private static scala.collection.immutable.Seq<String> seq(List<String> names) {
    return CollectionConverters.asScala(names).toSeq();
  }
}
