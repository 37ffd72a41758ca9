package com.mediaframing.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.mediaframing.config.OptionFingerprint.Scope;
import com.mediaframing.stories.StoryOptions;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OptionFingerprintTest {
  private static final RunOptions BASE = RunOptions.parse(List.of("--run-date", "2026-01-01"));

  /** A new run option fails here until it is given a scope: it cannot miss the fingerprint. */
  @Test
  void everyRunOptionHasAScope() {
    Set<String> components =
        Arrays.stream(RunOptions.class.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(components, new TreeSet<>(OptionFingerprint.SCOPES.keySet()));
  }

  /**
   * Changing one option at a time changes exactly the fingerprints of its scope: an analysis option
   * both, an output option the whole configuration's only, the rest neither.
   */
  @Test
  void eachOptionMovesTheFingerprintsOfItsScope() throws Exception {
    RecordComponent[] components = RunOptions.class.getRecordComponents();
    Constructor<RunOptions> make =
        RunOptions.class.getDeclaredConstructor(
            Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
    for (int i = 0; i < components.length; i++) {
      Object[] values = new Object[components.length];
      for (int j = 0; j < components.length; j++) {
        values[j] = components[j].getAccessor().invoke(BASE);
      }
      values[i] = other(components[i].getType(), values[i]);
      RunOptions changed = make.newInstance(values);
      String name = components[i].getName();
      Scope scope = OptionFingerprint.SCOPES.get(name);
      boolean analysisMoves =
          !OptionFingerprint.analysis(BASE).equals(OptionFingerprint.analysis(changed));
      boolean outputMoves =
          !OptionFingerprint.output(BASE).equals(OptionFingerprint.output(changed));
      assertEquals(scope == Scope.ANALYSIS, analysisMoves, name + ": analysis fingerprint");
      assertEquals(scope == Scope.OUTPUT, outputMoves, name + ": output fingerprint");
    }
  }

  @Test
  void setsAreFingerprintedInOrder() {
    RunOptions a = RunOptions.parse(List.of("--languages", "en,de", "--run-date", "2026-01-01"));
    RunOptions b = RunOptions.parse(List.of("--languages", "de,en", "--run-date", "2026-01-01"));
    assertEquals(OptionFingerprint.analysis(a), OptionFingerprint.analysis(b));
    assertNotEquals(OptionFingerprint.analysis(a), OptionFingerprint.analysis(BASE));
  }

  @Test
  void theScorerIsFingerprintedLowerCased() {
    RunOptions upper =
        RunOptions.parse(List.of("--sentiment", "Model", "--run-date", "2026-01-01"));
    assertEquals(OptionFingerprint.analysis(BASE), OptionFingerprint.analysis(upper));
  }

  /** A value of {@code type} other than {@code value}. */
  private static Object other(Class<?> type, Object value) {
    if (type == int.class) {
      return (Integer) value + 1;
    } else if (type == double.class) {
      return (Double) value / 2;
    } else if (type == boolean.class) {
      return !(Boolean) value;
    } else if (type == String.class) {
      return value + "-other";
    } else if (type == Set.class) {
      return Set.of("xx");
    } else if (type == LocalDate.class) {
      return ((LocalDate) value).plusDays(1);
    } else if (type == StoryOptions.class) {
      StoryOptions s = (StoryOptions) value;
      return new StoryOptions(
          s.windowDays() + 1, s.minSimilarity(), s.maxStoryDocs(), s.reportStories(), s.encoder());
    }
    throw new AssertionError("no other value for a run option of " + type);
  }
}
