package com.mediaframing.sentiment;

import java.util.Arrays;

/**
 * The 64-bit hashes of a mention's feature strings, computed from their parts without building the
 * strings ({@link FeatureSink}), in the order added. The hash of a feature is FNV-1a over the
 * UTF-16 chars of the whole string, finished with MurmurHash3's 64-bit finaliser, and never 0:
 * {@link #of(String)} on the concatenated string gives the same value as adding its parts, which is
 * how {@link FeatureWeights} finds the features a model knows. Not thread-safe: one per mention.
 */
final class FeatureHashes implements FeatureSink {
  /** FNV-1a offset basis and prime (64-bit). */
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;

  private static final long FNV_PRIME = 0x100000001b3L;

  private long[] hashes = new long[192];
  private int size;

  /** The hash of one feature string. */
  static long of(String feature) {
    return finish(feed(FNV_OFFSET, feature));
  }

  /** The hashes of feature strings, in their order. */
  static FeatureHashes of(String[] features) {
    FeatureHashes out = new FeatureHashes();
    for (String f : features) {
      out.add(f);
    }
    return out;
  }

  private static long feed(long h, String part) {
    for (int i = 0; i < part.length(); i++) {
      h = (h ^ part.charAt(i)) * FNV_PRIME;
    }
    return h;
  }

  private static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  /** The chars of {@code Integer.toString(n)}, without making the string. */
  private static long feed(long h, int n) {
    if (n < 0) {
      return feedDigits((h ^ '-') * FNV_PRIME, -(long) n);
    }
    return feedDigits(h, n);
  }

  private static long feedDigits(long h, long n) {
    if (n >= 10) {
      h = feedDigits(h, n / 10);
    }
    return (h ^ ('0' + n % 10)) * FNV_PRIME;
  }

  private void push(long hash) {
    if (size == hashes.length) {
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    hashes[size++] = hash;
  }

  @Override
  public void add(String feature) {
    push(of(feature));
  }

  @Override
  public void add(String a, String b) {
    push(finish(feed(feed(FNV_OFFSET, a), b)));
  }

  @Override
  public void add(String a, String b, String c) {
    push(finish(feed(feed(feed(FNV_OFFSET, a), b), c)));
  }

  @Override
  public void add(String a, String b, String c, String d) {
    push(finish(feed(feed(feed(feed(FNV_OFFSET, a), b), c), d)));
  }

  @Override
  public void add(String prefix, int number) {
    push(finish(feed(feed(FNV_OFFSET, prefix), number)));
  }

  /** How many features were added. */
  int size() {
    return size;
  }

  /** The hash of feature {@code i}. */
  long get(int i) {
    return hashes[i];
  }
}
