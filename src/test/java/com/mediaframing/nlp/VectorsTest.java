package com.mediaframing.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class VectorsTest {
  @Test
  void dotEqualsTheSumOfProductsAtEveryLength() {
    Random random = new Random(7);
    for (int n = 0; n <= 11; n++) {
      float[] a = new float[n];
      float[] b = new float[n];
      double expected = 0;
      for (int i = 0; i < n; i++) {
        a[i] = (float) random.nextGaussian();
        b[i] = (float) random.nextGaussian();
        expected += (double) a[i] * b[i];
      }
      assertEquals(expected, Vectors.dot(a, b), 1e-12, "length " + n);
    }
  }

  @Test
  void dotOfAUnitVectorWithItselfIsOne() {
    float[] v = Vectors.normalize(new float[] {3, 4, 0, 12, 1});
    assertEquals(1.0, Vectors.dot(v, v), 1e-6);
  }

  @Test
  void dotRefusesVectorsOfDifferentLengths() {
    assertThrows(IllegalArgumentException.class, () -> Vectors.dot(new float[3], new float[4]));
  }
}
