package com.mediaframing.spark;

import com.mediaframing.metrics.ClusteredMean;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The Spark edge of {@link ClusteredMean}: a bloc aggregate groups its rows per outlet into {@link
 * #cluster} structs (the outlet's weight and weighted sum), collects them per bloc and cell, and
 * {@link #of} turns the list into {@code struct(low, high, df)}: the 95% interval clipped to the
 * value range and its degrees of freedom, all null below two outlets. Serializable, no state but
 * the clip range.
 */
final class ClusteredInterval implements UDF1<scala.collection.Seq<Row>, Row> {
  private static final long serialVersionUID = 1L;

  /** The UDF's result type. */
  static final StructType RESULT =
      new StructType()
          .add("low", DataTypes.DoubleType)
          .add("high", DataTypes.DoubleType)
          .add("df", DataTypes.DoubleType);

  private final double lo;
  private final double hi;

  private ClusteredInterval(double lo, double hi) {
    this.lo = lo;
    this.hi = hi;
  }

  /** One outlet's {@code struct(weight, sum)}, both as doubles. */
  static Column cluster(Column weight, Column sum) {
    return functions.struct(
        weight.cast("double").as("weight"), functions.coalesce(sum, functions.lit(0.0)).as("sum"));
  }

  /** The interval of a column of collected {@link #cluster} structs, clipped to [lo, hi]. */
  static Column of(Column clusters, double lo, double hi) {
    return functions.udf(new ClusteredInterval(lo, hi), RESULT).apply(clusters);
  }

  /**
   * The outlet-clustered interval of a share per bloc and {@code key} (a topic, a cited source):
   * {@code cells} holds each (bloc, key) to compute, {@code outletWeights} each outlet's weight
   * {@code w} per bloc (its articles), {@code outletSums} each outlet's sum {@code s} per bloc and
   * key; every outlet of the bloc enters, with 0 where it has no sum. Columns: bloc, key, {@code
   * nOutlets} (the bloc's outlets), ci_low, ci_high, ci_df; the share is clipped to [0, 1].
   */
  static Dataset<Row> shares(
      Dataset<Row> cells,
      Dataset<Row> outletWeights,
      Dataset<Row> outletSums,
      String key,
      String nOutlets) {
    return cells
        .join(outletWeights, "bloc")
        .join(outletSums, seq("bloc", key, "outlet"), "left")
        .groupBy("bloc", key)
        .agg(
            functions.collect_list(cluster(functions.col("w"), functions.col("s"))).as("cells"),
            functions.count(functions.lit(1)).as(nOutlets))
        .withColumn("ci", of(functions.col("cells"), 0, 1))
        .select(
            functions.col("bloc"),
            functions.col(key),
            functions.col(nOutlets),
            functions.col("ci.low").as("ci_low"),
            functions.col("ci.high").as("ci_high"),
            functions.col("ci.df").as("ci_df"));
  }

  private static scala.collection.immutable.Seq<String> seq(String... names) {
    return CollectionConverters.asScala(List.of(names)).toSeq();
  }

  @Override
  public Row call(scala.collection.Seq<Row> cells) {
    List<ClusteredMean.Cluster> clusters = new ArrayList<>();
    if (cells != null) {
      for (Row r : CollectionConverters.asJava(cells)) {
        clusters.add(new ClusteredMean.Cluster(r.getDouble(0), r.getDouble(1)));
      }
    }
    if (clusters.stream().noneMatch(c -> c.weight() > 0)) {
      return RowFactory.create(null, null, null);
    }
    ClusteredMean.Interval i = ClusteredMean.of(clusters);
    return RowFactory.create(i.low(lo, hi), i.high(lo, hi), i.df());
  }
}
