package com.mediaframing.sentiment;

import java.util.List;

/**
 * The weights that both halves of a {@link TscModel} give each feature string, laid out for scoring
 * speed. An open-addressing table of the strings' 64-bit {@link FeatureHashes} (linear probing, at
 * most two thirds full; key and entry number side by side) gives a feature's entry; each entry's
 * weights are one record of a flat array: maxent weights by outcome, then, for the entries the
 * logistic model knows (numbered first, in its feature id order), logistic weights by column. A
 * known feature thus costs two memory reads and an unknown one one, where a string map followed
 * five to eight pointers (map node, key string, its bytes, entry, OpenNLP context, its parameter
 * arrays, liblinear's row); those cache misses were half of the scoring time. The bundled model's
 * table takes 2.7 MB.
 *
 * <p>Keys are hashes, not strings, so a feature the model does not know is taken for a known one
 * when their 64-bit hashes are equal: for a model of {@code n} features that happens with
 * probability about {@code n / 2^64} per lookup (below 10^-14 for the bundled model). Two known
 * features with one hash are refused by the constructor. Immutable and thread-safe.
 */
final class FeatureWeights {
  private final int outcomes;
  private final int columns;

  /** Entries 0 .. logisticEntries - 1 are the logistic model's features, in id order. */
  private final int logisticEntries;

  /** Slot {@code s} holds a key at {@code 2s} (0: empty) and its entry at {@code 2s + 1}. */
  private final long[] slots;

  private final int mask;

  /**
   * Entry {@code e}'s weights from {@code e * stride}: maxent by outcome, then, for the logistic
   * model's entries, logistic by column; one record, so that one cache miss serves both models.
   */
  private final double[] weights;

  private final int stride;

  /**
   * @param features the feature strings, one entry each: first the logistic model's, in its id
   *     order, then the ones only the maxent model knows
   * @param maxent the maxent weights, {@code outcomes} per entry (0 where the feature has none)
   * @param logistic the logistic weights, {@code columns} per entry of the logistic model
   * @throws IllegalArgumentException when two features hash alike or an array has the wrong length
   */
  FeatureWeights(
      int outcomes, int columns, List<String> features, double[] maxent, double[] logistic) {
    if (maxent.length != features.size() * outcomes
        || (columns == 0 ? logistic.length != 0 : logistic.length % columns != 0)
        || (columns > 0 && logistic.length / columns > features.size())) {
      throw new IllegalArgumentException(
          "weights do not fit "
              + features.size()
              + " features: "
              + maxent.length
              + " maxent, "
              + logistic.length
              + " logistic");
    }
    this.outcomes = outcomes;
    this.columns = columns;
    this.logisticEntries = columns == 0 ? 0 : logistic.length / columns;
    this.stride = outcomes + columns;
    this.weights = new double[features.size() * stride];
    for (int e = 0; e < features.size(); e++) {
      System.arraycopy(maxent, e * outcomes, weights, e * stride, outcomes);
      if (e < logisticEntries) {
        System.arraycopy(logistic, e * columns, weights, e * stride + outcomes, columns);
      }
    }
    int capacity = Integer.highestOneBit(Math.max(2, features.size() * 3 / 2)) << 1;
    this.slots = new long[2 * capacity];
    this.mask = capacity - 1;
    for (int e = 0; e < features.size(); e++) {
      long key = FeatureHashes.of(features.get(e));
      int slot = probe(key, (int) key & mask);
      if (slots[2 * slot] == key) {
        throw new IllegalArgumentException(
            "features '"
                + features.get((int) slots[2 * slot + 1])
                + "' and '"
                + features.get(e)
                + "' have one 64-bit hash");
      }
      slots[2 * slot] = key;
      slots[2 * slot + 1] = e;
    }
  }

  /** The slot that holds {@code key}, or the empty slot where probing from {@code slot} ends. */
  private int probe(long key, int slot) {
    long k;
    while ((k = slots[2 * slot]) != 0 && k != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** The entry of a key, or -1 when the model does not know it, probing from {@code slot}. */
  private int find(long key, int slot) {
    int at = 2 * probe(key, slot);
    return slots[at] == 0 ? -1 : (int) slots[at + 1];
  }

  /**
   * Adds the weights of an event's known features (given by their {@link FeatureHashes}). Maxent:
   * every occurrence, in the given order, to {@code maxentSums} (by outcome), as OpenNLP's GIS
   * evaluation sums them. Logistic: each distinct feature once, in ascending id order, times {@code
   * 1 / sqrt(distinct)}, to {@code decision} (by column), as {@link LogisticModel} rows weigh them;
   * {@code decision} may be null without a logistic model.
   */
  void addTo(FeatureHashes features, double[] maxentSums, double[] decision) {
    int[] entries = entries(features);
    int[] found = new int[entries.length];
    int n = 0;
    for (int e : entries) {
      if (e < 0) {
        continue;
      }
      int at = e * stride;
      for (int o = 0; o < outcomes; o++) {
        maxentSums[o] += weights[at + o];
      }
      if (e < logisticEntries) {
        found[n++] = e;
      }
    }
    if (decision == null || n == 0) {
      return;
    }
    int distinct = LogisticModel.distinct(found, n);
    double value = LogisticModel.sparseValue(distinct);
    for (int i = 0; i < distinct; i++) {
      int at = found[i] * stride + outcomes;
      for (int c = 0; c < columns; c++) {
        decision[c] += weights[at + c] * value;
      }
    }
  }

  /**
   * The entry of each feature (-1: unknown). Looked up in two passes so that the processor can keep
   * many cache misses in flight: each feature's first slot without a branch on what it holds, then
   * the longer probes of the features whose first slot holds another key.
   */
  private int[] entries(FeatureHashes features) {
    int m = features.size();
    int[] entries = new int[m];
    for (int i = 0; i < m; i++) {
      long key = features.get(i);
      int at = 2 * ((int) key & mask);
      long k = slots[at];
      int e = (int) slots[at + 1];
      entries[i] = k == key ? e : k == 0 ? -1 : -2;
    }
    for (int i = 0; i < m; i++) {
      if (entries[i] == -2) {
        long key = features.get(i);
        entries[i] = find(key, ((int) key + 1) & mask);
      }
    }
    return entries;
  }

  /** Number of slots (a power of two, above one and a half times the number of features). */
  int capacity() {
    return slots.length / 2;
  }
}
