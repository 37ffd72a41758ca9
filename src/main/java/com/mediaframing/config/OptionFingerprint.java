package com.mediaframing.config;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each of the {@link RunOptions} decides, and the text the configuration's fingerprints are
 * taken over, derived from the options record itself: every record component has a {@link Scope},
 * and a component without one stops the run with an {@link IllegalStateException} (and fails {@code
 * OptionFingerprintTest}), so a new option cannot be left out of the fingerprint by forgetting it.
 */
public final class OptionFingerprint {
  /** What an option decides. */
  public enum Scope {
    /**
     * An article's own analysis: a change re-analyzes every article of an {@code --incremental}
     * run.
     */
    ANALYSIS,
    /** The tables built over the analyzed articles (stories, aggregates), not an article's rows. */
    OUTPUT,
    /**
     * Neither: where the job reads and writes, how it runs, or a file whose bytes are fingerprinted
     * instead of its path (the dictionaries).
     */
    NONE
  }

  /** The scope of every component of {@link RunOptions}, by component name. */
  static final Map<String, Scope> SCOPES =
      Map.ofEntries(
          Map.entry("input", Scope.NONE),
          Map.entry("output", Scope.NONE),
          Map.entry("outlets", Scope.NONE),
          Map.entry("actors", Scope.NONE),
          Map.entry("topics", Scope.NONE),
          Map.entry("boilerplate", Scope.NONE),
          Map.entry("master", Scope.NONE),
          Map.entry("sentiment", Scope.ANALYSIS),
          Map.entry("maxTextChars", Scope.ANALYSIS),
          Map.entry("languages", Scope.ANALYSIS),
          Map.entry("partitions", Scope.NONE),
          Map.entry("repeatedLineMinDocs", Scope.ANALYSIS),
          Map.entry("repeatedLineMinShare", Scope.ANALYSIS),
          Map.entry("stories", Scope.OUTPUT),
          Map.entry("runDate", Scope.NONE),
          Map.entry("incremental", Scope.NONE),
          Map.entry("requireDate", Scope.ANALYSIS),
          Map.entry("dateFormat", Scope.ANALYSIS),
          Map.entry("countCopies", Scope.OUTPUT));

  private OptionFingerprint() {}

  /**
   * The options of {@code scopes} as one line, {@code name=value;} per component in the record's
   * order: sets sorted, records by their components, absent values as {@code null}.
   *
   * @throws IllegalStateException when a component of {@link RunOptions} has no scope
   */
  public static String of(RunOptions options, Set<Scope> scopes) {
    StringBuilder text = new StringBuilder();
    for (RecordComponent c : RunOptions.class.getRecordComponents()) {
      Scope scope = SCOPES.get(c.getName());
      if (scope == null) {
        throw new IllegalStateException(
            "run option '"
                + c.getName()
                + "' has no fingerprint scope: add it to OptionFingerprint.SCOPES");
      }
      if (scopes.contains(scope)) {
        text.append(c.getName()).append('=').append(value(read(c, options))).append(';');
      }
    }
    return text.toString();
  }

  /** The options that decide an article's analysis ({@link Scope#ANALYSIS}). */
  public static String analysis(RunOptions options) {
    return of(options, EnumSet.of(Scope.ANALYSIS));
  }

  /** The options that decide the tables over the articles ({@link Scope#OUTPUT}). */
  public static String output(RunOptions options) {
    return of(options, EnumSet.of(Scope.OUTPUT));
  }

  private static Object read(RecordComponent c, Object record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read run option " + c.getName(), e);
    }
  }

  private static String value(Object v) {
    if (v instanceof Collection<?> values) {
      TreeSet<String> sorted = new TreeSet<>();
      values.forEach(x -> sorted.add(String.valueOf(x)));
      return sorted.toString();
    }
    return String.valueOf(v);
  }
}
