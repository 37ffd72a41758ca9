package com.mediaframing.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Same-event stories by average-linkage agglomeration over a sparse graph of scored article pairs.
 * Every article starts as a story of its own; the two stories with the highest <em>average</em>
 * pair score over all their cross pairs are merged, as long as that average is at least {@code
 * minAverage}, the merged story spans at most {@code maxSpanDays} days and holds at most {@code
 * maxDocs} articles (undated stories need {@link #UNDATED_MARGIN} more). A pair that is not in the
 * graph counts as score 0, so an article joins a story only when it is close to most of its
 * articles, not to one of them: a bridge article similar to two events does not chain them into one
 * story, and a busy topic does not collapse into one giant story, as connected components would.
 *
 * <p>Deterministic: the articles are put in doc-id order and the pairs in (doc id, doc id) order
 * before anything is summed, so every average is computed by the same additions in the same order
 * whatever order (or Spark partitioning) the input came in, and ties between equal averages are
 * broken by the stories' smallest doc ids. A story's id is the smallest doc id among its articles.
 *
 * <p>Plain Java; an instance is used once by {@link #storyIds}; not thread-safe.
 */
public final class StoryLinkage {
  /** The day of an undated article. */
  public static final int UNDATED = Integer.MIN_VALUE;

  /**
   * What an undated story's average must exceed {@code minAverage} by. Undated articles are scored
   * among themselves with no date window, so text alone separates their events, and at the dated
   * threshold they over-merge: basil-dev's 135 articles with their dates removed, among the 4,103
   * undated AllSides articles, link with pairwise F1 0.899 (P 0.874) at 0.45 and 87% of the
   * articles linked; 0.921 (P 0.932) at 0.55, 69% linked; 0.870 (P 1.000) at 0.65
   * (docs/stories.md).
   */
  public static final double UNDATED_MARGIN = 0.10;

  /** An article as the linkage sees it: its doc id and its publication day (epoch day). */
  public record Doc(String docId, int day) {}

  /** A scored candidate pair of articles, by their index in the article list. */
  public record Pair(int a, int b, double score) {}

  private final int[] size;
  private final int[] firstDay;
  private final int[] lastDay;
  private final String[] minId;
  private final int[] version;
  private final int[] parent;
  private final List<Map<Integer, Double>> sums;

  private StoryLinkage(List<Doc> docs) {
    int n = docs.size();
    size = new int[n];
    firstDay = new int[n];
    lastDay = new int[n];
    minId = new String[n];
    version = new int[n];
    parent = new int[n];
    sums = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      size[i] = 1;
      firstDay[i] = docs.get(i).day();
      lastDay[i] = docs.get(i).day();
      minId[i] = docs.get(i).docId();
      parent[i] = i;
      sums.add(new HashMap<>(4));
    }
  }

  /**
   * Story id of every article that shares its story with another; articles left alone are not in
   * the map (their story id is their own doc id).
   *
   * @param inputDocs the articles, in any order (each doc id once)
   * @param inputPairs scored pairs by index in {@code inputDocs}, in any order (a != b, each
   *     unordered pair at most once; scores may be negative)
   */
  public static Map<String, String> storyIds(
      List<Doc> inputDocs, List<Pair> inputPairs, double minAverage, int maxSpanDays, int maxDocs) {
    List<Doc> docs = new ArrayList<>(inputDocs);
    docs.sort(Comparator.comparing(Doc::docId));
    int[] rank = new int[docs.size()];
    Map<String, Integer> byId = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      if (byId.put(docs.get(i).docId(), i) != null) {
        throw new IllegalArgumentException("article " + docs.get(i).docId() + " given twice");
      }
    }
    for (int i = 0; i < inputDocs.size(); i++) {
      rank[i] = byId.get(inputDocs.get(i).docId());
    }
    List<Pair> pairs = new ArrayList<>(inputPairs.size());
    for (Pair p : inputPairs) {
      if (p.a() == p.b()) {
        throw new IllegalArgumentException("pair of article " + p.a() + " with itself");
      }
      int a = Math.min(rank[p.a()], rank[p.b()]);
      int b = Math.max(rank[p.a()], rank[p.b()]);
      pairs.add(new Pair(a, b, p.score()));
    }
    pairs.sort(Comparator.comparingInt(Pair::a).thenComparingInt(Pair::b));
    StoryLinkage l = new StoryLinkage(docs);
    PriorityQueue<Candidate> queue = new PriorityQueue<>();
    for (Pair p : pairs) {
      l.sums.get(p.a()).merge(p.b(), p.score(), Double::sum);
      l.sums.get(p.b()).merge(p.a(), p.score(), Double::sum);
    }
    for (int a = 0; a < docs.size(); a++) {
      for (Map.Entry<Integer, Double> e : l.sums.get(a).entrySet()) {
        if (a < e.getKey()) {
          l.offer(queue, a, e.getKey(), e.getValue(), minAverage);
        }
      }
    }
    while (!queue.isEmpty()) {
      Candidate c = queue.poll();
      if (c.versionA != l.version[c.a] || c.versionB != l.version[c.b]) {
        continue; // one of the two stories has grown since this candidate was scored
      }
      int span =
          Math.max(l.lastDay[c.a], l.lastDay[c.b]) - Math.min(l.firstDay[c.a], l.firstDay[c.b]);
      if (span > maxSpanDays || l.size[c.a] + l.size[c.b] > maxDocs) {
        continue;
      }
      l.merge(c.a, c.b, queue, minAverage);
    }
    Map<String, String> ids = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      int root = l.find(i);
      if (l.size[root] > 1) {
        ids.put(docs.get(i).docId(), l.minId[root]);
      }
    }
    return ids;
  }

  private void offer(PriorityQueue<Candidate> queue, int a, int b, double sum, double minAverage) {
    double average = sum / ((double) size[a] * size[b]);
    boolean undated = firstDay[a] == UNDATED || firstDay[b] == UNDATED;
    if (average >= (undated ? minAverage + UNDATED_MARGIN : minAverage)) {
      String first = minId[a].compareTo(minId[b]) <= 0 ? minId[a] : minId[b];
      String second = first == minId[a] ? minId[b] : minId[a];
      queue.add(new Candidate(average, a, b, version[a], version[b], first, second));
    }
  }

  /** Merges story {@code b} into story {@code a} and rescores the merged story's neighbours. */
  private void merge(int a, int b, PriorityQueue<Candidate> queue, double minAverage) {
    Map<Integer, Double> into = sums.get(a);
    Map<Integer, Double> from = sums.get(b);
    into.remove(b);
    from.remove(a);
    for (Map.Entry<Integer, Double> e : from.entrySet()) {
      int n = e.getKey();
      into.merge(n, e.getValue(), Double::sum);
      Map<Integer, Double> theirs = sums.get(n);
      double moved = theirs.remove(b);
      theirs.merge(a, moved, Double::sum);
    }
    from.clear();
    parent[b] = a;
    size[a] += size[b];
    firstDay[a] = Math.min(firstDay[a], firstDay[b]);
    lastDay[a] = Math.max(lastDay[a], lastDay[b]);
    if (minId[b].compareTo(minId[a]) < 0) {
      minId[a] = minId[b];
    }
    version[a]++;
    version[b]++;
    for (Map.Entry<Integer, Double> e : into.entrySet()) {
      offer(queue, a, e.getKey(), e.getValue(), minAverage);
    }
  }

  private int find(int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }

  /** A possible merge, scored when it was offered; stale once either story changes. */
  private record Candidate(
      double average, int a, int b, int versionA, int versionB, String firstId, String secondId)
      implements Comparable<Candidate> {
    @Override
    public int compareTo(Candidate o) {
      int c = Double.compare(o.average, average);
      if (c != 0) {
        return c;
      }
      c = firstId.compareTo(o.firstId);
      return c != 0 ? c : secondId.compareTo(o.secondId);
    }
  }
}
