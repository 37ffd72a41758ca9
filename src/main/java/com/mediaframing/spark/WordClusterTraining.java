package com.mediaframing.spark;

import com.mediaframing.base.Checksums;
import com.mediaframing.base.ConfigException;
import com.mediaframing.base.OptionValues;
import com.mediaframing.nlp.CorpusTokenizer;
import com.mediaframing.nlp.NlpModels;
import com.mediaframing.nlp.WordClusters;
import com.mediaframing.nlp.WordVectors;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.ml.clustering.KMeans;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.feature.Word2Vec;
import org.apache.spark.ml.feature.Word2VecModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Builds the word cluster table ({@link WordClusters}) from a news corpus, wired into the CLI as
 * {@code train-clusters}:
 *
 * <pre>
 * train-clusters --corpus FILE --out FILE [--vectors FILE] [--limit N] [--master M]
 * </pre>
 *
 * Reads JSON lines with a {@code text} field (gzip or plain), splits them into sentences of word
 * keys with {@link CorpusTokenizer}, trains Spark MLlib Word2Vec on them, keeps the {@link
 * Parameters#vocabulary()} most frequent words and clusters their vectors with k-means (cosine
 * distance) once per entry of {@link Parameters#clusters()}. With {@code --vectors} it also writes
 * the kept words' vectors ({@link WordVectors}, quantised). Everything that could depend on
 * partitioning runs in one partition with fixed seeds and inputs in a fixed order, so the same
 * corpus gives the same file. Spark only at this edge; the table itself is plain Java.
 */
public final class WordClusterTraining {
  /**
   * Word2Vec and k-means settings: vector size, window, minimum count, Word2Vec epochs, seed,
   * number of words kept, the k of each clustering, k-means iterations.
   */
  public record Parameters(
      int vectorSize,
      int window,
      int minCount,
      int epochs,
      long seed,
      int vocabulary,
      List<Integer> clusters,
      int kmeansIterations) {
    /** The settings of the bundled table (see docs/models/tsc-maxent.md). */
    public static final Parameters DEFAULTS =
        new Parameters(100, 5, 5, 1, 42L, 40_000, List.of(64, 256, 1024), 30);

    public Parameters {
      clusters = List.copyOf(clusters);
    }

    /** The same settings with another vocabulary size and cluster counts (for small corpora). */
    public Parameters scaled(int vocabulary, List<Integer> clusters) {
      return new Parameters(
          vectorSize, window, minCount, epochs, seed, vocabulary, clusters, kmeansIterations);
    }
  }

  private static final Map<String, String> OPTIONS =
      new TreeMap<>(
          Map.of(
              "--corpus", "FILE  JSON lines with a text field (.gz or plain)",
              "--out", "FILE  where the table goes",
              "--vectors", "FILE  where the kept words' vectors go (optional)",
              "--limit", "N  only the first N articles",
              "--master", "M  Spark master (default local[*])"));

  private WordClusterTraining() {}

  /** Parses the options, trains, writes the table and returns the printed summary. */
  public static String run(List<String> args) {
    Map<String, String> values = OptionValues.parse(args, OPTIONS, "train-clusters option");
    if (!values.containsKey("--corpus") || !values.containsKey("--out")) {
      throw new ConfigException(
          "--corpus and --out are required; usage: --corpus FILE --out FILE [--vectors FILE]"
              + " [--limit N]");
    }
    Path corpus = Path.of(values.get("--corpus"));
    Path out = Path.of(values.get("--out"));
    if (!Files.isReadable(corpus)) {
      throw new ConfigException("corpus " + corpus + " does not exist or is not readable");
    }
    int limit = OptionValues.nonNegativeInt(values, "--limit", 0);
    SparkSession spark = SparkSessions.create(values.get("--master"));
    try {
      long t0 = System.nanoTime();
      Trained trained = train(spark, corpus, limit, Parameters.DEFAULTS);
      writeFile(
          out,
          "cluster table",
          o -> {
            Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
            trained.clusters().write(w);
            w.flush();
          });
      String summary =
          String.format(
              Locale.ROOT,
              "train-clusters: %d words, %d levels, %.0f s; wrote %s (%d bytes, sha256 %s)%n",
              trained.clusters().size(),
              trained.clusters().levels(),
              (System.nanoTime() - t0) / 1e9,
              out,
              size(out),
              sha256(out));
      if (values.containsKey("--vectors")) {
        Path vectors = Path.of(values.get("--vectors"));
        writeFile(vectors, "word vectors", trained.vectors()::write);
        summary +=
            String.format(
                Locale.ROOT,
                "train-clusters: %d word vectors of %d dimensions; wrote %s (%d bytes, sha256 %s)%n",
                trained.vectors().size(),
                trained.vectors().dimension(),
                vectors,
                size(vectors),
                trained.vectors().sha256());
      }
      return summary;
    } finally {
      spark.stop();
    }
  }

  /** The cluster table and the vectors of its words, from one Word2Vec run. */
  public record Trained(WordClusters clusters, WordVectors vectors) {}

  /** Trains the table on the first {@code limit} articles of {@code corpus} (0: all). */
  public static Trained train(SparkSession spark, Path corpus, int limit, Parameters parameters) {
    StructType articleSchema = new StructType().add("text", DataTypes.StringType);
    Dataset<Row> articles = spark.read().schema(articleSchema).json(corpus.toString()).coalesce(1);
    if (limit > 0) {
      articles = articles.limit(limit).coalesce(1);
    }
    JavaRDD<Row> sentenceRows =
        articles.select("text").as(Encoders.STRING()).javaRDD().mapPartitions(new SentenceWords());
    StructType sentenceSchema =
        new StructType().add("words", DataTypes.createArrayType(DataTypes.StringType));
    Dataset<Row> sentences =
        spark.createDataFrame(sentenceRows, sentenceSchema).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Word2VecModel w2v =
          new Word2Vec()
              .setInputCol("words")
              .setVectorSize(parameters.vectorSize())
              .setWindowSize(parameters.window())
              .setMinCount(parameters.minCount())
              .setMaxIter(parameters.epochs())
              .setNumPartitions(1)
              .setSeed(parameters.seed())
              .fit(sentences);
      List<Row> frequent =
          sentences
              .select(functions.explode(functions.col("words")).as("word"))
              .groupBy("word")
              .count()
              .orderBy(functions.col("count").desc(), functions.col("word").asc())
              .limit(parameters.vocabulary())
              .collectAsList();
      Map<String, Vector> vectors = new HashMap<>();
      for (Row r : w2v.getVectors().collectAsList()) {
        vectors.put(r.getString(0), (Vector) r.get(1));
      }
      TreeMap<String, Vector> kept = new TreeMap<>();
      for (Row r : frequent) {
        Vector v = vectors.get(r.getString(0));
        if (v != null) {
          kept.put(r.getString(0), v);
        }
      }
      String source = corpus.getFileName() + " limit " + limit;
      Map<String, float[]> floats = new HashMap<>(kept.size() * 2);
      kept.forEach(
          (w, v) -> {
            double[] d = v.toArray();
            float[] f = new float[d.length];
            for (int i = 0; i < d.length; i++) {
              f[i] = (float) d[i];
            }
            floats.put(w, f);
          });
      WordVectors wordVectors =
          WordVectors.quantise(floats, "Spark MLlib Word2Vec over " + source + "; " + parameters);
      return new Trained(cluster(spark, kept, parameters, source), wordVectors);
    } finally {
      sentences.unpersist();
    }
  }

  private static WordClusters cluster(
      SparkSession spark, TreeMap<String, Vector> kept, Parameters parameters, String source) {
    List<Row> rows = new ArrayList<>(kept.size());
    kept.forEach((w, v) -> rows.add(RowFactory.create(w, v)));
    StructType schema =
        new StructType().add("word", DataTypes.StringType).add("vector", SQLDataTypes.VectorType());
    Dataset<Row> words = spark.createDataFrame(rows, schema).coalesce(1).cache();
    Map<String, int[]> ids = new HashMap<>();
    kept.keySet().forEach(w -> ids.put(w, new int[parameters.clusters().size()]));
    for (int level = 0; level < parameters.clusters().size(); level++) {
      int k = Math.min(parameters.clusters().get(level), Math.max(2, kept.size() / 2));
      KMeansModel model =
          new KMeans()
              .setK(k)
              .setSeed(parameters.seed())
              .setMaxIter(parameters.kmeansIterations())
              .setDistanceMeasure("cosine")
              .setFeaturesCol("vector")
              .fit(words);
      for (Row r : model.transform(words).select("word", "prediction").collectAsList()) {
        ids.get(r.getString(0))[level] = r.getInt(1);
      }
    }
    words.unpersist();
    String header =
        "word clusters: Spark MLlib Word2Vec + k-means (cosine) over "
            + source
            + "\n"
            + parameters
            + "\n"
            + "columns: word key, then one cluster id per k";
    return new WordClusters(ids, parameters.clusters().size(), header);
  }

  /**
   * Sentences of word keys, one row per sentence, in article order; one tokenizer per partition.
   */
  static final class SentenceWords implements FlatMapFunction<Iterator<String>, Row> {
    @Override
    public Iterator<Row> call(Iterator<String> texts) {
      CorpusTokenizer tokenizer = new CorpusTokenizer(NlpModels.get());
      return new Iterator<>() {
        private Iterator<List<String>> current = List.<List<String>>of().iterator();

        @Override
        public boolean hasNext() {
          while (!current.hasNext() && texts.hasNext()) {
            String text = texts.next();
            current = text == null ? current : tokenizer.sentences(text).iterator();
          }
          return current.hasNext();
        }

        @Override
        public Row next() {
          hasNext();
          return RowFactory.create((Object) current.next().toArray(String[]::new));
        }
      };
    }
  }

  /** Something that writes itself to a stream. */
  @FunctionalInterface
  private interface Contents {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes a file, creating its folder; a failure is a {@link ConfigException} naming it. */
  private static void writeFile(Path out, String what, Contents contents) {
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream o = Files.newOutputStream(out)) {
        contents.writeTo(o);
      }
    } catch (IOException e) {
      throw new ConfigException("cannot write the " + what + " to " + out + ": " + e, e);
    }
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return -1;
    }
  }

  private static String sha256(Path p) {
    try {
      return Checksums.sha256Hex(Files.readAllBytes(p));
    } catch (IOException e) {
      return "?";
    }
  }
}
