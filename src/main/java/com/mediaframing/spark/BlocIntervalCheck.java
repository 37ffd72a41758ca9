package com.mediaframing.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import com.mediaframing.metrics.ClusterBootstrap;
import com.mediaframing.metrics.ClusterCoverage;
import com.mediaframing.metrics.ClusteredMean;
import com.mediaframing.metrics.MeanInterval;
import com.mediaframing.output.Tables;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Checks the bloc_actor_sentiment intervals of an output folder against an outlet-cluster
 * bootstrap: reads its documents and doc_actor_sentiment, recomputes the bloc table with the job's
 * code ({@link Aggregates#blocActorSentiment}, first copies only, as the job counts), and for every
 * bloc × actor cell resamples the bloc's outlets (their articles kept together) {@code draws} times
 * with a fixed seed. Reads only; the driver holds one row per bloc, actor and outlet.
 */
public final class BlocIntervalCheck {
  private BlocIntervalCheck() {}

  /**
   * One cell: the job's estimate and interval, and the bootstrap's.
   *
   * @param ciDf the job interval's degrees of freedom
   * @param clustered the same interval from the plain-Java code, unclipped
   * @param outlets the cell's outlets (articles, sum and sum of squares of their means), for {@link
   *     ClusterCoverage}
   * @param tG1 the half-width the same CR2 error gives with outlets − 1 degrees of freedom
   */
  public record Cell(
      String bloc,
      String actorId,
      long nOutlets,
      long nDocs,
      double sentiment,
      Double ciLow,
      Double ciHigh,
      Double ciDf,
      ClusteredMean.Interval clustered,
      Double tG1,
      double bootLow,
      double bootHigh,
      List<ClusterCoverage.Outlet> outlets) {
    /** Job width over bootstrap width. */
    public double ratio() {
      return (ciHigh - ciLow) / (bootHigh - bootLow);
    }
  }

  /** The cells with at least two outlets, ordered by bloc and actor. */
  public static List<Cell> run(SparkSession spark, String outputDir, int draws, long seed) {
    Dataset<Row> documents = spark.read().parquet(outputDir + "/" + Tables.DOCUMENTS.parquetPath());
    Dataset<Row> docActor =
        Aggregates.countedArticles(
            spark.read().parquet(outputDir + "/" + Tables.DOC_ACTOR_SENTIMENT.parquetPath()),
            documents,
            false);
    Map<String, Row> job = new HashMap<>();
    for (Row r : Aggregates.blocActorSentiment(docActor).collectAsList()) {
      job.put(r.getAs("bloc") + "\t" + r.getAs("actor_id"), r);
    }
    Map<String, List<ClusteredMean.Cluster>> clusters = new TreeMap<>();
    Map<String, List<ClusterCoverage.Outlet>> shapes = new HashMap<>();
    for (Row r :
        docActor
            .groupBy("bloc", "actor_id", "outlet")
            .agg(
                count(lit(1)).as("w"),
                functions.sum("sentiment").as("s"),
                functions.sum(col("sentiment").multiply(col("sentiment"))).as("ss"))
            .orderBy(col("bloc"), col("actor_id"), col("outlet"))
            .collectAsList()) {
      clusters
          .computeIfAbsent(r.getAs("bloc") + "\t" + r.getAs("actor_id"), k -> new ArrayList<>())
          .add(new ClusteredMean.Cluster(r.<Long>getAs("w"), r.<Double>getAs("s")));
      shapes
          .computeIfAbsent(r.getAs("bloc") + "\t" + r.getAs("actor_id"), k -> new ArrayList<>())
          .add(
              new ClusterCoverage.Outlet(
                  r.<Long>getAs("w"), r.<Double>getAs("s"), r.<Double>getAs("ss")));
    }
    List<Cell> out = new ArrayList<>();
    for (Map.Entry<String, List<ClusteredMean.Cluster>> e : clusters.entrySet()) {
      if (e.getValue().size() < 2) {
        continue;
      }
      Row r = job.get(e.getKey());
      double[] boot = ClusterBootstrap.interval(e.getValue(), draws, seed);
      ClusteredMean.Interval i = ClusteredMean.of(e.getValue());
      String[] key = e.getKey().split("\t", 2);
      out.add(
          new Cell(
              key[0],
              key[1],
              r.<Long>getAs("n_outlets"),
              r.<Long>getAs("n_docs"),
              r.<Double>getAs("sentiment"),
              r.getAs("ci_low"),
              r.getAs("ci_high"),
              r.getAs("ci_df"),
              i,
              MeanInterval.t975(i.clusters() - 1L) * i.se(),
              boot[0],
              boot[1],
              List.copyOf(shapes.get(e.getKey()))));
    }
    return out;
  }
}
