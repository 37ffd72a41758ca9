package com.mediaframing.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Connected components of the article similarity graph, as story ids. Links are taken from the most
 * similar to the least (ties by doc ids, so the result does not depend on input order) and a link
 * is skipped when it would make a story larger than {@code maxDocs}. A story's id is the smallest
 * doc id among its articles, so the same input always gives the same ids. Plain Java; not
 * thread-safe.
 */
public final class StoryClusters {
  /** A candidate link between two articles, with their similarity in [0, 1]. */
  public record Link(String docA, String docB, double similarity) {}

  private final Map<String, String> parent = new HashMap<>();
  private final Map<String, Integer> size = new HashMap<>();
  private final Map<String, String> minId = new HashMap<>();

  private StoryClusters() {}

  /**
   * Story id of every article named in {@code links}; articles without links are their own story
   * (id = doc id) and are not in the map.
   */
  public static Map<String, String> storyIds(List<Link> links, int maxDocs) {
    List<Link> sorted = new ArrayList<>(links);
    sorted.sort(
        Comparator.comparingDouble(Link::similarity)
            .reversed()
            .thenComparing(Link::docA)
            .thenComparing(Link::docB));
    StoryClusters uf = new StoryClusters();
    for (Link l : sorted) {
      uf.union(l.docA(), l.docB(), maxDocs);
    }
    Map<String, String> ids = new HashMap<>();
    for (String doc : uf.parent.keySet()) {
      String root = uf.find(doc);
      if (uf.size.get(root) > 1) {
        ids.put(doc, uf.minId.get(root));
      }
    }
    return ids;
  }

  private String find(String x) {
    parent.putIfAbsent(x, x);
    size.putIfAbsent(x, 1);
    minId.putIfAbsent(x, x);
    String root = x;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    while (!parent.get(x).equals(root)) {
      String next = parent.get(x);
      parent.put(x, root);
      x = next;
    }
    return root;
  }

  private void union(String a, String b, int maxDocs) {
    String ra = find(a);
    String rb = find(b);
    if (ra.equals(rb) || size.get(ra) + size.get(rb) > maxDocs) {
      return;
    }
    if (size.get(ra) < size.get(rb)) {
      String t = ra;
      ra = rb;
      rb = t;
    }
    parent.put(rb, ra);
    size.put(ra, size.get(ra) + size.get(rb));
    String ma = minId.get(ra);
    String mb = minId.get(rb);
    minId.put(ra, ma.compareTo(mb) <= 0 ? ma : mb);
  }
}
