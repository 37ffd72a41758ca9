package com.mediaframing.stories;

import com.mediaframing.analysis.AnalyzedArticle;
import com.mediaframing.analysis.ClaimRecord;
import com.mediaframing.analysis.MentionRecord;
import com.mediaframing.analysis.TopicWeight;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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

  private final Map<String, Double> corpusBlocShares;
  private final Map<String, String> actorNames;
  private final SentenceEncoderSource encoder;
  private final DistinctiveWords.Background background;

  /**
   * The properties of an {@link AnalyzedArticle} the analysis reads; a caller may leave the others
   * null (the story stage does, so that the sentences do not travel to the story groups). {@code
   * SeedStoryTest} checks that articles holding only these give the same report.
   */
  public static final List<String> READS =
      List.of(
          "docId",
          "outlet",
          "bloc",
          "published",
          "title",
          "url",
          "mentions",
          "topics",
          "storyTerms",
          "facts",
          "claims");

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
    this.background = DistinctiveWords.Background.of(background);
  }

  /** The report of one story, claims aligned with the encoder given at construction (if any). */
  public StoryReport analyze(String storyId, List<AnalyzedArticle> articles) {
    return analyze(
        storyId, articles, encoder == null ? null : ClaimVectors.encoding(encoder.get()));
  }

  /**
   * The claim sentences whose vectors {@link #analyze(String, List, ClaimVectors)} reads ({@link
   * ClaimAligner#gate}: the sentences worth encoding, by position) of a story of two blocs or more;
   * none otherwise.
   */
  public static List<ClaimAligner.Gated> claimTexts(List<AnalyzedArticle> articles) {
    Set<String> blocs = new HashSet<>();
    articles.forEach(d -> blocs.add(d.getBloc()));
    if (articles.size() < 2 || blocs.size() < 2) {
      return List.of();
    }
    return ClaimAligner.gate(claimInputs(articles));
  }

  /**
   * The report of one story.
   *
   * @param vectors gives the vectors of the claim sentences ({@link #claimTexts}); null: no claims
   */
  public StoryReport analyze(String storyId, List<AnalyzedArticle> articles, ClaimVectors vectors) {
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
    List<StoryFact> facts = StoryFacts.of(docs, summary.blocs());
    List<ActorTone> outletTone = ActorTones.of(docs, AnalyzedArticle::getOutlet);
    List<ActorTone> blocTone = ActorTones.of(docs, AnalyzedArticle::getBloc);
    List<Disagreement> disagreements = ActorTones.disagreements(blocTone, ToneGaps.sides(docs));
    List<TopicShare> topics = new ArrayList<>(topicShares(docs, "outlet"));
    topics.addAll(topicShares(docs, "bloc"));
    ClaimReading reading = null;
    List<StoryClaim> claimRows = List.of();
    if (vectors != null && summary.blocs().size() >= 2) {
      List<ClaimAligner.Claim> claims = ClaimAligner.align(storyId, claimInputs(docs), vectors);
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

  /** The claim sentences of a story's articles, as {@link ClaimAligner} takes them. */
  public static List<ClaimAligner.Input> claimInputs(List<AnalyzedArticle> docs) {
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
