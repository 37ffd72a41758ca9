package com.mediaframing.sentiment;

/**
 * The context words of one target mention that have a word vector, as {@link TscFeatures} finds
 * them: each word's vector id ({@link com.mediaframing.nlp.WordVectors#id}), its nearness to the
 * target (1 / token distance to the nearest mention), whether it stands left of that mention and
 * whether it is in the target's clause. The target, its further mentions and other targets are
 * never context words. {@link ContextVectors} turns this into the dense features. Arrays are owned
 * by the record and not copied; treat them as read-only.
 *
 * @param size how many entries of the arrays are used
 */
public record ContextWords(
    int[] ids, double[] nearness, boolean[] left, boolean[] inClause, int size) {
  /** A context without words. */
  public static final ContextWords EMPTY =
      new ContextWords(new int[0], new double[0], new boolean[0], new boolean[0], 0);
}
