package com.mediaframing.stories;

import com.mediaframing.nlp.Vectors;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The same-event evidence between two articles: the cosine similarity of their encoded headline and
 * lead (meaning, whatever the wording) plus {@link #LEMMA_WEIGHT} times the Jaccard similarity of
 * their rare content lemmas (names, places and events the encoder may blur). Pairs more than the
 * story window apart, or scoring below {@link #PAIR_FLOOR}, are not scored; {@link StoryLinkage}
 * counts them as 0.
 *
 * <p>The weight, the floor and the story threshold were calibrated on basil-dev alone and mixed
 * into the AllSides corpus ({@code docs/stories.md}): there the lemma term adds recall the cosine
 * alone misses (10 of 135 gold pairs), while a day-gap penalty, a same-outlet penalty and
 * IDF-weighted lemma overlap kept precision and lost up to 2 gold pairs, so they stay out.
 * Stateless and thread-safe.
 */
public final class LinkEvidence {
  /** Weight of the lemma Jaccard similarity next to the cosine similarity. */
  public static final double LEMMA_WEIGHT = 1.0;

  /** Pairs scoring below this are left out of the linkage graph (they count as 0). */
  public static final double PAIR_FLOOR = 0.30;

  /**
   * An article's linkage features: day (epoch day), ids of its rare lemmas (any ints, e.g. the
   * lemmas' hash codes; kept sorted and distinct) and its lead vector (null: not encoded).
   */
  public record Doc(String docId, int day, int[] terms, float[] vector) implements Serializable {
    public Doc {
      terms = Arrays.stream(terms).sorted().distinct().toArray();
    }

    /** Features with the lemmas given as strings (their hash codes are the ids). */
    public static Doc of(String docId, int day, List<String> lemmas, float[] vector) {
      return new Doc(docId, day, lemmas.stream().mapToInt(String::hashCode).toArray(), vector);
    }
  }

  /** A scored pair of articles, by doc id. */
  public record ScoredPair(String docA, String docB, double score) implements Serializable {}

  private LinkEvidence() {}

  /** The evidence that {@code a} and {@code b} report the same event. */
  public static double score(Doc a, Doc b) {
    double cosine = a.vector() == null || b.vector() == null ? 0 : cosine(a.vector(), b.vector());
    return cosine + LEMMA_WEIGHT * jaccard(a.terms(), b.terms());
  }

  /**
   * The pairs worth scoring among {@code home} and between {@code home} and {@code visitors}: dates
   * at most {@code windowDays} apart and score at least {@link #PAIR_FLOOR}. Each pair comes once,
   * as (smaller doc id, larger doc id). The shared lemmas of each article with the others are
   * counted through an index of the bucket's lemmas, which visits only the pairs that share one (a
   * rare lemma is in few articles), instead of merging every pair's lemma lists; the score is
   * {@link #score}'s, to the bit. The pairs are made as they are read, one home article's at a
   * time, so a large bucket's pairs are never all held at once.
   */
  public static Iterator<ScoredPair> pairs(List<Doc> home, List<Doc> visitors, int windowDays) {
    return new PairIterator(home, visitors, windowDays);
  }

  /** The pairs of {@link #pairs}: one home article's at a time. */
  private static final class PairIterator implements Iterator<ScoredPair> {
    private final List<Doc> home;
    private final List<Doc> all;
    private final int windowDays;
    private final int[] terms;
    private final int[] starts;
    private final int[] docsByTerm;
    private final int nTerms;
    private final int[] shared;
    private final List<ScoredPair> ofOne = new ArrayList<>();
    private int next; // the next of ofOne to hand out
    private int i; // the next home article

    PairIterator(List<Doc> home, List<Doc> visitors, int windowDays) {
      this.home = home;
      this.windowDays = windowDays;
      all = new ArrayList<>(home.size() + visitors.size());
      all.addAll(home);
      all.addAll(visitors);
      // the index: (term, article) pairs sorted, so each term's articles are one run of docsByTerm
      int total = 0;
      for (Doc d : all) {
        total += d.terms().length;
      }
      long[] entries = new long[total];
      int e = 0;
      for (int k = 0; k < all.size(); k++) {
        for (int t : all.get(k).terms()) {
          entries[e++] = (long) t << 32 | k;
        }
      }
      Arrays.sort(entries);
      terms = new int[total];
      starts = new int[total + 1];
      docsByTerm = new int[total];
      int n = 0;
      for (int p = 0; p < total; p++) {
        int t = (int) (entries[p] >> 32);
        if (n == 0 || terms[n - 1] != t) {
          terms[n] = t;
          starts[n++] = p;
        }
        docsByTerm[p] = (int) entries[p];
      }
      starts[n] = total;
      nTerms = n;
      shared = new int[all.size()];
    }

    @Override
    public boolean hasNext() {
      while (next == ofOne.size() && i < home.size()) {
        ofOne.clear();
        next = 0;
        pairsOf(i++);
      }
      return next < ofOne.size();
    }

    @Override
    public ScoredPair next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ofOne.get(next++);
    }

    /** The pairs of home article {@code i} with the articles after it, into {@link #ofOne}. */
    private void pairsOf(int i) {
      Doc a = home.get(i);
      int[] runs = new int[a.terms().length];
      for (int x = 0; x < runs.length; x++) {
        runs[x] = Arrays.binarySearch(terms, 0, nTerms, a.terms()[x]);
        for (int p = starts[runs[x]]; p < starts[runs[x] + 1]; p++) {
          shared[docsByTerm[p]]++;
        }
      }
      for (int k = i + 1; k < all.size(); k++) {
        add(a, all.get(k), shared[k], windowDays, ofOne);
      }
      for (int run : runs) {
        for (int p = starts[run]; p < starts[run + 1]; p++) {
          shared[docsByTerm[p]] = 0;
        }
      }
    }
  }

  private static void add(Doc a, Doc b, int shared, int windowDays, List<ScoredPair> out) {
    if (Math.abs(a.day() - b.day()) > windowDays || a.docId().equals(b.docId())) {
      return;
    }
    double cosine = a.vector() == null || b.vector() == null ? 0 : cosine(a.vector(), b.vector());
    double s = cosine + LEMMA_WEIGHT * jaccard(shared, a.terms().length, b.terms().length);
    if (s >= PAIR_FLOOR) {
      boolean ordered = a.docId().compareTo(b.docId()) < 0;
      out.add(new ScoredPair(ordered ? a.docId() : b.docId(), ordered ? b.docId() : a.docId(), s));
    }
  }

  /** Jaccard similarity of two sorted, distinct id arrays. */
  static double jaccard(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return jaccard(shared, a.length, b.length);
  }

  /** Jaccard similarity of two sets of these sizes sharing {@code shared} elements. */
  private static double jaccard(int shared, int sizeA, int sizeB) {
    return shared == 0 ? 0 : shared / (double) (sizeA + sizeB - shared);
  }

  private static double cosine(float[] a, float[] b) {
    return Vectors.dot(a, b); // the encoder's vectors are L2-normalised
  }
}
