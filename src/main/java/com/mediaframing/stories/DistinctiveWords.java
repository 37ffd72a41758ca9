package com.mediaframing.stories;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words that set one group's text apart from the others': the log-odds ratio with an
 * informative Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words", eq. 16-22). For
 * word w, group i against the rest j, with prior counts {@code a_w = a0 * p_w} from a background
 * distribution p: {@code d_w = log((y_iw + a_w) / (n_i + a0 - y_iw - a_w)) - log((y_jw + a_w) /
 * (n_j + a0 - y_jw - a_w))}, variance {@code 1/(y_iw + a_w) + 1/(y_jw + a_w)}, and the z-score
 * {@code d_w / sqrt(variance)}. Words with z of at least {@link #MIN_Z} and at least {@link
 * #MIN_COUNT} uses in the group are distinctive. Stateless and thread-safe.
 */
public final class DistinctiveWords {
  /**
   * Prior pseudo-words (a0). Story texts are a few hundred words a bloc; a prior as large as the
   * corpus (as Monroe et al. use for speeches) would shrink every difference in a story to zero.
   */
  public static final double PRIOR_WEIGHT = 10;

  public static final double MIN_Z = 1.96;
  public static final int MIN_COUNT = 2;

  private DistinctiveWords() {}

  /** A distinctive word with its z-score and count in the group. */
  public record Word(String word, double z, int count) {}

  /**
   * The background distribution of the prior: word counts and their total, built once and shared by
   * every story (copying the corpus's 50,000 lemma counts for each bloc of each story cost a sixth
   * of the story stage's CPU time on 9,000 articles; docs/benchmarks.md, session 18). Immutable and
   * serializable.
   */
  public record Background(Map<String, Long> counts, long total) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Checks the total: {@link IllegalArgumentException} if it is not the sum of the counts. */
    public Background {
      counts = Collections.unmodifiableMap(new HashMap<>(counts));
      if (total != sum(counts)) {
        throw new IllegalArgumentException(
            "background total " + total + " is not the sum of its counts, " + sum(counts));
      }
    }

    /** {@code counts} with their total; empty: each call pools the groups' own counts instead. */
    public static Background of(Map<String, Long> counts) {
      return new Background(counts, sum(counts));
    }

    private static long sum(Map<String, Long> counts) {
      long total = 0;
      for (long c : counts.values()) {
        total += c;
      }
      return total;
    }
  }

  /** {@link #of(Map, Map, Background)} with the background's total computed here. */
  public static List<Word> of(
      Map<String, Integer> group, Map<String, Integer> rest, Map<String, Long> background) {
    return of(group, rest, Background.of(background));
  }

  /**
   * @param group word counts of the group
   * @param rest word counts of the other groups together
   * @param background word counts of the background (the prior's shape); the pooled counts when
   *     empty
   */
  public static List<Word> of(
      Map<String, Integer> group, Map<String, Integer> rest, Background background) {
    Background prior = background.counts().isEmpty() ? pooled(group, rest) : background;
    // Counts are integers far below 2^53, so their total as a double is exact in any order.
    double total = prior.total();
    double ni = group.values().stream().mapToInt(Integer::intValue).sum();
    double nj = rest.values().stream().mapToInt(Integer::intValue).sum();
    // a word the background lacks gets the weight of a single use
    double unseen = 1.0 / Math.max(1, total);
    List<Word> out = new ArrayList<>();
    for (var e : group.entrySet()) {
      if (e.getValue() < MIN_COUNT) {
        continue;
      }
      double a = PRIOR_WEIGHT * prior.counts().getOrDefault(e.getKey(), 0L) / Math.max(1, total);
      a = Math.max(a, PRIOR_WEIGHT * unseen);
      double yi = e.getValue();
      double yj = rest.getOrDefault(e.getKey(), 0);
      double d =
          Math.log((yi + a) / (ni + PRIOR_WEIGHT - yi - a))
              - Math.log((yj + a) / (nj + PRIOR_WEIGHT - yj - a));
      double z = d / Math.sqrt(1 / (yi + a) + 1 / (yj + a));
      if (z >= MIN_Z) {
        out.add(new Word(e.getKey(), z, e.getValue()));
      }
    }
    out.sort(Comparator.comparingDouble((Word w) -> -w.z()).thenComparing(Word::word));
    return out;
  }

  /** The groups' own counts together, the prior when there is no background. */
  private static Background pooled(Map<String, Integer> group, Map<String, Integer> rest) {
    Map<String, Long> pooled = new HashMap<>();
    group.forEach((w, c) -> pooled.merge(w, (long) c, Long::sum));
    rest.forEach((w, c) -> pooled.merge(w, (long) c, Long::sum));
    return Background.of(pooled);
  }
}
