package com.mediaframing.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.to_date;

import com.mediaframing.analysis.AnalyzedArticle;
import com.mediaframing.nlp.VectorBytes;
import com.mediaframing.output.Table;
import com.mediaframing.stories.ClaimAligner;
import com.mediaframing.stories.ClaimVectors;
import com.mediaframing.stories.LinkEvidence;
import com.mediaframing.stories.StoryAnalyzer;
import com.mediaframing.stories.StoryLinkage;
import com.mediaframing.stories.StoryOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Spark functions of story clustering and comparison, which the story stage ({@link
 * StoryTables}) and the linkage sweep ({@link StorySweep}) call. Clustering: each article's content
 * lemmas ({@code storyTerms}) lose the terms found in more than {@code max(10, 2%)} of the articles
 * (they name a beat, not an event); each article's headline and lead ({@code storyLead}) is encoded
 * once, in a pass over the articles; articles are grouped by {@code windowDays + 1}-day buckets and
 * each bucket scores its pairs and those with the next bucket by {@link LinkEvidence} (undated
 * articles are scored among themselves); the scored pairs go to the driver, where {@link
 * StoryLinkage} agglomerates them by average linkage. Comparison: the articles of each story are
 * grouped and handed to the plain-Java {@link StoryAnalyzer}.
 */
final class StoryFunctions {
  private static final Logger LOG = LoggerFactory.getLogger(StoryFunctions.class);

  static final int MAX_DF_MIN_DOCS = 10;
  static final double MAX_DF_SHARE = 0.02;

  private static final Encoder<AnalyzedArticle> ANALYZED = Encoders.bean(AnalyzedArticle.class);

  private StoryFunctions() {}

  /**
   * Story id of every article that shares its story with another; the others are stories of their
   * own. The rare lemmas of each article (terms in at most {@code max(10, 2%)} of the articles) and
   * its lead's vector (from the run's {@link VectorStore}, only misses encoded) are grouped by
   * {@code windowDays + 1}-day buckets; each bucket scores its pairs with those of the next bucket
   * ({@link LinkEvidence}); the scored pairs (few) go to the driver, where {@link StoryLinkage}
   * agglomerates them.
   *
   * @param docs doc_id, published (ISO date string), terms (array of lemmas), lead (string)
   * @param encoderNanos receives the executors' time in the sentence encoder
   */
  static Map<String, String> cluster(
      Dataset<Row> docs,
      StoryOptions options,
      VectorStore vectors,
      org.apache.spark.util.LongAccumulator encoderNanos) {
    ScoredGraph g = score(docs, options, vectors, encoderNanos);
    return StoryLinkage.storyIds(
        g.docs(), g.pairs(), options.minSimilarity(), options.windowDays(), options.maxStoryDocs());
  }

  /** The articles that have a scored pair, and their pairs by index in that list. */
  record ScoredGraph(List<StoryLinkage.Doc> docs, List<StoryLinkage.Pair> pairs) {}

  /**
   * The scored candidate pairs of {@link #cluster} (every pair at most {@code windowDays} apart
   * with evidence of at least {@link LinkEvidence#PAIR_FLOOR}), before agglomeration: {@link
   * StorySweep} links them again at several thresholds without encoding the leads again.
   */
  static ScoredGraph score(
      Dataset<Row> docs,
      StoryOptions options,
      VectorStore vectors,
      org.apache.spark.util.LongAccumulator encoderNanos) {
    long n = docs.count();
    if (n < 2) {
      return new ScoredGraph(List.of(), List.of());
    }
    double maxDf = Math.max(MAX_DF_MIN_DOCS, MAX_DF_SHARE * n);
    Dataset<Row> exploded = docs.select(col("doc_id"), explode(col("terms")).as("term"));
    Dataset<Row> kept =
        exploded.groupBy("term").agg(count(lit(1)).as("df")).filter(col("df").leq(maxDf));
    Dataset<Row> rare =
        exploded
            .join(kept, "term")
            .groupBy("doc_id")
            .agg(sort_array(collect_list(col("term"))).as("rare"));
    Dataset<Row> features =
        docs.join(
                rare,
                scala.jdk.javaapi.CollectionConverters.asScala(List.of("doc_id")).toSeq(),
                "left_outer")
            .select(
                col("doc_id"),
                coalesce(
                        datediff(to_date(col("published")), lit("1970-01-01")),
                        lit(StoryLinkage.UNDATED))
                    .as("day"),
                coalesce(col("rare"), array().cast("array<string>")).as("terms"),
                col("lead"));
    int bucketDays = options.windowDays() + 1;
    Dataset<Row> keyed =
        features
            .map(
                new StoryLinkFunctions.LeadText(StoryOptions.LEAD_CHARS),
                Encoders.row(StoryLinkFunctions.KEYED))
            .persist(CacheLevel.of(docs.sparkSession()));
    Dataset<LinkEvidence.ScoredPair> pairs =
        vectors
            .withVectors(keyed, "leads", "left_outer", encoderNanos)
            .select(col("doc_id"), col("day"), col("terms"), col("vector"))
            .map(new StoryLinkFunctions.LinkDoc(), StoryLinkFunctions.DOC)
            .flatMap(new StoryLinkFunctions.ToBuckets(bucketDays), StoryLinkFunctions.BUCKETED)
            .groupByKey(new StoryLinkFunctions.BucketKey(), Encoders.LONG())
            .flatMapGroups(
                new StoryLinkFunctions.ScoreBucket(options.windowDays()), StoryLinkFunctions.PAIR);
    List<LinkEvidence.ScoredPair> scored = pairs.collectAsList();
    LOG.info("stories: {} scored pairs of {} articles linked on the driver", scored.size(), n);
    Map<String, Integer> index = new HashMap<>();
    List<StoryLinkage.Doc> linked = new ArrayList<>();
    List<StoryLinkage.Pair> graph = new ArrayList<>(scored.size());
    Map<String, Integer> days = new HashMap<>();
    for (Row r : keyed.select("doc_id", "day").collectAsList()) {
      days.put(r.getString(0), r.getInt(1));
    }
    keyed.unpersist();
    for (LinkEvidence.ScoredPair p : scored) {
      int a = index.computeIfAbsent(p.docA(), d -> add(linked, d, days));
      int b = index.computeIfAbsent(p.docB(), d -> add(linked, d, days));
      graph.add(new StoryLinkage.Pair(a, b, p.score()));
    }
    return new ScoredGraph(linked, graph);
  }

