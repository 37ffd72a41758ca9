package com.mediaframing.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.nlp.SentenceEncoderSource;
import com.mediaframing.nlp.VectorBytes;
import com.mediaframing.output.Publication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vector store on a local Spark session: misses are encoded once and published with the run,
 * hits are read back exactly, another encoder misses by its fingerprint, and a run that never
 * publishes leaves the store as it was.
 */
class VectorStoreIT {
  @TempDir Path tmp;

  private final SparkSession spark = SparkTestSession.get();

  private Dataset<Row> texts(String... texts) {
    return spark.createDataFrame(
        java.util.Arrays.stream(texts).map(VectorStore::text).toList(), VectorStore.TEXTS);
  }

  /** One run's lookup of {@code texts}: publishes when {@code publish}, else abandons. */
  private Looked look(SentenceEncoderSource encoder, boolean publish, String... texts) {
    return look(tmp, encoder, publish, false, texts);
  }

  /**
   * One run's lookup of {@code texts} in output folder {@code out}, after compacting the store's
   * batches (more than 2) when {@code compact}: publishes when {@code publish}, else abandons.
   * Every text given gets exactly one row.
   */
  private Looked look(
      Path out, SentenceEncoderSource encoder, boolean publish, boolean compact, String... texts) {
    String runId = UUID.randomUUID().toString();
    Publication p =
        Publication.begin(out.toString(), runId, spark.sparkContext().hadoopConfiguration());
    VectorStore store = new VectorStore(spark, out.toString(), p, "d-" + runId, encoder);
    if (compact) {
      assertTrue(store.compact(2));
    }
    Map<String, float[]> byKey = new HashMap<>();
    List<Row> rows =
        store
            .withVectors(texts(texts), "test", "inner", spark.sparkContext().longAccumulator())
            .collectAsList();
    assertEquals(texts.length, rows.size(), "one row per text given");
    for (Row r : rows) {
      byKey.put(r.getAs("key"), VectorBytes.fromBytes(r.getAs("vector")));
    }
    store.release();
    if (publish) {
      p.publish();
    } else {
      p.abandon();
    }
    return new Looked(byKey, store.encoded(), store.reused());
  }

  private record Looked(Map<String, float[]> byKey, long encoded, long reused) {}

  @Test
  void missesAreEncodedOnceAndHitsReadBackExactly() {
    Looked first = look(SentenceEncoderSource.MINILM, true, "Rubio called Lavrov.", "A", "A");
    assertEquals(2, first.encoded(), "two distinct texts, 'A' given twice");
    assertEquals(0, first.reused());

    Looked second =
        look(SentenceEncoderSource.MINILM, true, "Rubio called Lavrov.", "Talks in Riyadh.");
    assertEquals(1, second.encoded(), "only the new text is encoded");
    assertEquals(1, second.reused());
    float[] direct = SentenceEncoderSource.MINILM.get().encode(List.of("Rubio called Lavrov."))[0];
    assertArrayEquals(direct, second.byKey().get(VectorBytes.key("Rubio called Lavrov.")));
    assertArrayEquals(
        SentenceEncoderSource.MINILM.get().encode(List.of("Talks in Riyadh."))[0],
        second.byKey().get(VectorBytes.key("Talks in Riyadh.")));
    assertEquals(2, second.byKey().size());
    Dataset<Row> stored = spark.read().parquet(tmp.resolve(VectorStore.PATH).toString());
    assertEquals(3, stored.count(), "every key stored once");
    assertEquals(3, stored.select("key").distinct().count());

    // one text of three stored: the store is filtered by the wanted key before the join
    Looked third = look(SentenceEncoderSource.MINILM, true, "Talks in Riyadh.", "Talks in Riyadh.");
    assertEquals(0, third.encoded());
    assertEquals(1, third.reused());
    assertEquals(1, third.byKey().size());
    assertArrayEquals(
        second.byKey().get(VectorBytes.key("Talks in Riyadh.")),
        third.byKey().get(VectorBytes.key("Talks in Riyadh.")));
  }

  @Test
  void anotherEncoderMissesByItsFingerprint() {
    look(SentenceEncoderSource.MINILM, true, "Rubio called Lavrov.");
    SentenceEncoderSource bge = SentenceEncoderSource.named("bge-small");
    assertTrue(!bge.get().fingerprint().equals(SentenceEncoderSource.MINILM.get().fingerprint()));
    Looked other = look(bge, true, "Rubio called Lavrov.");
    assertEquals(1, other.encoded(), "a MiniLM vector is no BGE vector");
    assertEquals(bge.get().dimension(), other.byKey().values().iterator().next().length);
    assertEquals(0, look(SentenceEncoderSource.MINILM, true, "Rubio called Lavrov.").encoded());
  }

