package com.mediaframing.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mediaframing.base.ConfigException;
import com.mediaframing.nlp.WordClusters;
import com.mediaframing.nlp.WordVectors;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train-clusters} on a corpus this test writes: animals and colours occur in different
 * contexts, so Word2Vec + k-means (k = 2) must separate them, and training twice must give the same
 * file.
 */
class WordClusterTrainingIT {
  @TempDir Path dir;

  private static final WordClusterTraining.Parameters SMALL =
      WordClusterTraining.Parameters.DEFAULTS.scaled(40, List.of(2, 4));

  private Path corpus() throws Exception {
    String[] animals = {"cat", "dog", "horse", "goat"};
    String[] colours = {"red", "blue", "green", "yellow"};
    ObjectMapper mapper = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (int article = 0; article < 60; article++) {
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < 8; k++) {
        String animal = animals[(article + k) % animals.length];
        String colour = colours[(article * 3 + k) % colours.length];
        text.append("The ")
            .append(animal)
            .append(" eats and sleeps and runs. She painted the wall ")
            .append(colour)
            .append(" with bright paint. ");
      }
      lines.add(mapper.writeValueAsString(Map.of("id", "a" + article, "text", text.toString())));
    }
    Path file = dir.resolve("corpus.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private static String text(WordClusters table) throws Exception {
    StringWriter out = new StringWriter();
    table.write(out);
    return out.toString();
  }

  @Test
  void sameCorpusSameTableAndContextsSeparateWords() throws Exception {
    Path corpus = corpus();
    WordClusterTraining.Trained first =
        WordClusterTraining.train(SparkTestSession.get(), corpus, 0, SMALL);
    WordClusterTraining.Trained second =
        WordClusterTraining.train(SparkTestSession.get(), corpus, 0, SMALL);
    WordClusters table = first.clusters();
    assertEquals(text(table), text(second.clusters()));
    assertEquals(2, table.levels());
    assertEquals(table.cluster("cat", 0), table.cluster("goat", 0));
    assertEquals(table.cluster("red", 0), table.cluster("yellow", 0));
    assertNotEquals(table.cluster("cat", 0), table.cluster("red", 0));
    assertTrue(text(table).startsWith("# word clusters: Spark MLlib Word2Vec"), text(table));
    // The vectors are those of the clustered words, reproducible, and carry the same contrast.
    WordVectors vectors = first.vectors();
    assertEquals(vectors.sha256(), second.vectors().sha256());
    assertEquals(table.size(), vectors.size());
    assertEquals(100, vectors.dimension());
    assertTrue(
        cosine(vectors, "cat", "goat") > cosine(vectors, "cat", "red"),
        cosine(vectors, "cat", "goat") + " vs " + cosine(vectors, "cat", "red"));
  }

  private static double cosine(WordVectors vectors, String a, String b) {
    float[] x = vectors.vector(a);
    float[] y = vectors.vector(b);
    double dot = 0;
    double nx = 0;
    double ny = 0;
    for (int d = 0; d < x.length; d++) {
      dot += x[d] * y[d];
      nx += x[d] * x[d];
      ny += y[d] * y[d];
    }
    return dot / Math.sqrt(nx * ny);
  }

  @Test
  void commandNamesAMissingCorpusBeforeStartingSpark() {
    Path missing = dir.resolve("missing.jsonl");
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                WordClusterTraining.run(
                    List.of("--corpus", missing.toString(), "--out", dir.resolve("x").toString())));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }
}