  private static int add(List<StoryLinkage.Doc> docs, String docId, Map<String, Integer> days) {
    docs.add(new StoryLinkage.Doc(docId, days.get(docId)));
    return docs.size() - 1;
  }

  /**
   * Driver memory the linkage takes per article: its scored pairs are collected on the driver,
   * where the stories are cut from them. Whole AllSides corpus: 868,453 pairs for 36,254 articles
   * (24 an article above {@link LinkEvidence#PAIR_FLOOR}), each held as the collected pair (two doc
   * ids) and the graph's edge, some 300 bytes; rounded up.
   */
  static final long DRIVER_BYTES_PER_ARTICLE = 8_000;

  /**
   * The one-line warning, before the work starts, when linking {@code articles} would take more
   * than half of the driver's heap {@code maxHeap} (the rest holds the story maps, the report and
   * Spark's own); empty when it fits.
   */
  static Optional<String> driverHeapWarning(long articles, long maxHeap) {
    long need = articles * DRIVER_BYTES_PER_ARTICLE;
    if (need <= maxHeap / 2) {
      return Optional.empty();
    }
    long mb = 1 << 20;
    return Optional.of(
        String.format(
            Locale.ROOT,
            "stories: linking %,d articles holds about %,d MB on the driver, more than half of its"
                + " %,d MB heap; it may run out of memory: raise the heap (FRAMING_HEAP=%dg with"
                + " bin/framing, --driver-memory with spark-submit)",
            articles,
            need / mb,
            maxHeap / mb,
            Math.max(2, (4 * need + (1L << 30) - 1) >> 30)));
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

  /**
   * Rows (story_id, key, text, positions) of the claim sentences a story needs vectors of: each
   * distinct text the gate passes ({@link StoryAnalyzer#claimTexts}) and its positions among the
   * story's sorted claim sentences.
   */
  static final StructType STORY_TEXTS =
      new StructType()
          .add("story_id", DataTypes.StringType, false)
          .add("key", DataTypes.StringType, false)
          .add("text", DataTypes.StringType, false)
          .add("positions", DataTypes.createArrayType(DataTypes.IntegerType, false), false);

  /** The columns of an article the claim gate reads; the other nullable ones travel as nulls. */
  static final List<String> CLAIM_GATE_COLUMNS = List.of("docId", "bloc", "storyId", "claims");

  /**
   * The columns of an article the story groups carry: those {@link StoryAnalyzer#READS} and the
   * story id; the other nullable ones (the sentences, quotes and sources above all) travel as
   * nulls.
   */
  static final List<String> STORY_COLUMNS = plus(StoryAnalyzer.READS, "storyId");

  /** The columns the story stages read: {@link #STORY_COLUMNS} and the lead the linkage encodes. */
  static final List<String> STAGE_COLUMNS = plus(STORY_COLUMNS, "storyLead");

  private static List<String> plus(List<String> columns, String column) {
    List<String> c = new ArrayList<>(columns);
    c.add(column);
    return List.copyOf(c);
  }

  /** {@code articles} with every nullable column but {@code kept} set to null. */
  static Dataset<AnalyzedArticle> only(Dataset<AnalyzedArticle> articles, List<String> kept) {
    Dataset<Row> slim = articles.toDF();
    for (StructField f : ANALYZED.schema().fields()) {
      if (f.nullable() && !kept.contains(f.name())) {
        slim = slim.withColumn(f.name(), lit(null).cast(f.dataType()));
      }
    }
    return slim.as(ANALYZED);
  }

  /**
   * The reports of every story, one row of {@link StoryRows#REPORTS} each: the claim sentences each
   * multi-bloc story needs ({@link StoryAnalyzer#claimTexts}) are looked up in the vector store,
   * the misses encoded ({@link VectorStore#withVectors}), and each story's articles are analyzed
   * with its vectors beside them (a cogroup by story id; no vector goes through the driver). Only
   * the {@code pages} stories keep their serialized report.
   */
  static Dataset<Row> reports(
      Dataset<AnalyzedArticle> withStories,
      StoryAnalyzer a,
      VectorStore store,
      org.apache.spark.util.LongAccumulator encoderNanos,
      List<String> pages) {
    Dataset<Row> texts =
        only(withStories, CLAIM_GATE_COLUMNS)
            .groupByKey(new StoryKey(), Encoders.STRING())
            .flatMapGroups(new ClaimTexts(), Encoders.row(STORY_TEXTS));
    // read twice (the misses, then the join with the vectors): cached until the store is
    // released, once the reports are written
    texts = store.cacheUntilRelease(texts);
    Dataset<Row> storyVectors =
        store
            .withVectors(texts, "claims", "inner", encoderNanos)
            .select(col("story_id"), col("positions"), col("vector"));
    return only(withStories, STORY_COLUMNS)
        .groupByKey(new StoryKey(), Encoders.STRING())
        .cogroup(
            storyVectors.groupByKey(new StoryOfVector(), Encoders.STRING()),
            new AnalyzeStory(
                JavaSparkContext.fromSparkContext(withStories.sparkSession().sparkContext())
                    .broadcast(a),
                new HashSet<>(pages)),
            Encoders.row(StoryRows.REPORTS));
  }

  /** The story id of an article. */
  static final class StoryKey implements MapFunction<AnalyzedArticle, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String call(AnalyzedArticle a) {
      return a.getStoryId();
    }
  }

