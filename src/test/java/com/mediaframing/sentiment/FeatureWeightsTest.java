package com.mediaframing.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureWeightsTest {
  @Test
  void aFeatureHashesAlikeWhetherGivenWholeOrInParts() {
    FeatureHashes parts = new FeatureHashes();
    parts.add("wL1=", "slam");
    parts.add("rl=", "object", "|", "--");
    parts.add("", "role=", "none");
    parts.add("wL1=slam");
    assertEquals(4, parts.size());
    assertEquals(FeatureHashes.of("wL1=slam"), parts.get(0));
    assertEquals(FeatureHashes.of("rl=object|--"), parts.get(1));
    assertEquals(FeatureHashes.of("role=none"), parts.get(2));
    assertEquals(parts.get(0), parts.get(3));
    // A number is hashed as its decimal form, as string concatenation writes it.
    FeatureSink.Strings strings = new FeatureSink.Strings();
    FeatureHashes numbers = new FeatureHashes();
    int[] values = {0, 7, 17, 1023, -1, -40, Integer.MAX_VALUE, Integer.MIN_VALUE};
    for (int n : values) {
      strings.add("cb=", n);
      numbers.add("cb=", n);
    }
    String[] written = strings.toArray();
    for (int i = 0; i < values.length; i++) {
      assertEquals("cb=" + values[i], written[i]);
      assertEquals(FeatureHashes.of(written[i]), numbers.get(i), written[i]);
    }
    // Distinct short strings, including ones that differ only by where a part ends, differ.
    Set<Long> seen = new HashSet<>();
    for (String f : List.of("", "a", "b", "ab", "ba", "bow=a", "bow=b", "wo=ab", "w=oab")) {
      assertTrue(seen.add(FeatureHashes.of(f)), f);
      assertNotEquals(0L, FeatureHashes.of(f));
    }
    // The sink grows past its first buffer.
    FeatureHashes many = new FeatureHashes();
    for (int i = 0; i < 500; i++) {
      many.add("cb=", Integer.toString(i));
    }
    assertEquals(500, many.size());
    assertEquals(FeatureHashes.of("cb=499"), many.get(499));
  }

  @Test
  void maxentWeightsAddPerOccurrenceInOrderAndLogisticOncePerFeature() {
    // Entries 0-1 are the logistic model's (ids 1, 2), entry 2 is maxent only.
    List<String> features = List.of("good", "bias", "maxent-only");
    double[] maxent = {0.5, -0.25, 0.125, 0.0, 1.0, 2.0};
    double[] logistic = {3.0, -1.0, 0.0, 0.25};
    FeatureWeights table = new FeatureWeights(2, 2, features, maxent, logistic);
    double[] sums = {0.1, 0.2};
    double[] decision = new double[2];
    table.addTo(
        FeatureHashes.of(new String[] {"maxent-only", "good", "never-seen", "good", "bias"}),
        sums,
        decision);
    assertArrayEquals(new double[] {0.1 + 1.0 + 0.5 + 0.5 + 0.125, 0.2 + 2.0 - 0.25 - 0.25}, sums);
    // Two distinct logistic features, each at 1 / sqrt(2), in id order.
    double value = 1.0 / Math.sqrt(2);
    assertArrayEquals(new double[] {3.0 * value + 0.0 * value, -value + 0.25 * value}, decision);
    double[] none = {0.0, 0.0};
    table.addTo(FeatureHashes.of(new String[] {"never-seen"}), none, null);
    assertArrayEquals(new double[] {0.0, 0.0}, none);
  }

  @Test
  void aLargeTableFindsEveryFeatureAndNothingElse() {
    List<String> features = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      features.add("bow=w" + i);
    }
    double[] maxent = new double[features.size()];
    for (int i = 0; i < maxent.length; i++) {
      maxent[i] = i;
    }
    FeatureWeights table = new FeatureWeights(1, 0, features, maxent, new double[0]);
    assertEquals(1 << 17, table.capacity());
    for (int i = 0; i < features.size(); i += 997) {
      double[] sum = {0.0};
      table.addTo(FeatureHashes.of(new String[] {features.get(i), "wo=w" + i}), sum, null);
      assertEquals(i, sum[0], features.get(i));
    }
  }

  @Test
  void aFeatureTwiceOrWeightsOfTheWrongLengthAreRefused() {
    IllegalArgumentException twice =
        assertThrows(
            IllegalArgumentException.class,
            () -> new FeatureWeights(1, 0, List.of("x", "x"), new double[2], new double[0]));
    assertEquals("features 'x' and 'x' have one 64-bit hash", twice.getMessage());
    IllegalArgumentException shortWeights =
        assertThrows(
            IllegalArgumentException.class,
            () -> new FeatureWeights(3, 0, List.of("x", "y"), new double[3], new double[0]));
    assertEquals("weights do not fit 2 features: 3 maxent, 0 logistic", shortWeights.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new FeatureWeights(1, 3, List.of("x"), new double[1], new double[6]));
  }
}
