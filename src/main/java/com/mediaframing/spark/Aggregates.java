package com.mediaframing.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import com.mediaframing.metrics.ClusteredMean;
import com.mediaframing.metrics.MeanInterval;
import com.mediaframing.sentiment.ArticleStance;
import com.mediaframing.sentiment.SentimentLabel;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The aggregate tables, computed from the article-level tables only (so they can always be
 * recomputed from them). Sentiment is averaged per document first and then over documents, so an
 * article that names an actor twenty times counts once; an outlet's 95% interval is a t-interval
 * over its documents, a bloc's takes the outlet as the sampling unit ({@link ClusteredInterval});
 * sentiment counts every mention an article carries, the {@code *_own} columns only the mentions
 * outside quotes (the outlet's own voice). Topic shares are means of per-document topic weights
 * over the topical documents.
 */
final class Aggregates {
  private Aggregates() {}

  private static final UserDefinedFunction CI_LOW =
      functions.udf(
          (UDF5<Long, Double, Double, Double, Double, Double>)
              (n, mean, sd, lo, hi) -> n == null ? null : MeanInterval.lower(n, mean, sd, lo, hi),
          DataTypes.DoubleType);
  private static final UserDefinedFunction CI_HIGH =
      functions.udf(
          (UDF5<Long, Double, Double, Double, Double, Double>)
              (n, mean, sd, lo, hi) -> n == null ? null : MeanInterval.upper(n, mean, sd, lo, hi),
          DataTypes.DoubleType);

  /**
   * The rows of {@code rows} (an article-level table with doc_id) that the aggregates count: with
   * {@code countCopies} all of them, else those of each outlet's first copy of a text ({@code
   * documents.copy_in_outlet} 1, or null in partitions written before copies were marked).
   */
  static Dataset<Row> countedArticles(
      Dataset<Row> rows, Dataset<Row> documents, boolean countCopies) {
    if (countCopies || !Arrays.asList(documents.columns()).contains("copy_in_outlet")) {
      return rows;
    }
    Dataset<Row> firsts =
        documents
            .filter(col("copy_in_outlet").isNull().or(col("copy_in_outlet").equalTo(1)))
            .select(col("doc_id").as("counted_doc"));
    return rows.join(firsts, col("doc_id").equalTo(col("counted_doc")), "left_semi");
  }

  private static Column labelled(String label) {
    return functions.sum(when(col("label").equalTo(label), 1).otherwise(0)).cast("int");
  }

  /**
   * {@link ArticleStance#weight} of {@code rule} as a column expression, so Spark computes it
   * without a function call per mention; a null sentence index is outside the lead, a null in_quote
   * not quoted, as in the rule.
   */
  static Column stanceWeight(ArticleStance rule, Column sentenceIndex, Column inQuote) {
    Column quoted = when(inQuote, lit(rule.quotedWeight())).otherwise(lit(1.0));
    return when(sentenceIndex.lt(rule.leadSentences()), quoted.multiply(rule.leadWeight()))
        .otherwise(quoted);
  }

  /** {@link ArticleStance#label} of {@code rule} as a column expression. */
  static Column stanceLabel(Column stance, ArticleStance rule) {
    return when(stance.gt(rule.positiveBand()), SentimentLabel.POSITIVE.id())
        .when(stance.lt(-rule.negativeBand()), SentimentLabel.NEGATIVE.id())
        .otherwise(SentimentLabel.NEUTRAL.id());
  }

  /**
   * doc_actor_sentiment: mentions grouped by article and actor, with the mean of their sentiment
   * (all mentions, and the outlet's own) and the author's stance by {@code rule} (the scorer's
   * {@link com.mediaframing.sentiment.SentimentScorers#stance}): its score and the article's label.
   */
  static Dataset<Row> docActorSentiment(Dataset<Row> mentions, ArticleStance rule) {
    return mentions
        .groupBy("doc_id", "outlet", "bloc", "actor_id")
        .agg(
            count(lit(1)).cast("int").as("n_mentions"),
            labelled("negative").as("n_negative"),
            labelled("neutral").as("n_neutral"),
            labelled("positive").as("n_positive"),
            functions.avg("sentiment").as("sentiment"),
            functions
                .sum(
                    stanceWeight(rule, col("sentence_index"), col("in_quote"))
                        .multiply(col("sentiment")))
                .as("stance"),
            functions.sum(when(not(col("in_quote")), 1).otherwise(0)).cast("int").as("n_own"),
            functions.avg(when(not(col("in_quote")), col("sentiment"))).as("sentiment_own"))
        .withColumn("label", stanceLabel(col("stance"), rule));
  }

  /**
   * Outlet by actor sentiment: the mean over the outlet's articles with a 95% Student-t interval
   * over those articles (an outlet's articles are its sample of its own line).
   */
  static Dataset<Row> outletActorSentiment(Dataset<Row> docActor) {
    return sentimentStats(docActor, col("outlet"), col("bloc"), col("actor_id"))
        .withColumn(
            "ci_low", CI_LOW.apply(col("n_docs"), col("sentiment"), col("sd"), lit(-1.0), lit(1.0)))
        .withColumn(
            "ci_high",
            CI_HIGH.apply(col("n_docs"), col("sentiment"), col("sd"), lit(-1.0), lit(1.0)))
        .withColumn(
            "ci_low_own",
            CI_LOW.apply(
                col("n_docs_own"), col("sentiment_own"), col("sd_own"), lit(-1.0), lit(1.0)))
        .withColumn(
            "ci_high_own",
            CI_HIGH.apply(
                col("n_docs_own"), col("sentiment_own"), col("sd_own"), lit(-1.0), lit(1.0)));
  }

  /**
   * Bloc by actor sentiment: the same mean over the bloc's articles, with a 95% interval that takes
   * the outlet as the sampling unit ({@link ClusteredMean} over each outlet's article count and sum
   * of article means), for all mentions and for the outlet's own voice.
   */
  static Dataset<Row> blocActorSentiment(Dataset<Row> docActor) {
    Dataset<Row> perOutlet =
        docActor
            .groupBy("bloc", "actor_id", "outlet")
            .agg(
                count(lit(1)).cast("double").as("w"),
                functions.sum("sentiment").as("s"),
                count(col("sentiment_own")).cast("double").as("w_own"),
                functions.sum("sentiment_own").as("s_own"));
    Dataset<Row> intervals =
        perOutlet
            .groupBy("bloc", "actor_id")
            .agg(
                functions.collect_list(ClusteredInterval.cluster(col("w"), col("s"))).as("cells"),
                functions
                    .collect_list(
                        when(
                            col("w_own").gt(0),
                            ClusteredInterval.cluster(col("w_own"), col("s_own"))))
                    .as("cells_own"),
                count(when(col("w_own").gt(0), lit(1))).as("n_outlets_own"))
            .withColumn("ci", ClusteredInterval.of(col("cells"), -1, 1))
            .withColumn("ci_own", ClusteredInterval.of(col("cells_own"), -1, 1))
            .select(
                col("bloc").as("i_bloc"),
                col("actor_id").as("i_actor_id"),
                col("ci.low").as("ci_low"),
                col("ci.high").as("ci_high"),
                col("ci.df").as("ci_df"),
                col("n_outlets_own"),
                col("ci_own.low").as("ci_low_own"),
                col("ci_own.high").as("ci_high_own"),
                col("ci_own.df").as("ci_df_own"));
    Dataset<Row> stats = sentimentStats(docActor, col("bloc"), col("actor_id"));
    return stats
        .join(
            intervals,
            stats
                .col("bloc")
                .equalTo(intervals.col("i_bloc"))
                .and(stats.col("actor_id").equalTo(intervals.col("i_actor_id"))))
        .drop("i_bloc", "i_actor_id");
  }

  /** Counts, means and label shares of {@code docActor} grouped by {@code keys}. */
  private static Dataset<Row> sentimentStats(Dataset<Row> docActor, Column... keys) {
    return docActor
        .groupBy(keys)
        .agg(
            countDistinct("outlet").as("n_outlets"),
            count(lit(1)).as("n_docs"),
            functions.sum("n_mentions").as("n_mentions"),
            functions.sum("n_negative").as("n_neg"),
            functions.sum("n_neutral").as("n_neu"),
            functions.sum("n_positive").as("n_pos"),
            functions.avg("sentiment").as("sentiment"),
            functions.stddev_samp("sentiment").as("sd"),
            count(col("sentiment_own")).as("n_docs_own"),
            functions.sum("n_own").as("n_mentions_own"),
            functions.avg("sentiment_own").as("sentiment_own"),
            functions.stddev_samp("sentiment_own").as("sd_own"))
        .withColumn("share_negative", col("n_neg").divide(col("n_mentions")))
        .withColumn("share_neutral", col("n_neu").divide(col("n_mentions")))
        .withColumn("share_positive", col("n_pos").divide(col("n_mentions")));
  }

  /**
   * Topic share per outlet (or bloc, with an interval over articles: {@link #blocTopicShare} is the
   * bloc table's): {@code docTopics} has doc_id, outlet, bloc, topic_id, weight.
   */
  static Dataset<Row> topicShare(Dataset<Row> docTopics, boolean outletLevel) {
    String[] group = outletLevel ? new String[] {"outlet", "bloc"} : new String[] {"bloc"};
    Column[] groupCols = Arrays.stream(group).map(functions::col).toArray(Column[]::new);
    Dataset<Row> denominators =
        docTopics.groupBy(groupCols).agg(countDistinct("doc_id").as("n_docs_topical"));
    Column[] topicKeys = new Column[groupCols.length + 1];
    System.arraycopy(groupCols, 0, topicKeys, 0, groupCols.length);
    topicKeys[groupCols.length] = col("topic_id");
    Dataset<Row> sums =
        docTopics
            .groupBy(topicKeys)
            .agg(
                count(lit(1)).as("n_docs"),
                functions.sum("weight").as("sw"),
                functions.sum(col("weight").multiply(col("weight"))).as("sw2"));
    Column n = col("n_docs_topical");
    Column share = col("sw").divide(n);
    // sample sd of the weights over all topical documents (absent = weight 0)
    Column sd =
        functions.sqrt(
            functions.greatest(
                lit(0.0), col("sw2").minus(n.multiply(share).multiply(share)).divide(n.minus(1))));
    return sums.join(denominators, CollectionConverters.asScala(List.of(group)).toSeq())
        .withColumn("share", share)
        .withColumn("sd", when(n.gt(1), sd))
        .withColumn("ci_low", CI_LOW.apply(n, col("share"), col("sd"), lit(0.0), lit(1.0)))
        .withColumn("ci_high", CI_HIGH.apply(n, col("share"), col("sd"), lit(0.0), lit(1.0)));
  }

  /**
   * Topic share per bloc: {@link #topicShare} over all topical articles of the bloc, with the
   * interval clustered by outlet instead ({@link ClusteredInterval}: each outlet enters with its
   * topical articles and the sum of the topic's weights over them, 0 where it has none).
   */
  static Dataset<Row> blocTopicShare(Dataset<Row> docTopics) {
    Dataset<Row> outletDocs =
        docTopics.groupBy("bloc", "outlet").agg(countDistinct("doc_id").as("w"));
    Dataset<Row> sums =
        docTopics.groupBy("bloc", "topic_id", "outlet").agg(functions.sum("weight").as("s"));
    Dataset<Row> intervals =
        ClusteredInterval.shares(
            docTopics.select("bloc", "topic_id").distinct(),
            outletDocs,
            sums,
            "topic_id",
            "n_outlets");
    return topicShare(docTopics, false)
        .drop("ci_low", "ci_high")
        .join(intervals, seq("bloc", "topic_id"));
  }

  private static scala.collection.immutable.Seq<String> seq(String... names) {
    return CollectionConverters.asScala(List.of(names)).toSeq();
  }
}
