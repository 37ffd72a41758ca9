package com.mediaframing.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import com.mediaframing.analysis.QuoteRows;
import com.mediaframing.metrics.SpeakerShares;
import com.mediaframing.output.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The quote tables: {@code quotes} and {@code cited_sources} per article (from the analyzed
 * articles' bean rows) and the share-of-voice and cited-source aggregates per outlet and bloc (from
 * the article-level tables only, so they can always be recomputed from them). The voice shares are
 * ratio estimators over articles with a cluster-robust interval (clustered by article within an
 * outlet, by outlet within a bloc), computed per outlet or bloc in plain Java ({@link
 * SpeakerShares}).
 */
final class VoiceAggregates {
  private VoiceAggregates() {}

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
   * The quotes grouped by article and speaker key: the cells {@link SpeakerShares} counts, with
   * outlet and bloc. Computed once for both levels of {@link #voice}.
   */
  static Dataset<Row> voiceCells(Dataset<Row> quotes) {
    Column order = functions.struct(col("quote_index"));
    return quotes
        .groupBy("outlet", "bloc", "doc_id", "speaker_key")
        .agg(
            count(lit(1)).as("x"),
            functions.sum(when(col("kind").equalTo("direct"), 1L).otherwise(0L)).as("x_direct"),
            functions.sum("n_words").cast("long").as("x_words"),
            // "(unresolved)" and "(none)" pool many speakers: their name is the key, not the
            // first pronoun or naming seen in the pool
            when(
                    col("speaker_key").isin(QuoteRows.UNRESOLVED, QuoteRows.NO_SPEAKER),
                    col("speaker_key"))
                .otherwise(
                    functions.min_by(coalesce(col("resolved_speaker"), col("speaker")), order))
                .as("name"),
            functions.min("quote_index").as("first_quote"),
            functions.max("speaker_actor_id").as("actor"),
            functions.min_by(col("speaker_type"), order).as("type"));
  }

  /**
   * Share of voice per outlet (or bloc, when {@code outletLevel} is false) from {@link
   * #voiceCells}: a row per speaker key (level {@code speaker}) and per speaker type (level {@code
   * speaker_type}), in the columns of {@code table}. One shuffle: each outlet's (bloc's) cells meet
   * in one task.
   */
  static Dataset<Row> voice(Dataset<Row> cells, boolean outletLevel, Table table) {
    String key = outletLevel ? "outlet" : "bloc";
    return cells
        .groupByKey(new GroupKey(key), Encoders.STRING())
        .flatMapGroups(new GroupShares(outletLevel, table), Encoders.row(table.schema()));
  }

  /** The outlet or bloc of a cell. */
  static final class GroupKey implements MapFunction<Row, String> {
    private static final long serialVersionUID = 1L;
    private final String column;

    GroupKey(String column) {
      this.column = column;
    }

    @Override
    public String call(Row r) {
      return r.getAs(column);
    }
  }

  /** {@link SpeakerShares} over one outlet's (bloc's) cells, as rows of the voice table. */
  static final class GroupShares implements FlatMapGroupsFunction<String, Row, Row> {
    private static final long serialVersionUID = 1L;
    private final boolean outletLevel;
    private final List<String> columns;

    GroupShares(boolean outletLevel, Table table) {
      this.outletLevel = outletLevel;
      this.columns = table.columnNames();
    }

    @Override
    public Iterator<Row> call(String group, Iterator<Row> rows) {
      List<SpeakerShares.Cell> cells = new ArrayList<>();
      String bloc = null;
      while (rows.hasNext()) {
        Row r = rows.next();
        bloc = r.getAs("bloc");
        cells.add(
            new SpeakerShares.Cell(
                r.getAs("doc_id"),
                r.getAs("outlet"),
                r.getAs("speaker_key"),
                r.<Long>getAs("x"),
                r.<Long>getAs("x_direct"),
                r.<Long>getAs("x_words"),
                r.getAs("name"),
                r.<Integer>getAs("first_quote"),
                r.getAs("actor"),
                r.getAs("type")));
      }
      List<Row> out = new ArrayList<>();
      for (SpeakerShares.Share x : SpeakerShares.of(cells, !outletLevel)) {
        Map<String, Object> v = new HashMap<>();
        v.put("outlet", outletLevel ? group : null);
        v.put("bloc", outletLevel ? bloc : group);
        v.put("level", x.level());
        v.put("speaker_key", x.key());
        v.put("speaker_name", x.name());
        v.put("speaker_actor_id", x.actor());
        v.put("speaker_type", x.type());
        v.put("n_docs", x.docs());
        v.put("n_quotes", x.quotes());
        v.put("n_direct", x.direct());
        v.put("n_words", x.words());
        v.put("share", x.share());
        v.put("ci_low", x.low());
        v.put("ci_high", x.high());
        v.put("share_words", x.shareWords());
        v.put("n_quotes_total", x.total());
        v.put("n_docs_quoting", x.docsQuoting());
        v.put("n_outlets", x.outlets());
        v.put("ci_df", x.df());
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = v.get(columns.get(i));
        }
        out.add(RowFactory.create(values));
      }
      return out.iterator();
    }
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
    Dataset<Row> shares =
        counts
            .join(denominators, seq(group))
            .withColumn("share_docs", col("n_docs").divide(col(docs)));
    if (outletLevel) {
      return shares;
    }
    // the interval takes the outlet as the unit: each of the bloc's outlets enters with its
    // articles and those citing the source (0 when none do)
    Dataset<Row> outletDocs = documents.groupBy("bloc", "outlet").agg(count(lit(1)).as("w"));
    Dataset<Row> citing =
        cited.groupBy("bloc", "source", "outlet").agg(countDistinct("doc_id").as("s"));
    Dataset<Row> intervals =
        ClusteredInterval.shares(
            cited.select("bloc", "source").distinct(),
            outletDocs,
            citing,
            "source",
            "n_outlets_bloc");
    return shares.join(intervals, seq(List.of("bloc", "source")));
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