  @Test
  void aRunThatNeverPublishesLeavesTheStoreAsItWas() throws Exception {
    look(SentenceEncoderSource.MINILM, true, "Rubio called Lavrov.");
    long before;
    try (var files = Files.walk(tmp.resolve(VectorStore.PATH))) {
      before = files.filter(f -> f.toString().endsWith(".parquet")).count();
    }
    Looked killed = look(SentenceEncoderSource.MINILM, false, "Talks in Riyadh.");
    assertEquals(1, killed.encoded());
    try (var files = Files.walk(tmp.resolve(VectorStore.PATH))) {
      assertEquals(before, files.filter(f -> f.toString().endsWith(".parquet")).count());
    }
    Looked next =
        look(SentenceEncoderSource.MINILM, true, "Rubio called Lavrov.", "Talks in Riyadh.");
    assertEquals(1, next.encoded(), "the abandoned run's vector was never published");
    assertEquals(1, next.reused());
  }

  @Test
  void manyBatchesAreCompactedIntoOneWhenTheRunIsPublished() throws Exception {
    look(SentenceEncoderSource.MINILM, true, "One.");
    look(SentenceEncoderSource.MINILM, true, "Two.");
    look(SentenceEncoderSource.MINILM, true, "Three.");
    assertEquals(3, batches());

    // a run killed after compacting leaves the batches as they were
    assertEquals(
        0,
        look(tmp, SentenceEncoderSource.MINILM, false, true, "One.", "Two.", "Three.").encoded());
    assertEquals(3, batches());

    Looked compacted =
        look(tmp, SentenceEncoderSource.MINILM, true, true, "One.", "Two.", "Three.", "Four.");
    assertEquals(1, compacted.encoded());
    assertEquals(3, compacted.reused());
    assertArrayEquals(
        SentenceEncoderSource.MINILM.get().encode(List.of("Two."))[0],
        compacted.byKey().get(VectorBytes.key("Two.")));
    assertEquals(2, batches(), "the compacted batch and the run's new one");
    Looked after = look(SentenceEncoderSource.MINILM, true, "One.", "Two.", "Three.", "Four.");
    assertEquals(0, after.encoded());
    assertEquals(4, after.byKey().size());
  }

  private long batches() throws java.io.IOException {
    Path dir =
        tmp.resolve(VectorStore.PATH)
            .resolve("encoder=" + SentenceEncoderSource.MINILM.get().fingerprint());
    try (var entries = Files.list(dir)) {
      return entries.filter(e -> e.getFileName().toString().startsWith("batch=")).count();
    }
  }

  @Test
  void pruneKeepsTheVectorsTheArticlesUseAndTheNextRunEncodesNothing() {
    Path out = tmp.resolve("out");
    SeedsRun.run(spark, "--input", "seeds", "--output", out.toString(), "--run-date", "2025-05-07");
    java.util.Set<String> used = storedKeys(out);
    assertTrue(used.size() > 10, "stored " + used.size());

    // a vector no article asks for: a text of an article since changed, say
    look(out, SentenceEncoderSource.MINILM, true, false, "A sentence no article has.");
    assertEquals(used.size() + 1, storedKeys(out).size());

    String report = VectorStore.prune(spark, out.toString(), SentenceEncoderSource.MINILM);
    assertTrue(report.contains("kept " + used.size() + " vectors"), report);
    assertTrue(report.contains("dropped 1;"), report);
    assertEquals(used, storedKeys(out));

    SeedsRun.run(spark, "--input", "seeds", "--output", out.toString(), "--run-date", "2025-05-08");
    Row manifest =
        spark
            .read()
            .parquet(out.resolve("parquet/run_manifest").toString())
            .filter("run_date = '2025-05-08'")
            .first();
    assertEquals(0L, ((Number) manifest.getAs("n_texts_encoded")).longValue());
    assertEquals(used.size(), ((Number) manifest.getAs("n_texts_reused")).longValue());
  }

  private java.util.Set<String> storedKeys(Path out) {
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (Row r :
        spark
            .read()
            .parquet(out.resolve(VectorStore.PATH).toString())
            .select("key")
            .collectAsList()) {
      assertTrue(keys.add(r.getString(0)), "a key stored twice: " + r.getString(0));
    }
    return keys;
  }
}
