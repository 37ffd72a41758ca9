package com.mediaframing.stories;

import com.mediaframing.analysis.AnalyzedArticle;
import com.mediaframing.analysis.FactRecord;
import com.mediaframing.stories.StoryReport.StoryFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A story's facts merged across its articles: the same fact in several articles (case aside, and
 * place or term spellings within {@link #FACT_EDIT_DISTANCE}: Ryadh = Riyadh; a quote inside a
 * longer one) is one {@link StoryFact} with its blocs and evidence; a fact every bloc reports is
 * shared, a fact of one bloc is that bloc's only. Plain Java, stateless.
 */
final class StoryFacts {
  /** Place and term facts this close (edit distance, length >= 5) are one fact: Ryadh = Riyadh. */
  static final int FACT_EDIT_DISTANCE = 1;

  private static final Map<String, Integer> TYPE_ORDER =
      Map.of("actor", 0, "place", 1, "number", 2, "date", 3, "quote", 4, "term", 5);

  private StoryFacts() {}

  /** One fact across the story's articles, while it is being merged. */
  private static final class FactGroup {
    String type;
    final Map<String, Integer> forms = new TreeMap<>();
    final TreeSet<String> blocs = new TreeSet<>();
    final Map<String, SortedSet<Integer>> evidence = new TreeMap<>();
  }

  /** The story's facts merged across its articles, in type, article-count and text order. */
  static List<StoryFact> of(List<AnalyzedArticle> docs, List<String> storyBlocs) {
    // key: lower-case fact; place/term/actor share keys so "Riyadh" as place and term is one fact
    TreeMap<String, FactGroup> groups = new TreeMap<>();
    for (AnalyzedArticle d : docs) {
      if (d.getFacts() == null) {
        continue;
      }
      for (FactRecord f : d.getFacts()) {
        String key = key(f.getType(), f.getFact());
        FactGroup g = groups.get(key);
        if (g == null) {
          g = similar(groups, f.getType(), f.getFact());
          if (g != null) {
            groups.put(key, g);
          }
        }
        if (g == null) {
          g = new FactGroup();
          g.type = f.getType();
          groups.put(key, g);
        }
        if (TYPE_ORDER.get(f.getType()) < TYPE_ORDER.get(g.type)) {
          g.type = f.getType();
        }
        g.forms.merge(f.getFact(), 1, Integer::sum);
        g.blocs.add(d.getBloc());
        g.evidence.computeIfAbsent(d.getDocId(), k -> new TreeSet<>()).addAll(f.getSentences());
      }
    }
    boolean multiBloc = storyBlocs.size() >= 2;
    List<StoryFact> out = new ArrayList<>();
    for (FactGroup g : new LinkedHashSet<>(groups.values())) {
      String form =
          g.forms.entrySet().stream()
              .sorted(
                  Map.Entry.<String, Integer>comparingByValue()
                      .reversed()
                      .thenComparing(Map.Entry.comparingByKey()))
              .findFirst()
              .orElseThrow()
              .getKey();
      boolean shared = multiBloc && g.blocs.size() == storyBlocs.size();
      String only = multiBloc && g.blocs.size() == 1 ? g.blocs.first() : null;
      out.add(
          new StoryFact(
              g.type,
              form,
              List.copyOf(g.blocs),
              g.evidence.size(),
              shared,
              only,
              Evidence.of(g.evidence)));
    }
    out.sort(
        Comparator.comparing((StoryFact f) -> TYPE_ORDER.get(f.type()))
            .thenComparing(f -> -f.nDocs())
            .thenComparing(StoryFact::fact));
    return out;
  }

  private static String key(String type, String fact) {
    String lower = fact.toLowerCase(Locale.ROOT);
    boolean name = type.equals("actor") || type.equals("place") || type.equals("term");
    return name ? "name:" + lower : type + ":" + lower;
  }

  /**
   * An existing place/term group whose key is within the edit distance, or a quote containing it;
   * the first such key in key order. Only keys of the same prefix can match (a place or term, its
   * name and initial: "name:r"; a quote, "quote:"), so only those are visited; other facts have no
   * similar group.
   */
  private static FactGroup similar(TreeMap<String, FactGroup> groups, String type, String fact) {
    String lower = fact.toLowerCase(Locale.ROOT);
    boolean placeOrTerm = type.equals("place") || type.equals("term");
    if (placeOrTerm) {
      if (lower.length() < 5 || !Character.isUpperCase(fact.charAt(0))) {
        return null;
      }
      // variants keep the initial
      String prefix = "name:" + lower.charAt(0);
      for (Map.Entry<String, FactGroup> e : groups.tailMap(prefix, true).entrySet()) {
        if (!e.getKey().startsWith(prefix)) {
          break;
        }
        String other = e.getKey().substring(5);
        String otherType = e.getValue().type;
        if ((otherType.equals("place") || otherType.equals("term"))
            && other.length() >= 5
            && EditDistance.atMost(lower, other, FACT_EDIT_DISTANCE)) {
          return e.getValue();
        }
      }
      return null;
    }
    if (type.equals("quote")) {
      for (Map.Entry<String, FactGroup> e : groups.tailMap("quote:", true).entrySet()) {
        if (!e.getKey().startsWith("quote:")) {
          break;
        }
        String other = e.getKey().substring(6);
        if (e.getValue().type.equals("quote") && (other.contains(lower) || lower.contains(other))) {
          return e.getValue();
        }
      }
    }
    return null;
  }
}
