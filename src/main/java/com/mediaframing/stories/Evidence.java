package com.mediaframing.stories;

import java.util.Collection;
import java.util.Map;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * Formats evidence pointers: doc ids with the 0-based sentence indexes that support a statement, as
 * {@code seed-000[3,5] seed-002[1]} (docs and sentences sorted).
 */
public final class Evidence {
  private Evidence() {}

  public static String of(Map<String, ? extends SortedSet<Integer>> sentencesByDoc) {
    return sentencesByDoc.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + sentences(e.getValue()))
        .collect(Collectors.joining(" "));
  }

  private static String sentences(Collection<Integer> s) {
    return s.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
  }
}
