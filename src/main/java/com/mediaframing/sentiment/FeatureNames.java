package com.mediaframing.sentiment;

import com.mediaframing.nlp.AnnotatedSentence;
import java.util.Locale;

/**
 * The vocabulary of {@link TscFeatures}' feature strings: distance buckets and sides, the prefixes
 * built once per side, bucket, clause and sign, the buckets of scores and valence sums, and the
 * feature word of a token. Constants and pure functions only; thread-safe.
 */
final class FeatureNames {
  /** Token distances that bound the near buckets; farther tokens are in bucket {@code f}. */
  static final int[] DISTANCE_BUCKETS = {1, 3, 8};

  /** Names of the distance buckets, nearest first. */
  static final String[] BUCKET_NAMES = {"1", "3", "8", "f"};

  /** Sides of a context word, by index: 0 left of the nearest mention, 1 right of it. */
  static final String[] SIDES = {"L", "R"};

  // Feature name prefixes by side, distance bucket (the tag prefix: by distance 1-3), clause
  // (0 own, 1 other) and sign (0 +, 1 -), built once: a feature is a constant and a word.
  static final String[][] WORD_PREFIX = prefixes("w", BUCKET_NAMES, "=");
  static final String[][] TAG_PREFIX = prefixes("t", new String[] {"0", "1", "2", "3"}, "=");
  static final String[][][][] SIGN_FEATURE = signFeatures();
  static final String[][] SIGN_LEMMA_PREFIX = {{"sl=c+", "sl=c-"}, {"sl=o+", "sl=o-"}};

  /** Prefixes of the near-context cluster features by side: {@code cL=}, {@code cR=}. */
  static final String[] NEAR_CLUSTER = {"cL=", "cR="};

  /** Whether an odd number of quotation marks precede token {@code i}. */
  static boolean insideQuote(AnnotatedSentence s, int i) {
    int quotes = 0;
    for (int k = 0; k < i; k++) {
      if (SentimentCues.QUOTES.contains(s.token(k))) {
        quotes++;
      }
    }
    return quotes % 2 == 1;
  }

  /** The lower-case lemma, {@code <num>} for numbers, or "" for punctuation except quotes. */
  static String word(AnnotatedSentence s, int i) {
    String tag = s.tag(i);
    if ("NUM".equals(tag)) {
      return "<num>";
    }
    if ("PUNCT".equals(tag) || "SYM".equals(tag)) {
      String t = s.token(i);
      return SentimentCues.QUOTES.contains(t) ? "<q>" : t;
    }
    String lemma = s.lemma(i);
    return (lemma == null || lemma.isEmpty() ? s.token(i) : lemma).toLowerCase(Locale.ROOT);
  }

  static String tag(AnnotatedSentence s, int i) {
    return i < 0 ? "<s>" : i >= s.size() ? "</s>" : s.tag(i);
  }

  static String distanceBucket(int d) {
    return BUCKET_NAMES[bucketIndex(d)];
  }

  /** Index of a token distance's bucket in {@link #BUCKET_NAMES}. */
  static int bucketIndex(int d) {
    for (int b = 0; b < DISTANCE_BUCKETS.length; b++) {
      if (d <= DISTANCE_BUCKETS[b]) {
        return b;
      }
    }
    return DISTANCE_BUCKETS.length;
  }

  /** {@code head + side + middle + tail} for both sides and every middle. */
  static String[][] prefixes(String head, String[] middles, String tail) {
    String[][] out = new String[SIDES.length][middles.length];
    for (int side = 0; side < SIDES.length; side++) {
      for (int m = 0; m < middles.length; m++) {
        out[side][m] = head + SIDES[side] + middles[m] + tail;
      }
    }
    return out;
  }

  /** {@code s + side + bucket + clause + sign}, indexed in that order. */
  static String[][][][] signFeatures() {
    String[] clauses = {"c", "o"};
    String[] signs = {"+", "-"};
    String[][][][] out = new String[SIDES.length][BUCKET_NAMES.length][2][2];
    for (int side = 0; side < SIDES.length; side++) {
      for (int b = 0; b < BUCKET_NAMES.length; b++) {
        for (int c = 0; c < 2; c++) {
          for (int g = 0; g < 2; g++) {
            out[side][b][c][g] = "s" + SIDES[side] + BUCKET_NAMES[b] + clauses[c] + signs[g];
          }
        }
      }
    }
    return out;
  }

  /** Five buckets of a score in [-1, 1]: {@code --, -, 0, +, ++}. */
  static String bucket(double score) {
    if (score <= -0.5) {
      return "--";
    }
    if (score <= -0.05) {
      return "-";
    }
    if (score < 0.05) {
      return "0";
    }
    return score < 0.5 ? "+" : "++";
  }

  /** Four buckets of a non-negative valence sum: 0, small, medium, large. */
  static String magnitude(double sum) {
    if (sum == 0.0) {
      return "0";
    }
    return sum < 1.0 ? "s" : sum < 2.5 ? "m" : "l";
  }

  private FeatureNames() {}
}
