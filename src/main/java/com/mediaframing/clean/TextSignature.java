package com.mediaframing.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Two signatures of an article's text for finding copies of it: {@link #exact} (a 64-bit hash,
 * equal for texts that differ only in case and whitespace) and {@link #minHash} ({@value #HASHES}
 * MinHash values of the set of word 3-shingles). Two texts are {@link #nearCopies} when the share
 * of equal MinHash values — an estimate of the Jaccard similarity of their shingle sets — is at
 * least {@value #NEAR_COPY_MIN_SIMILARITY}: a rerun with an edited line or a different byline, not
 * a different story on the same event. A text of fewer than {@value #MIN_WORDS} words is only ever
 * an exact copy.
 *
 * <p>Stateless; all methods are thread-safe.
 */
public final class TextSignature {
  /** MinHash values per text. */
  public static final int HASHES = 64;

  /** Near copies share at least this estimated Jaccard similarity of their word 3-shingles. */
  public static final double NEAR_COPY_MIN_SIMILARITY = 0.8;

  /** Texts shorter than this (in words) are compared exactly only. */
  public static final int MIN_WORDS = 20;

  private static final int SHINGLE = 3;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long GOLDEN = 0x9e3779b97f4a7c15L;

  private TextSignature() {}

  /** The fingerprint of the whole text, case and whitespace folded ({@link LineFingerprint}). */
  public static long exact(String text) {
    return LineFingerprint.of(text);
  }

  /**
   * The {@value #HASHES} MinHash values of the text's word 3-shingles (words: runs of letters and
   * digits, lower-cased), or null when it has fewer than {@value #MIN_WORDS} words.
   */
  public static int[] minHash(String text) {
    List<Long> words = words(text);
    if (words.size() < MIN_WORDS) {
      return null;
    }
    int[] min = new int[HASHES];
    java.util.Arrays.fill(min, Integer.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      long h = FNV_OFFSET;
      for (int j = i; j < i + SHINGLE; j++) {
        h = (h ^ words.get(j)) * FNV_PRIME;
      }
      for (int k = 0; k < HASHES; k++) {
        int v = (int) (mix(h + k * GOLDEN) >>> 33); // non-negative
        if (v < min[k]) {
          min[k] = v;
        }
      }
    }
    return min;
  }

  /** The share of equal values of two MinHash signatures: their estimated Jaccard similarity. */
  public static double similarity(int[] a, int[] b) {
    int equal = 0;
    for (int k = 0; k < HASHES; k++) {
      equal += a[k] == b[k] ? 1 : 0;
    }
    return equal / (double) HASHES;
  }

  /** Whether two MinHash signatures (null for short texts) mark near copies. */
  public static boolean nearCopies(int[] a, int[] b) {
    return a != null && b != null && similarity(a, b) >= NEAR_COPY_MIN_SIMILARITY;
  }

  /** Hashes of the text's words, in order. */
  private static List<Long> words(String text) {
    List<Long> out = new ArrayList<>();
    long h = FNV_OFFSET;
    boolean in = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        h = (h ^ Character.toLowerCase(c)) * FNV_PRIME;
        in = true;
      } else if (in) {
        out.add(h);
        h = FNV_OFFSET;
        in = false;
      }
    }
    return out;
  }

  /** A 64-bit finalizer (from SplitMix64) so every bit of a shingle hash is well mixed. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
