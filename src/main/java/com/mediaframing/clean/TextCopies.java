package com.mediaframing.clean;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups articles whose texts are copies of each other — exact copies (same text up to case and
 * whitespace) and near copies ({@link TextSignature#nearCopies}: a wire story rerun with an edited
 * line) — in any outlets. Articles are taken in order: earliest {@code published} first, undated
 * articles last, then by source and record number; an article joins the group of the first earlier
 * article it is a copy of (exact first, else the first group whose first article it is a near copy
 * of), otherwise it starts a group. Then:
 *
 * <ul>
 *   <li>{@code duplicateOf} of every article but a group's first is the first article's doc_id;
 *   <li>{@code copyInOutlet} numbers the group's articles within each outlet: 1 for the first copy
 *       the outlet ran (also for an article without copies), 2, 3 … for its reruns.
 * </ul>
 *
 * Candidates for near copies are found by LSH banding: {@value #BANDS} bands of {@value #ROWS}
 * MinHash values; texts sharing a band are compared (texts with Jaccard similarity 0.8 share one
 * with probability 0.9998). Plain Java on small values (an id, a long and 64 ints per article);
 * stateless, {@link #assign} is thread-safe.
 */
public final class TextCopies {
  static final int BANDS = 16;
  static final int ROWS = TextSignature.HASHES / BANDS;

  private TextCopies() {}

  /** One article's signature and the keys that order it. */
  public record Article(
      String docId,
      String outlet,
      String published,
      String source,
      long record,
      long exact,
      int[] minHash)
      implements Serializable {}

  /** Where an article stands among its copies: {@code duplicateOf} null for a group's first. */
  public record Copy(String duplicateOf, int copyInOutlet) implements Serializable {}

  /** The order in which articles are taken: first published first, undated last. */
  static final Comparator<Article> ORDER =
      Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Article::source, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingLong(Article::record)
          .thenComparing(Article::docId);

  /**
   * The copy status of every article that has copies; articles without any are left out (they are
   * {@code new Copy(null, 1)}).
   */
  public static Map<String, Copy> assign(List<Article> articles) {
    List<Article> sorted = new ArrayList<>(articles);
    sorted.sort(ORDER);
    Map<Long, Integer> byExact = new HashMap<>();
    Map<Long, List<Integer>> byBand = new HashMap<>();
    List<Article> firsts = new ArrayList<>();
    List<List<Article>> groups = new ArrayList<>();
    for (Article a : sorted) {
      Integer group = byExact.get(a.exact());
      if (group == null && a.minHash() != null) {
        group = nearGroup(a.minHash(), byBand, firsts);
      }
      if (group == null) {
        group = groups.size();
        groups.add(new ArrayList<>());
        firsts.add(a);
        if (a.minHash() != null) {
          for (int b = 0; b < BANDS; b++) {
            byBand.computeIfAbsent(bandKey(a.minHash(), b), k -> new ArrayList<>()).add(group);
          }
        }
      }
      byExact.putIfAbsent(a.exact(), group);
      groups.get(group).add(a);
    }
    Map<String, Copy> out = new HashMap<>();
    for (List<Article> g : groups) {
      if (g.size() < 2) {
        continue;
      }
      String first = g.get(0).docId();
      Map<String, Integer> perOutlet = new HashMap<>();
      for (Article a : g) {
        int n = perOutlet.merge(a.outlet(), 1, Integer::sum);
        out.put(a.docId(), new Copy(a.docId().equals(first) ? null : first, n));
      }
    }
    return out;
  }

  private static Integer nearGroup(
      int[] minHash, Map<Long, List<Integer>> byBand, List<Article> firsts) {
    Integer best = null;
    for (int b = 0; b < BANDS; b++) {
      for (int g : byBand.getOrDefault(bandKey(minHash, b), List.of())) {
        if ((best == null || g < best)
            && TextSignature.nearCopies(minHash, firsts.get(g).minHash())) {
          best = g;
        }
      }
    }
    return best;
  }

  private static long bandKey(int[] minHash, int band) {
    long h = 0xcbf29ce484222325L ^ band;
    for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
      h = (h ^ minHash[r]) * 0x100000001b3L;
    }
    return h;
  }
}