  /** The story id of a (story_id, positions, vector) row. */
  static final class StoryOfVector implements MapFunction<Row, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String call(Row r) {
      return r.getString(0);
    }
  }

  /** The claim texts of one story ({@link StoryAnalyzer#claimTexts}) as {@link #STORY_TEXTS}. */
  static final class ClaimTexts implements FlatMapGroupsFunction<String, AnalyzedArticle, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(String storyId, Iterator<AnalyzedArticle> articles) {
      List<AnalyzedArticle> docs = new ArrayList<>();
      articles.forEachRemaining(docs::add);
      Map<String, List<Integer>> positions = new LinkedHashMap<>();
      for (ClaimAligner.Gated g : StoryAnalyzer.claimTexts(docs)) {
        positions.computeIfAbsent(g.text(), t -> new ArrayList<>()).add(g.position());
      }
      List<Row> out = new ArrayList<>(positions.size());
      positions.forEach(
          (t, at) ->
              out.add(
                  RowFactory.create(
                      storyId,
                      VectorBytes.key(t),
                      t,
                      scala.jdk.javaapi.CollectionConverters.asScala(at).toSeq())));
      return out.iterator();
    }
  }

  /**
   * Runs {@link StoryAnalyzer} on the articles of one story, with the vectors of its gated claim
   * sentences by position ({@link ClaimVectors#gated}): the gate is not run again.
   */
  static final class AnalyzeStory implements CoGroupFunction<String, AnalyzedArticle, Row, Row> {
    private static final long serialVersionUID = 1L;
    // broadcast: its corpus lemma counts are read once per executor, not with every task
    private final Broadcast<StoryAnalyzer> analyzer;
    private final Set<String> pages;

    /** {@code pages}: the stories whose serialized report the HTML report reads. */
    AnalyzeStory(Broadcast<StoryAnalyzer> analyzer, Set<String> pages) {
      this.analyzer = analyzer;
      this.pages = pages;
    }

    @Override
    public Iterator<Row> call(
        String storyId, Iterator<AnalyzedArticle> articles, Iterator<Row> vectors) {
      List<AnalyzedArticle> docs = new ArrayList<>();
      articles.forEachRemaining(docs::add);
      if (docs.isEmpty()) {
        return java.util.Collections.emptyIterator();
      }
      Map<Integer, float[]> byPosition = new HashMap<>();
      vectors.forEachRemaining(
          r -> {
            float[] v = VectorBytes.fromBytes((byte[]) r.get(2));
            for (int p : r.<Integer>getList(1)) {
              byPosition.put(p, v);
            }
          });
      return List.of(
              StoryRows.report(
                  analyzer.value().analyze(storyId, docs, ClaimVectors.gated(byPosition)),
                  pages.contains(storyId)))
          .iterator();
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
