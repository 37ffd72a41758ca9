package com.mediaframing.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticModelTest {
  /** Class 0 events say "bad", class 1 "table", class 2 "good"; "rare" occurs once. */
  private static final List<String[]> EVENTS = new ArrayList<>();

  private static final int[] CLASSES = new int[30];

  static {
    String[] cue = {"bad", "table", "good"};
    for (int i = 0; i < CLASSES.length; i++) {
      CLASSES[i] = i % 3;
      EVENTS.add(
          i == 0
              ? new String[] {"bias", cue[0], "rare"}
              : new String[] {"bias", cue[i % 3], "filler" + (i % 5)});
    }
  }

  private static byte[] bytes(LogisticModel model) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      model.write(out);
    }
    return buffer.toByteArray();
  }

  @Test
  void learnsTheCuesKeepsFrequentFeaturesAndIsReproducible() throws IOException {
    LogisticModel model = LogisticModel.train(EVENTS, CLASSES, 3, 2, 3.0);
    // bias, bad, table, good, filler0..filler4; "rare" is under the cutoff.
    assertEquals(9, model.features());
    for (int c = 0; c < 3; c++) {
      String cue = new String[] {"bad", "table", "good"}[c];
      double[] p = model.probabilities(new String[] {"bias", cue, "unseen"});
      assertEquals(1.0, p[0] + p[1] + p[2], 1e-9);
      for (int other = 0; other < 3; other++) {
        if (other != c) {
          assertTrue(p[c] > p[other], cue + " → class " + c + ": " + Arrays.toString(p));
        }
      }
    }
    byte[] first = bytes(model);
    assertArrayEquals(first, bytes(LogisticModel.train(EVENTS, CLASSES, 3, 2, 3.0)));
    LogisticModel read =
        LogisticModel.read(new DataInputStream(new ByteArrayInputStream(first)), 3);
    String[] event = {"bias", "good", "filler1", "bad"};
    assertArrayEquals(model.probabilities(event), read.probabilities(event), 1e-12);
  }

  /**
   * The scoring path for an event: the sparse decision values from a {@link FeatureWeights} table
   * of the model, then {@link LogisticModel#probabilitiesOfDecision}.
   */
  private static double[] byTable(LogisticModel model, String[] event, double[] dense) {
    List<String> names = model.names();
    FeatureWeights table =
        new FeatureWeights(
            1,
            model.columns(),
            names,
            new double[names.size()],
            model.featureWeights(names.size()));
    double[] decision = new double[model.columns()];
    table.addTo(FeatureHashes.of(event), new double[1], decision);
    return model.probabilitiesOfDecision(decision, dense);
  }

  private static double[] byTable(LogisticModel model, String[] event) {
    return byTable(model, event, new double[model.columns()]);
  }

  @Test
  void weightTablePathIsExactlyLiblinearForThreeAndTwoClasses() {
    List<String[]> events = new ArrayList<>(EVENTS);
    events.add(new String[] {"never-seen", "good", "good"});
    events.add(new String[0]);
    LogisticModel three = LogisticModel.train(EVENTS, CLASSES, 3, 2, 3.0);
    int[] twoClasses = new int[CLASSES.length];
    for (int i = 0; i < twoClasses.length; i++) {
      twoClasses[i] = CLASSES[i] == 2 ? 2 : 0;
    }
    LogisticModel two = LogisticModel.train(EVENTS, twoClasses, 3, 2, 0.5);
    for (String[] event : events) {
      assertArrayEquals(three.probabilities(event), byTable(three, event), 0.0);
      assertArrayEquals(two.probabilities(event), byTable(two, event), 0.0);
      assertEquals(0.0, byTable(two, event)[1], "a class the model never saw");
    }
  }

  @Test
  void rowsAreNormalisedSoRepeatsAndUnknownFeaturesDoNotCount() {
    LogisticModel model = LogisticModel.train(EVENTS, CLASSES, 3, 2, 3.0);
    assertArrayEquals(
        model.probabilities(new String[] {"bias", "good"}),
        model.probabilities(new String[] {"good", "bias", "good", "never-seen"}),
        1e-12);
  }

  @Test
  void badInputIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> LogisticModel.train(EVENTS, new int[] {0, 1}, 3, 2, 3.0));
    byte[] truncated = {0, 0, 0, 1, 0, 1, 'x', 0, 0, 0, 99};
    assertThrows(
        IOException.class,
        () -> LogisticModel.read(new DataInputStream(new ByteArrayInputStream(truncated)), 3));
  }

  /**
   * Events whose only cue is dense: the first of two dense features is high for class 2 and low for
   * class 0 (class 1 in between); the second is noise. The strings say nothing.
   */
  @Test
  void learnsADenseCueAndItsLinearFormMatchesLiblinear() throws IOException {
    List<String[]> events = new ArrayList<>();
    List<double[]> dense = new ArrayList<>();
    for (int i = 0; i < CLASSES.length; i++) {
      events.add(new String[] {"bias", "filler" + (i % 5)});
      dense.add(new double[] {10.0 + 5.0 * CLASSES[i] + (i % 4) * 0.1, (i * 7 % 11) - 5.0});
    }
    LogisticModel model = LogisticModel.train(events, dense, 1.0, CLASSES, 3, 2, 3.0);
    assertEquals(2, model.denseSize());
    String[] strings = {"bias", "filler1"};
    double[] high = model.probabilities(strings, new double[] {20.0, 0.0});
    double[] low = model.probabilities(strings, new double[] {10.0, 0.0});
    assertTrue(high[2] > high[0] && high[2] > high[1], Arrays.toString(high));
    assertTrue(low[0] > low[1] && low[0] > low[2], Arrays.toString(low));
    // The dense part as weights and offsets, as TscModel folds it, gives liblinear's numbers.
    LogisticModel.DenseForm form = model.denseForm();
    double[][] w = form.weights();
    double[] offsets = form.offsets();
    for (double[] x : List.of(new double[] {20.0, 0.0}, new double[] {12.5, -3.0})) {
      double[] decision = new double[model.columns()];
      for (int c = 0; c < decision.length; c++) {
        decision[c] = offsets[c] + w[c][0] * x[0] + w[c][1] * x[1];
      }
      assertArrayEquals(model.probabilities(strings, x), byTable(model, strings, decision), 1e-12);
    }
    // Same data, same bytes; the dense standardisation survives the round trip.
    byte[] first = bytes(model);
    assertArrayEquals(first, bytes(LogisticModel.train(events, dense, 1.0, CLASSES, 3, 2, 3.0)));
    LogisticModel read =
        LogisticModel.read(new DataInputStream(new ByteArrayInputStream(first)), 3);
    assertArrayEquals(high, read.probabilities(strings, new double[] {20.0, 0.0}), 1e-12);
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> model.probabilities(strings));
    assertEquals("the model needs 2 dense features, got 0", missing.getMessage());
  }
}
