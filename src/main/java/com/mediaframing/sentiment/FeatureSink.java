package com.mediaframing.sentiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Where {@link TscFeatures} puts a mention's feature strings, one call per feature: a feature is
 * the concatenation of the parts given (a number in its decimal form, as {@code "cb=" + 17}).
 * Training and evaluation keep the strings ({@link Strings}); scoring keeps only their 64-bit
 * hashes ({@link FeatureHashes}), so that it builds no string at all. Implementations are not
 * thread-safe: one per mention.
 */
interface FeatureSink {
  void add(String feature);

  void add(String a, String b);

  void add(String a, String b, String c);

  void add(String a, String b, String c, String d);

  void add(String prefix, int number);

  /** The feature strings themselves, in the order added. */
  final class Strings implements FeatureSink {
    private final List<String> features = new ArrayList<>(192);

    @Override
    public void add(String feature) {
      features.add(feature);
    }

    @Override
    public void add(String a, String b) {
      features.add(a.concat(b));
    }

    @Override
    public void add(String a, String b, String c) {
      features.add(a + b + c);
    }

    @Override
    public void add(String a, String b, String c, String d) {
      features.add(a + b + c + d);
    }

    @Override
    public void add(String prefix, int number) {
      features.add(prefix + number);
    }

    String[] toArray() {
      return features.toArray(String[]::new);
    }
  }
}
