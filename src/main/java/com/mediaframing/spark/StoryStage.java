package com.mediaframing.spark;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_intersect;
import static org.apache.spark.sql.functions.array_union;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.to_date;

import com.mediaframing.analysis.AnalyzedArticle;
import com.mediaframing.output.Table;
import com.mediaframing.stories.StoryAnalyzer;
import com.mediaframing.stories.StoryClusters;
import com.mediaframing.stories.StoryOptions;
import com.mediaframing.stories.StoryReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Spark side of story clustering and comparison. Clustering: each article's content lemmas ({@code
 * storyTerms}) lose the terms found in more than {@code max(10, 2%)} of the articles (they name a
 * beat, not an event); Spark MLlib's {@link CountVectorizer} (binary) and {@link MinHashLSH} hash
 * the rest; articles that share a MinHash value in any hash table and whose dates fall in the same
 * or a neighbouring {@code windowDays + 1}-day bucket are candidates (an undated article is a
 * candidate of every article it shares a MinHash value with, whatever its date); a candidate pair
 * is a link when its dates are at most {@code windowDays} apart and the Jaccard similarity of the
 * filtered lemma sets is at least {@code minSimilarity}. The links (few) go to the driver, where
 * {@link StoryClusters} takes connected components. Comparison: the articles of each story are
 * grouped and handed to the plain-Java {@link StoryAnalyzer}.
 */
final class StoryStage {
  static final int MAX_DF_MIN_DOCS = 10;
  static final double MAX_DF_SHARE = 0.02;
  static final int HASH_TABLES = 20;
  static final long SEED = 20250315L;

  private static final Encoder<AnalyzedArticle> ANALYZED = Encoders.bean(AnalyzedArticle.class);
  static final Encoder<StoryReport> REPORT = Encoders.javaSerialization(StoryReport.class);

  private StoryStage() {}

  /**
   * Story id of every article that has a link; the others are stories of their own.
   *
   * @param docs doc_id, published (ISO date string), terms (array of lemmas)
   */
  static Map<String, String> cluster(Dataset<Row> docs, StoryOptions options) {
    long n = docs.count();
    if (n < 2) {
      return Map.of();
    }
    double maxDf = Math.max(MAX_DF_MIN_DOCS, MAX_DF_SHARE * n);
    Dataset<Row> exploded = docs.select(col("doc_id"), explode(col("terms")).as("term"));
    Dataset<Row> kept =
        exploded.groupBy("term").agg(count(lit(1)).as("df")).filter(col("df").leq(maxDf));
    Dataset<Row> filtered =
        exploded
            .join(kept, "term")
            .groupBy("doc_id")
            .agg(sort_array(collect_list(col("term"))).as("terms"))
            .join(
                docs.select(
                    col("doc_id"),
                    datediff(to_date(col("published")), lit("1970-01-01")).as("day")),
                "doc_id")
            .cache();
    CountVectorizerModel vocabulary =
        new CountVectorizer()
            .setInputCol("terms")
            .setOutputCol("features")
            .setBinary(true)
            .fit(filtered);
    Dataset<Row> vectors = vocabulary.transform(filtered);
    MinHashLSHModel lsh =
        new MinHashLSH()
            .setInputCol("features")
            .setOutputCol("hashes")
            .setNumHashTables(HASH_TABLES)
            .setSeed(SEED)
            .fit(vectors);
    int bucketDays = options.windowDays() + 1;
    Dataset<Row> keys =
        lsh.transform(vectors)
            .select(
                col("doc_id"),
                col("day"),
                posexplode(col("hashes")).as(new String[] {"table", "h"}))
            .withColumn(
                "hv", org.apache.spark.ml.functions.vector_to_array(col("h"), "float64").getItem(0))
            .withColumn("bucket", floor(col("day").divide(bucketDays)))
            .drop("h");
    Dataset<Row> a =
        keys.select(
            col("doc_id").as("a"), col("day").as("day_a"), col("table"), col("hv"), col("bucket"));
    Dataset<Row> b =
        keys.select(
            col("doc_id").as("b"),
            col("day").as("day_b"),
            col("table"),
            col("hv"),
            explode(array(col("bucket").minus(1), col("bucket"), col("bucket").plus(1)))
                .as("bucket"));
    Dataset<Row> terms = filtered.select("doc_id", "terms");
    Dataset<Row> dated =
        a.join(b, CollectionConverters.asScala(List.of("table", "hv", "bucket")).toSeq())
            .filter(col("a").lt(col("b")))
            .filter(abs(col("day_a").minus(col("day_b"))).leq(options.windowDays()))
            .select("a", "b");
    // An undated article has no date window: it is a candidate of every article sharing a
    // MinHash value with it, and links by content alone.
    Dataset<Row> undatedKeys =
        keys.filter(col("day").isNull()).select(col("doc_id").as("u"), col("table"), col("hv"));
    Dataset<Row> undated =
        undatedKeys
            .join(
                keys.select(col("doc_id").as("x"), col("table"), col("hv")),
                CollectionConverters.asScala(List.of("table", "hv")).toSeq())
            .filter(col("u").notEqual(col("x")))
            .select(
                functions.least(col("u"), col("x")).as("a"),
                functions.greatest(col("u"), col("x")).as("b"));
    Dataset<Row> pairs =
        dated
            .union(undated)
            .distinct()
            .join(terms.toDF("a", "terms_a"), "a")
            .join(terms.toDF("b", "terms_b"), "b")
            .withColumn(
                "similarity",
                size(array_intersect(col("terms_a"), col("terms_b")))
                    .divide(size(array_union(col("terms_a"), col("terms_b")))))
            .filter(col("similarity").geq(options.minSimilarity()))
            .select("a", "b", "similarity");
    List<StoryClusters.Link> links = new ArrayList<>();
    for (Row r : pairs.collectAsList()) {
      links.add(new StoryClusters.Link(r.getString(0), r.getString(1), r.getDouble(2)));
    }
    filtered.unpersist();
    return StoryClusters.storyIds(links, options.maxStoryDocs());
  }

