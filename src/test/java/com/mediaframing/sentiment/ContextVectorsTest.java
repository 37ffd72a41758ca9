package com.mediaframing.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mediaframing.nlp.WordVectors;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The four averaged blocks, and the folded weights that must give the same sums. */
class ContextVectorsTest {
  // Values that quantise exactly (multiples of max/127 with max = 1.27).
  private static final WordVectors VECTORS =
      WordVectors.quantise(
          Map.of(
              "a", new float[] {1.27f, 0.01f},
              "b", new float[] {-1.27f, 0.5f},
              "c", new float[] {0.02f, 1.27f}),
          "test");

  private static final ContextVectors CONTEXT = new ContextVectors(VECTORS);

  /**
   * a at distance 1 left in the clause, b at distance 2 right in the clause, c far right outside.
   */
  private static ContextWords context() {
    return new ContextWords(
        new int[] {VECTORS.id("a"), VECTORS.id("b"), VECTORS.id("c")},
        new double[] {1.0, 0.5, 0.25},
        new boolean[] {true, false, false},
        new boolean[] {true, true, false},
        3);
  }

  @Test
  void blocksAverageByNearnessOnEachSideAndPlainlyByClause() {
    double[] x = CONTEXT.represent(context());
    float[] a = VECTORS.vector("a");
    float[] b = VECTORS.vector("b");
    float[] c = VECTORS.vector("c");
    assertEquals(8, x.length);
    // left: a alone
    assertEquals(a[0], x[0], 1e-9);
    assertEquals(a[1], x[1], 1e-9);
    // right: (0.5 b + 0.25 c) / 0.75
    assertEquals((0.5 * b[0] + 0.25 * c[0]) / 0.75, x[2], 1e-9);
    assertEquals((0.5 * b[1] + 0.25 * c[1]) / 0.75, x[3], 1e-9);
    // clause: (a + b) / 2; outside: c
    assertEquals(((double) a[0] + b[0]) / 2, x[4], 1e-9);
    assertEquals(((double) a[1] + b[1]) / 2, x[5], 1e-9);
    assertEquals(c[0], x[6], 1e-9);
    assertEquals(c[1], x[7], 1e-9);
    assertArrayEquals(new double[8], CONTEXT.represent(ContextWords.EMPTY));
  }

  @Test
  void foldedWeightsGiveTheDotProductOfTheBlocks() {
    double[][] weights = {
      {0.3, -1.0, 2.0, 0.5, -0.7, 0.1, 1.5, -2.5}, {-0.2, 0.4, 0.0, 1.0, 0.9, -0.3, 0.2, 0.6}
    };
    double[] offsets = {0.25, -0.5};
    ContextVectors.Projection projection = CONTEXT.new Projection(weights, offsets);
    for (ContextWords words : new ContextWords[] {context(), ContextWords.EMPTY}) {
      double[] x = CONTEXT.represent(words);
      double[] expected = new double[2];
      for (int c = 0; c < 2; c++) {
        expected[c] = 1.0 + offsets[c];
        for (int d = 0; d < x.length; d++) {
          expected[c] += weights[c][d] * x[d];
        }
      }
      double[] sums = {1.0, 1.0};
      projection.addTo(words, sums);
      assertArrayEquals(expected, sums, 1e-12);
    }
  }
}
