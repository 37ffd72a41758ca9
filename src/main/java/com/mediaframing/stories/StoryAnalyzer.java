package com.mediaframing.stories;

import com.mediaframing.analysis.AnalyzedArticle;
import com.mediaframing.analysis.ClaimRecord;
import com.mediaframing.analysis.FactRecord;
import com.mediaframing.analysis.MentionRecord;
import com.mediaframing.analysis.TopicWeight;
import com.mediaframing.metrics.MeanInterval;
import com.mediaframing.nlp.SentenceEncoderSource;
import com.mediaframing.stories.StoryReport.ActorTone;
import com.mediaframing.stories.StoryReport.BlocCoverage;
import com.mediaframing.stories.StoryReport.Disagreement;
import com.mediaframing.stories.StoryReport.StoryClaim;
import com.mediaframing.stories.StoryReport.StoryFact;
import com.mediaframing.stories.StoryReport.Summary;
import com.mediaframing.stories.StoryReport.TopicShare;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares the articles of one story across outlets and blocs, in plain Java: which facts every
 * bloc reports and which only one bloc does, how much of the story each bloc covers (and where a
 * bloc that is large in the corpus is missing: a blind spot), and where blocs differ in tone toward
 * the same actor. Stories of a single article get only their summary row.
 *
 * <p>Blind-spot rule: in a story of at least {@link #BLINDSPOT_MIN_DOCS} articles, a bloc is a
 * blind spot when it has at least {@link #BLINDSPOT_MIN_CORPUS_SHARE} of the corpus's articles but
 * less than {@link #BLINDSPOT_RATIO} times that share of the story's articles.
 *
 * <p>A tone difference is significant when the evidence supports it ({@link ToneGaps}: enough
 * mentions in both blocs, a 95% interval of the difference that excludes zero).
 *
 * <p>Multi-bloc stories also get their claims aligned ({@link ClaimAligner}, with the encoder
 * given) and read per bloc ({@link ClaimReading}); the narrative is built from those.
 *
 * <p>Immutable and thread-safe.
 */
public final class StoryAnalyzer implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int BLINDSPOT_MIN_DOCS = 3;
  public static final double BLINDSPOT_MIN_CORPUS_SHARE = 0.2;
  public static final double BLINDSPOT_RATIO = 0.25;
  public static final int TOP_ACTORS = 5;
  public static final int TOP_TERMS = 8;

  /** Place and term facts this close (edit distance, length >= 5) are one fact: Ryadh = Riyadh. */
  public static final int FACT_EDIT_DISTANCE = 1;

  private static final Map<String, Integer> TYPE_ORDER =
      Map.of("actor", 0, "place", 1, "number", 2, "date", 3, "quote", 4, "term", 5);

  private final Map<String, Double> corpusBlocShares;
  private final Map<String, String> actorNames;
  private final SentenceEncoderSource encoder;
  private final Map<String, Long> background;

  /**
   * @param corpusBlocShares each bloc's share of all processed articles
   * @param actorNames display name of each actor id, for the narrative
   */
  public StoryAnalyzer(Map<String, Double> corpusBlocShares, Map<String, String> actorNames) {
    this(corpusBlocShares, actorNames, null, Map.of());
  }

  /**
   * @param encoder the sentence encoder for claim alignment in multi-bloc stories; null: no claims
   * @param background corpus counts of claim lemmas, the prior of the distinctive words (empty: the
   *     story's own counts)
   */
  public StoryAnalyzer(
      Map<String, Double> corpusBlocShares,
      Map<String, String> actorNames,
      SentenceEncoderSource encoder,
      Map<String, Long> background) {
    this.corpusBlocShares = new TreeMap<>(corpusBlocShares);
    this.actorNames = new HashMap<>(actorNames);
    this.encoder = encoder;
    this.background = new HashMap<>(background);
  }

  public StoryReport analyze(String storyId, List<AnalyzedArticle> articles) {
    List<AnalyzedArticle> docs = new ArrayList<>(articles);
    docs.sort(Comparator.comparing(AnalyzedArticle::getDocId));
    Summary summary = summary(storyId, docs);
    if (docs.size() < 2) {
      return new StoryReport(
          summary,
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          null,
          articles(docs));
    }
    List<BlocCoverage> coverage = coverage(docs, summary.blocs());
    List<StoryFact> facts = facts(docs, summary.blocs());
    List<ActorTone> outletTone = tones(docs, AnalyzedArticle::getOutlet);
    List<ActorTone> blocTone = tones(docs, AnalyzedArticle::getBloc);
    List<Disagreement> disagreements = disagreements(blocTone, ToneGaps.mentions(docs));
    List<TopicShare> topics = new ArrayList<>(topicShares(docs, "outlet"));
    topics.addAll(topicShares(docs, "bloc"));
    ClaimReading reading = null;
    List<StoryClaim> claimRows = List.of();
    if (encoder != null && summary.blocs().size() >= 2) {
      List<ClaimAligner.Claim> claims =
          ClaimAligner.align(storyId, claimInputs(docs), encoder.get());
      reading = ClaimReading.of(summary.blocs(), docs, claims, topics, background);
      claimRows = claimRows(claims);
    }
    String markdown =
        new NarrativeBuilder(actorNames)
            .build(summary, coverage, facts, disagreements, blocTone, topics, reading);
    return new StoryReport(
        summary,
        coverage,
        facts,
        disagreements,
        outletTone,
        blocTone,
        topics,
        claimRows,
        reading == null ? List.of() : reading.disagreements(),
        markdown,
        articles(docs));
  }

  static List<ClaimAligner.Input> claimInputs(List<AnalyzedArticle> docs) {
    List<ClaimAligner.Input> in = new ArrayList<>();
    for (AnalyzedArticle d : docs) {
      if (d.getClaims() != null) {
        for (ClaimRecord c : d.getClaims()) {
          in.add(new ClaimAligner.Input(d.getDocId(), d.getBloc(), c));
        }
      }
    }
    return in;
  }

  private static List<StoryClaim> claimRows(List<ClaimAligner.Claim> claims) {
    List<StoryClaim> rows = new ArrayList<>();
    for (ClaimAligner.Claim c : claims) {
      for (ClaimAligner.Member m : c.members()) {
        rows.add(
            new StoryClaim(
                c.claimId(),
                m.docId(),
                m.bloc(),
                m.claim().getSentenceIndex(),
                m.claim().getText(),
                m.similarity(),
                m.claim().isForward(),
                String.join("|", m.claim().getDates())));
      }
    }
    return rows;
  }

  /** The story's articles, earliest first (undated last), then by doc_id. */
  static List<StoryReport.Article> articles(List<AnalyzedArticle> docs) {
    return docs.stream()
        .map(
            d ->
                new StoryReport.Article(
                    d.getDocId(),
                    d.getTitle(),
                    d.getOutlet(),
                    d.getBloc(),
                    d.getPublished(),
                    d.getUrl()))
        .sorted(
            Comparator.comparing(
                    StoryReport.Article::published,
                    Comparator.nullsLast(Comparator.<String>naturalOrder()))
                .thenComparing(StoryReport.Article::docId))
        .toList();
  }

  private Summary summary(String storyId, List<AnalyzedArticle> docs) {
    TreeSet<String> blocs = new TreeSet<>();
    Set<String> outlets = new HashSet<>();
    String first = null;
    String last = null;
    Map<String, Integer> actorDocs = new HashMap<>();
    Map<String, Integer> termDocs = new HashMap<>();
    for (AnalyzedArticle d : docs) {
      blocs.add(d.getBloc());
      outlets.add(d.getOutlet());
      if (d.getPublished() != null) { // undated articles do not move the story's dates
        String p = d.getPublished().substring(0, Math.min(10, d.getPublished().length()));
        first = first == null || p.compareTo(first) < 0 ? p : first;
        last = last == null || p.compareTo(last) > 0 ? p : last;
      }
      new TreeSet<>(
              d.getMentions() == null
                  ? List.<String>of()
                  : d.getMentions().stream().map(MentionRecord::getActorId).toList())
          .forEach(a -> actorDocs.merge(a, 1, Integer::sum));
      if (d.getStoryTerms() != null) {
        d.getStoryTerms().forEach(t -> termDocs.merge(t, 1, Integer::sum));
      }
    }
    return new Summary(
        storyId,
        representativeTitle(docs),
        first,
        last,
        docs.size(),
        outlets.size(),
        List.copyOf(blocs),
        top(actorDocs, TOP_ACTORS),
        top(termDocs, TOP_TERMS));
  }

  /** The headline of the article sharing the most terms with the others (the medoid). */
  static String representativeTitle(List<AnalyzedArticle> docs) {
    String best = null;
    int bestScore = -1;
    for (AnalyzedArticle d : docs) {
      Set<String> mine = new HashSet<>(terms(d));
      int score = 0;
      for (AnalyzedArticle o : docs) {
        if (o != d) {
          for (String t : terms(o)) {
            score += mine.contains(t) ? 1 : 0;
          }
        }
      }
      if (score > bestScore && d.getTitle() != null) {
        best = d.getTitle();
        bestScore = score;
      }
    }
    return best;
  }

  private static List<String> terms(AnalyzedArticle d) {
    return d.getStoryTerms() == null ? List.of() : d.getStoryTerms();
  }

  private static List<String> top(Map<String, Integer> counts, int n) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .map(Map.Entry::getKey)
        .toList();
  }

  private List<BlocCoverage> coverage(List<AnalyzedArticle> docs, List<String> storyBlocs) {
    TreeSet<String> blocs = new TreeSet<>(corpusBlocShares.keySet());
    blocs.addAll(storyBlocs);
    List<BlocCoverage> out = new ArrayList<>();
    for (String b : blocs) {
      int n = (int) docs.stream().filter(d -> b.equals(d.getBloc())).count();
      double share = n / (double) docs.size();
      double corpus = corpusBlocShares.getOrDefault(b, 0.0);
      boolean blindspot =
          docs.size() >= BLINDSPOT_MIN_DOCS
              && corpus >= BLINDSPOT_MIN_CORPUS_SHARE
              && share < BLINDSPOT_RATIO * corpus;
      out.add(new BlocCoverage(b, n, share, corpus, blindspot));
    }
    return out;
  }

  /** One fact across the story's articles, while it is being merged. */
  private static final class FactGroup {
    String type;
    final Map<String, Integer> forms = new TreeMap<>();
    final TreeSet<String> blocs = new TreeSet<>();
    final Map<String, SortedSet<Integer>> evidence = new TreeMap<>();
  }

  private List<StoryFact> facts(List<AnalyzedArticle> docs, List<String> storyBlocs) {
    // key: lower-case fact; place/term/actor share keys so "Riyadh" as place and term is one fact
    Map<String, FactGroup> groups = new TreeMap<>();
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
   * An existing place/term group whose key is within the edit distance, or a quote containing it.
   */
  private static FactGroup similar(Map<String, FactGroup> groups, String type, String fact) {
    String lower = fact.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, FactGroup> e : groups.entrySet()) {
      String other = e.getKey().substring(e.getKey().indexOf(':') + 1);
      String otherType = e.getValue().type;
      if ((type.equals("place") || type.equals("term"))
          && (otherType.equals("place") || otherType.equals("term"))
          && lower.length() >= 5
          && other.length() >= 5
          && Character.isUpperCase(fact.charAt(0))
          && lower.charAt(0) == other.charAt(0) // cheap filter: variants keep the initial
          && EditDistance.atMost(lower, other, FACT_EDIT_DISTANCE)) {
        return e.getValue();
      }
      if (type.equals("quote")
          && otherType.equals("quote")
          && (other.contains(lower) || lower.contains(other))) {
        return e.getValue();
      }
    }
    return null;
  }

  private static List<ActorTone> tones(
      List<AnalyzedArticle> docs, Function<AnalyzedArticle, String> group) {
    // group -> actor -> per-doc mean sentiments, mention counts, evidence
    Map<String, Map<String, List<Double>>> means = new TreeMap<>();
    Map<String, Map<String, Integer>> mentions = new TreeMap<>();
    Map<String, Map<String, Map<String, SortedSet<Integer>>>> evidence = new TreeMap<>();
    for (AnalyzedArticle d : docs) {
      if (d.getMentions() == null) {
        continue;
      }
      Map<String, double[]> perActor = new TreeMap<>();
      String g = group.apply(d);
      for (MentionRecord m : d.getMentions()) {
        double[] s = perActor.computeIfAbsent(m.getActorId(), k -> new double[2]);
        s[0] += m.getSentiment();
        s[1]++;
        evidence
            .computeIfAbsent(g, k -> new TreeMap<>())
            .computeIfAbsent(m.getActorId(), k -> new TreeMap<>())
            .computeIfAbsent(d.getDocId(), k -> new TreeSet<>())
            .add(m.getSentenceIndex());
      }
      for (Map.Entry<String, double[]> e : perActor.entrySet()) {
        means
            .computeIfAbsent(g, k -> new TreeMap<>())
            .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
            .add(e.getValue()[0] / e.getValue()[1]);
        mentions
            .computeIfAbsent(g, k -> new TreeMap<>())
            .merge(e.getKey(), (int) e.getValue()[1], Integer::sum);
      }
    }
    List<ActorTone> out = new ArrayList<>();
    for (var byGroup : means.entrySet()) {
      for (var byActor : byGroup.getValue().entrySet()) {
        List<Double> v = byActor.getValue();
        double mean = v.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        Double sd = null;
        if (v.size() >= 2) {
          double ss = v.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
          sd = Math.sqrt(ss / (v.size() - 1));
        }
        out.add(
            new ActorTone(
                byGroup.getKey(),
                byActor.getKey(),
                v.size(),
                mentions.get(byGroup.getKey()).get(byActor.getKey()),
                mean,
                MeanInterval.lower(v.size(), mean, sd, -1, 1),
                MeanInterval.upper(v.size(), mean, sd, -1, 1),
                Evidence.of(evidence.get(byGroup.getKey()).get(byActor.getKey()))));
      }
    }
    return out;
  }

  /**
   * Every pair of blocs that both name an actor, with their tones toward it (means over articles)
   * and the {@link ToneGaps} interval of the difference over mentions; {@code significant} when
   * that gap is supported.
   */
  static List<Disagreement> disagreements(
      List<ActorTone> blocTone, Map<String, Map<String, List<Double>>> mentions) {
    Map<String, List<ActorTone>> byActor = new TreeMap<>();
    for (ActorTone t : blocTone) {
      byActor.computeIfAbsent(t.actorId(), k -> new ArrayList<>()).add(t);
    }
    List<Disagreement> out = new ArrayList<>();
    for (var e : byActor.entrySet()) {
      List<ActorTone> ts = e.getValue();
      ts.sort(Comparator.comparing(ActorTone::group));
      for (int i = 0; i < ts.size(); i++) {
        for (int j = i + 1; j < ts.size(); j++) {
          ActorTone a = ts.get(i);
          ActorTone b = ts.get(j);
          ToneGaps.Gap gap =
              ToneGaps.gap(
                  mentions.getOrDefault(a.group(), Map.of()).getOrDefault(e.getKey(), List.of()),
                  mentions.getOrDefault(b.group(), Map.of()).getOrDefault(e.getKey(), List.of()));
          out.add(
              new Disagreement(
                  e.getKey(),
                  a.group(),
                  b.group(),
                  a.sentiment(),
                  b.sentiment(),
                  b.sentiment() - a.sentiment(),
                  gap.low(),
                  gap.high(),
                  gap.nA(),
                  gap.nB(),
                  gap.supported(),
                  a.group() + ": " + a.evidence() + " | " + b.group() + ": " + b.evidence()));
        }
      }
    }
    return out;
  }

  private static List<TopicShare> topicShares(List<AnalyzedArticle> docs, String kind) {
    Map<String, Map<String, Double>> sums = new TreeMap<>();
    Map<String, Integer> topical = new TreeMap<>();
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    for (AnalyzedArticle d : docs) {
      if (d.getTopics() == null || d.getTopics().isEmpty()) {
        continue;
      }
      String g = kind.equals("outlet") ? d.getOutlet() : d.getBloc();
      topical.merge(g, 1, Integer::sum);
      for (TopicWeight w : d.getTopics()) {
        sums.computeIfAbsent(g, k -> new TreeMap<>())
            .merge(w.getTopicId(), w.getWeight(), Double::sum);
        counts.computeIfAbsent(g, k -> new TreeMap<>()).merge(w.getTopicId(), 1, Integer::sum);
      }
    }
    List<TopicShare> out = new ArrayList<>();
    for (var g : sums.entrySet()) {
      for (var t : g.getValue().entrySet()) {
        out.add(
            new TopicShare(
                kind,
                g.getKey(),
                t.getKey(),
                t.getValue() / topical.get(g.getKey()),
                counts.get(g.getKey()).get(t.getKey())));
      }
    }
    return out;
  }
}
