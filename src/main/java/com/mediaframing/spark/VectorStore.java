package com.mediaframing.spark;

import static org.apache.spark.sql.functions.col;

import com.mediaframing.nlp.SentenceEncoder;
import com.mediaframing.nlp.SentenceEncoderSource;
import com.mediaframing.nlp.VectorBytes;
import com.mediaframing.output.Publication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vector store kept with the output: every text the job sends through the sentence encoder,
 * keyed by the encoder's {@link SentenceEncoder#fingerprint() fingerprint} and the SHA-256 of the
 * exact text ({@link VectorBytes#key}), with its vector (float32, exact). A stage hands {@link
 * #vectors} the texts it needs; they are joined with the store as Spark datasets (nothing of the
 * store is collected on the driver), only the misses are encoded, each distinct text once.
 *
 * <p>Layout: {@code DIR/_state/vectors/encoder=<fingerprint>/batch=<run date>-<run id>-<stage>/}
 * Parquet files of {@code key} (string) and {@code vector} (binary). A run writes its new vectors
 * as a new batch into its staging folder and publishes it with every other table ({@link
 * Publication}): a killed run leaves the store as it was, and the next run encodes those texts
 * again. A changed model has another fingerprint, so it misses by key and never reads another
 * model's vectors. The store only grows; {@link #prune} keeps the vectors of the current articles,
 * and a run that finds more than {@link #MAX_BATCHES} batches rewrites them as one ({@link
 * #compact}).
 *
 * <p>Not thread-safe: one per run, used from the driver.
 */
final class VectorStore {
  private static final Logger LOG = LoggerFactory.getLogger(FramingJob.class);

  /** The store's folder relative to the output folder. */
  static final String PATH = "_state/vectors";

  /** The columns of a stored vector. */
  static final StructType SCHEMA =
      new StructType()
          .add("key", DataTypes.StringType, false)
          .add("vector", DataTypes.BinaryType, false);

  /**
   * A stage that wants fewer than one stored vector in this many has the store filtered by its keys
   * before its rows join the vectors ({@link #withVectors}).
   */
  static final int WANTED_SHARE_TO_FILTER = 3;

  /** The columns a stage hands in: a text and its key. */
  static final StructType TEXTS =
      new StructType()
          .add("key", DataTypes.StringType, false)
          .add("text", DataTypes.StringType, false);

  private final SparkSession spark;
  private final String outputDir;
  private final Publication publication;
  private final String batchPrefix;
  private final SentenceEncoderSource encoder;
  private final String fingerprint;
  private final List<String> stagedBatches = new ArrayList<>();
  // the published batches this run reads (paths): listed at the first need (one run at a time
  // holds the output's lock, so they do not change); the compacted batch once compacted
  private List<String> publishedBatches;
  private final List<Dataset<?>> cached = new ArrayList<>();
  private final AtomicLong encoded = new AtomicLong();
  private final AtomicLong reused = new AtomicLong();

  /**
   * @param publication the run's publication, where new batches are staged; null for a read-only
   *     use (story threshold sweeps): misses are then encoded and kept in the session only
   * @param batchPrefix names this run's batches (run date and run id)
   */
  VectorStore(
      SparkSession spark,
      String outputDir,
      Publication publication,
      String batchPrefix,
      SentenceEncoderSource encoder) {
    this.spark = spark;
    this.outputDir = outputDir;
    this.publication = publication;
    this.batchPrefix = batchPrefix;
    this.encoder = encoder;
    this.fingerprint = encoder.get().fingerprint();
  }

  /** The fingerprint of the configured encoder: the store's partition of this run. */
  String fingerprint() {
    return fingerprint;
  }

  /** The encoder's model id. */
  String modelId() {
    return encoder.get().modelId();
  }

  /** Texts this run encoded, in all stages so far. */
  long encoded() {
    return encoded.get();
  }

  /** Texts this run found in the store, in all stages so far. */
  long reused() {
    return reused.get();
  }

  /**
   * {@code rows} with the vector of their text beside them: the stored vectors, and the misses
   * encoded now (each distinct text once, the work spread over the cluster) and staged as this
   * run's batch {@code stage}. The rows join the stored and new vectors once; when they want a
   * small part of the store, the store is first filtered by their keys, so that only the hits move
   * to that join. Not cached: the caller reads the result once.
   *
   * @param rows the texts to look up, in columns {@code key} and {@code text} ({@link #key}; null
   *     for a row with no text, which a left outer join keeps with a null vector) beside any
   *     others; read twice (the misses, then the join), so best cached
   * @param joinType {@code inner} or {@code left_outer}
   * @param nanos receives the executors' time in the encoder
   * @return the rows' columns and {@code vector} (float32 bytes, {@link VectorBytes})
   */
  Dataset<Row> withVectors(
      Dataset<Row> rows, String stage, String joinType, LongAccumulator nanos) {
    Dataset<Row> wanted =
        cacheUntilRelease(
            rows.filter(col("key").isNotNull()).select("key", "text").dropDuplicates("key"));
    long nWanted = wanted.count();
    Dataset<Row> stored = readStored();
    // the key column alone: Parquet reads no stored vector to find what is missing
    Dataset<Row> misses =
        stored == null ? wanted : wanted.join(stored.select("key"), "key", "left_anti");
    int slices = Math.max(1, spark.sparkContext().defaultParallelism() * 4);
    Dataset<Row> fresh =
        misses
            .repartition(slices)
            .mapPartitions(new EncodeTexts(encoder, nanos), Encoders.row(SCHEMA));
    Dataset<Row> freshRows;
    if (publication != null) {
      String rel = PATH + "/encoder=" + fingerprint + "/batch=" + batchPrefix + "-" + stage;
      String path = publication.stagingDir() + "/" + rel;
      fresh.write().mode(SaveMode.Overwrite).parquet(path);
      freshRows = spark.read().schema(SCHEMA).parquet(path);
      long n = freshRows.count();
      if (n > 0) {
        publication.replace(rel);
        stagedBatches.add(path);
      }
      encoded.addAndGet(n);
      reused.addAndGet(nWanted - n);
      LOG.info("vectors ({}): {} encoded now, {} from the store", stage, n, nWanted - n);
    } else {
      freshRows = cacheUntilRelease(fresh);
      long n = freshRows.count();
      encoded.addAndGet(n);
      reused.addAndGet(nWanted - n);
    }
    Dataset<Row> known;
    if (stored == null) {
      known = freshRows;
    } else if (nWanted * WANTED_SHARE_TO_FILTER < stored.count()) {
      // a small part of the store (a stage's leads beside every claim sentence): only the hits
      // are moved to the rows' join; the wanted keys are few, so the planner broadcasts them
      known = stored.join(wanted.select("key"), "key", "left_semi").unionByName(freshRows);
    } else {
      // most of the store: the rows join it directly, with no join to find the hits first
      known = stored.unionByName(freshRows);
    }
    return rows.join(
        known, scala.jdk.javaapi.CollectionConverters.asScala(List.of("key")).toSeq(), joinType);
  }

  /**
   * Published batches of one encoder beyond which a run compacts them ({@link #compact}): every
   * night that meets new texts adds a batch per stage, and each lookup lists and opens them all.
   */
  static final int MAX_BATCHES = 32;

  /**
   * When the published batches of this encoder number more than {@code maxBatches}, rewrites them
   * as one batch staged with the run (every vector kept), which replaces them when the run is
   * published: a run killed before that leaves the batches as they were. The run's lookups then
   * read the compacted batch. Call before the first lookup.
   *
   * @return whether the batches were compacted
   */
  boolean compact(int maxBatches) {
    if (publication == null || !stagedBatches.isEmpty()) {
      throw new IllegalStateException("compact before the first lookup of a publishing run");
    }
    List<String> batches = publishedBatches();
    if (batches.size() <= maxBatches) {
      return false;
    }
    String dir = PATH + "/encoder=" + fingerprint;
    String rel = dir + "/batch=" + batchPrefix + "-compacted";
    String path = publication.stagingDir() + "/" + rel;
    spark
        .read()
        .schema(SCHEMA)
        .parquet(batches.toArray(String[]::new))
        .coalesce(Math.max(1, spark.sparkContext().defaultParallelism()))
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(path);
    for (String b : batches) {
      publication.delete(dir + "/" + new Path(b).getName());
    }
    publication.replace(rel);
    publishedBatches = List.of(path);
    LOG.info(
        "vectors: {} batches of {} compacted into one of {} vectors",
        batches.size(),
        fingerprint,
        spark.read().schema(SCHEMA).parquet(path).count());
    return true;
  }

  /**
   * {@code d} cached at the run's level until {@link #release}: for a stage's rows that feed the
   * lookup and are read again after it.
   */
  Dataset<Row> cacheUntilRelease(Dataset<Row> d) {
    Dataset<Row> c = d.persist(CacheLevel.of(spark));
    cached.add(c);
    return c;
  }

  /** Releases the datasets cached for the lookups ({@link #cacheUntilRelease}). */
  void release() {
    cached.forEach(Dataset::unpersist);
    cached.clear();
  }

  /**
   * The stored vectors of this encoder: the published batches and the ones this run staged; null
   * when there are none.
   */
  private Dataset<Row> readStored() {
    List<String> paths = new ArrayList<>(stagedBatches);
    paths.addAll(publishedBatches());
    if (paths.isEmpty()) {
      return null;
    }
    // Each key is stored once: a stage encodes only what the published batches and this run's
    // earlier batches lack, one run at a time holds the output's lock, and a prune or a
    // compaction rewrites the store as one batch. So the joins stay one row per key without a
    // shuffle to deduplicate.
    return spark.read().schema(SCHEMA).parquet(paths.toArray(String[]::new));
  }

  /** The published batches of this encoder this run reads, listed once. */
  private List<String> publishedBatches() {
    if (publishedBatches != null) {
      return publishedBatches;
    }
    List<String> paths = new ArrayList<>();
    Path published = new Path(new Path(outputDir, PATH), "encoder=" + fingerprint);
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    try {
      FileSystem fs = published.getFileSystem(hadoop);
      if (fs.exists(published)) {
        for (FileStatus batch : fs.listStatus(published)) {
          if (batch.isDirectory() && batch.getPath().getName().startsWith("batch=")) {
            paths.add(batch.getPath().toString());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + published + ": " + e.getMessage(), e);
    }
    publishedBatches = List.copyOf(paths);
    return publishedBatches;
  }

  /** Encodes rows (key, text) to rows (key, vector) with the executor's encoder. */
  static final class EncodeTexts implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final SentenceEncoderSource encoder;
    private final LongAccumulator nanos;

    EncodeTexts(SentenceEncoderSource encoder, LongAccumulator nanos) {
      this.encoder = encoder;
      this.nanos = nanos;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      SentenceEncoder e = encoder.get();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row r = rows.next();
          long t0 = System.nanoTime();
          float[] v = e.encode(List.of(r.getString(1)))[0];
          nanos.add(System.nanoTime() - t0);
          return RowFactory.create(r.getString(0), VectorBytes.toBytes(v));
        }
      };
    }
  }

  /** A row of {@link #TEXTS} for {@code text}. */
  static Row text(String text) {
    return RowFactory.create(VectorBytes.key(text), text);
  }

  /**
   * Keeps only the vectors the current articles can ask for: the stored vectors of {@code encoder}
   * whose text is the lead or a claim sentence of an article of the state table (as the story stage
   * cuts them), rewritten as one batch; the batches of other encoders (models no longer configured)
   * are deleted. Published in one step under the output's lock, like a run.
   *
   * @return kept and dropped vectors of {@code encoder}, and the folders of other encoders deleted
   */
  static String prune(SparkSession spark, String outputDir, SentenceEncoderSource encoder) {
    String runId = java.util.UUID.randomUUID().toString();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    try (com.mediaframing.output.OutputLock lock =
        com.mediaframing.output.OutputLock.acquire(outputDir, runId, hadoop)) {
      Publication.recover(outputDir, hadoop);
      Publication publication = Publication.begin(outputDir, runId, hadoop);
      try {
        String report = prune(spark, outputDir, encoder, publication, runId);
        publication.publish();
        return report;
      } catch (RuntimeException e) {
        publication.abandon();
        throw e;
      }
    }
  }

  private static String prune(
      SparkSession spark,
      String outputDir,
      SentenceEncoderSource encoder,
      Publication publication,
      String runId) {
    VectorStore store = new VectorStore(spark, outputDir, null, "prune", encoder);
    List<String> others = new ArrayList<>();
    for (String name : publication.publishedNames(PATH)) {
      if (!name.equals("encoder=" + store.fingerprint)) {
        others.add(name);
        publication.delete(PATH + "/" + name);
      }
    }
    Dataset<Row> stored = store.readStored();
    if (stored == null) {
      return "vector store: no vectors of "
          + store.fingerprint
          + "; deleted the folders of "
          + others.size()
          + " other encoders";
    }
    Dataset<Row> state =
        ArticleState.read(spark, outputDir)
            .orElseThrow(
                () ->
                    new com.mediaframing.base.ConfigException(
                        "no state table of this version in "
                            + outputDir
                            + "; nothing to prune by"));
    Dataset<Row> used =
        state
            .select("storyLead", "claims")
            .flatMap(new UsedKeys(), Encoders.STRING())
            .toDF("key")
            .distinct();
    Dataset<Row> kept = stored.join(used, "key").select("key", "vector");
    String dir = PATH + "/encoder=" + store.fingerprint;
    String rel = dir + "/batch=pruned-" + runId.substring(0, 8);
    kept.coalesce(Math.max(1, spark.sparkContext().defaultParallelism()))
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(publication.stagingDir() + "/" + rel);
    long nKept = spark.read().schema(SCHEMA).parquet(publication.stagingDir() + "/" + rel).count();
    long nStored = stored.count();
    for (String name : publication.publishedNames(dir)) {
      publication.delete(dir + "/" + name);
    }
    publication.replace(rel);
    return String.format(
        java.util.Locale.ROOT,
        "vector store: kept %d vectors of %s that current articles use, dropped %d; deleted the"
            + " folders of %d other encoders",
        nKept,
        store.fingerprint,
        nStored - nKept,
        others.size());
  }

  /**
   * The keys an article's texts have in the store: its lead as the story stage cuts it and every
   * claim sentence (a superset of those the claim gate encodes).
   */
  static final class UsedKeys
      implements org.apache.spark.api.java.function.FlatMapFunction<Row, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<String> call(Row r) {
      List<String> keys = new ArrayList<>();
      String lead =
          StoryLinkFunctions.encodedLead(
              r.isNullAt(0) ? null : r.getString(0),
              com.mediaframing.stories.StoryOptions.LEAD_CHARS);
      if (lead != null) {
        keys.add(VectorBytes.key(lead));
      }
      if (!r.isNullAt(1)) {
        for (Row c : r.<Row>getList(1)) {
          String t = c.getAs("text");
          if (t != null) {
            keys.add(VectorBytes.key(com.mediaframing.stories.ClaimAligner.encodedText(t)));
          }
        }
      }
      return keys.iterator();
    }
  }
}
