package com.mediaframing.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Quantised word vectors: values within half a step, stable bytes, one-line errors. */
class WordVectorsTest {
  private static final Map<String, float[]> VECTORS =
      Map.of(
          "war", new float[] {0.5f, -0.25f, 0.1f},
          "peace", new float[] {-0.4f, 0.2f, 0.0f},
          "zero", new float[] {0f, 0f, 0f});

  private static byte[] bytes(WordVectors v) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    v.write(out);
    return out.toByteArray();
  }

  @Test
  void quantisedValuesStayWithinHalfAStepAndIdsFollowSortedWords() {
    WordVectors v = WordVectors.quantise(VECTORS, "test");
    assertEquals(List.of("peace", "war", "zero"), v.words());
    assertEquals(3, v.dimension());
    float[] war = v.vector("war");
    float step = 0.5f / 127f;
    for (int d = 0; d < 3; d++) {
      assertEquals(VECTORS.get("war")[d], war[d], step / 2 + 1e-7);
    }
    assertEquals(0.5f, war[0], 1e-6);
    assertArrayEquals(new float[3], v.vector("zero"));
    assertEquals(1, v.id("war"));
    assertEquals(1, v.idOfToken("War"));
    assertEquals(-1, v.id("love"));
    assertEquals(-1, v.idOfToken(","));
    assertNull(v.vector("love"));
    assertEquals(war[2], v.value(1, 2));
  }

  @Test
  void sameVectorsSameBytesAndTheyReadBack() throws Exception {
    WordVectors v = WordVectors.quantise(VECTORS, "test");
    byte[] first = bytes(v);
    assertArrayEquals(first, bytes(WordVectors.quantise(VECTORS, "test")));
    WordVectors read = WordVectors.read(new ByteArrayInputStream(first));
    assertEquals(v.sha256(), read.sha256());
    assertEquals("test", read.header());
    assertArrayEquals(v.vector("peace"), read.vector("peace"));
    assertEquals(first.length, v.byteSize());
  }

  @Test
  void badTablesAreRefusedWithAReason() throws Exception {
    byte[] good = bytes(WordVectors.quantise(VECTORS, "test"));
    IOException truncated =
        assertThrows(
            IOException.class,
            () -> WordVectors.read(new ByteArrayInputStream(Arrays.copyOf(good, good.length - 1))));
    assertTrue(truncated instanceof EOFException, truncated.toString());
    IOException longer =
        assertThrows(
            IOException.class,
            () -> WordVectors.read(new ByteArrayInputStream(Arrays.copyOf(good, good.length + 1))));
    assertEquals("unexpected bytes after the word vectors", longer.getMessage());
    IOException foreign =
        assertThrows(
            IOException.class,
            () -> WordVectors.read(new ByteArrayInputStream("word\t1\t2\n".getBytes())));
    assertTrue(foreign.getMessage().startsWith("not a word vector table"), foreign.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            WordVectors.quantise(
                Map.of("a", new float[] {1f}, "b", new float[] {1f, 2f}), "ragged"));
  }

  @Test
  void theBundledTableCoversTheClusterVocabulary() {
    WordVectors bundled = WordVectors.bundled();
    assertEquals(WordClusters.bundled().size(), bundled.size());
    assertEquals(100, bundled.dimension());
    assertTrue(bundled.id("president") >= 0);
  }
}