  /** Claim lemmas kept as the prior of the distinctive words, the most frequent first. */
  static final int BACKGROUND_LEMMAS = 50_000;

  /**
   * Corpus counts of the lemmas of all claim sentences: the background distribution of {@link
   * com.mediaframing.stories.DistinctiveWords} (collected to the driver, at most {@link
   * #BACKGROUND_LEMMAS}).
   */
  static Map<String, Long> claimLemmaCounts(Dataset<AnalyzedArticle> articles) {
    Map<String, Long> out = new HashMap<>();
    for (Row r :
        articles
            .select(explode(col("claims")).as("c"))
            .select(explode(col("c.lemmas")).as("lemma"))
            .groupBy("lemma")
            .count()
            .orderBy(col("count").desc())
            .limit(BACKGROUND_LEMMAS)
            .collectAsList()) {
      out.put(r.getString(0), r.getLong(1));
    }
    return out;
  }

  /** {@code ok} with {@code storyId} set: the cluster's id, else the article's own id. */
  static Dataset<AnalyzedArticle> withStories(
      SparkSession spark, Dataset<AnalyzedArticle> ok, Map<String, String> ids) {
    List<Row> rows = new ArrayList<>();
    ids.forEach((doc, story) -> rows.add(RowFactory.create(doc, story)));
    StructType schema =
        new StructType()
            .add("story_doc", DataTypes.StringType)
            .add("story_of_doc", DataTypes.StringType);
    Dataset<Row> map = spark.createDataFrame(rows, schema);
    return ok.toDF()
        .join(
            org.apache.spark.sql.functions.broadcast(map),
            col("docId").equalTo(col("story_doc")),
            "left_outer")
        .withColumn("storyId", coalesce(col("story_of_doc"), col("docId")))
        .drop("story_doc", "story_of_doc")
        .as(ANALYZED);
  }

  static Dataset<StoryReport> reports(Dataset<AnalyzedArticle> withStories, StoryAnalyzer a) {
    return withStories
        .groupByKey(new StoryKey(), Encoders.STRING())
        .mapGroups(new AnalyzeStory(a), REPORT);
  }

  /** The story id of an article. */
  static final class StoryKey implements MapFunction<AnalyzedArticle, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String call(AnalyzedArticle a) {
      return a.getStoryId();
    }
  }

  /** Runs {@link StoryAnalyzer} on the articles of one story. */
  static final class AnalyzeStory
      implements MapGroupsFunction<String, AnalyzedArticle, StoryReport> {
    private static final long serialVersionUID = 1L;
    private final StoryAnalyzer analyzer;

    AnalyzeStory(StoryAnalyzer analyzer) {
      this.analyzer = analyzer;
    }

    @Override
    public StoryReport call(String storyId, Iterator<AnalyzedArticle> articles) {
      List<AnalyzedArticle> docs = new ArrayList<>();
      articles.forEachRemaining(docs::add);
      return analyzer.analyze(storyId, docs);
    }
  }

  /** A table's schema with dates as ISO strings (the table writer casts them back). */
  static StructType rowSchema(Table table) {
    StructType s = table.schema();
    StructField[] fields = s.fields().clone();
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].dataType().equals(DataTypes.DateType)) {
        fields[i] =
            new StructField(fields[i].name(), DataTypes.StringType, true, fields[i].metadata());
      }
    }
    return new StructType(fields);
  }
}
