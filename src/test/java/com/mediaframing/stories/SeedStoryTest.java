package com.mediaframing.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.actors.ActorDictionary;
import com.mediaframing.actors.ActorMatcher;
import com.mediaframing.analysis.AnalyzedArticle;
import com.mediaframing.analysis.ArticleAnalyzer;
import com.mediaframing.clean.BoilerplateCleaner;
import com.mediaframing.ingest.RawArticle;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import com.mediaframing.nlp.SentenceEncoder;
import com.mediaframing.nlp.SentenceEncoderSource;
import com.mediaframing.sentiment.SentimentScorers;
import com.mediaframing.stories.StoryReport.StoryClaim;
import com.mediaframing.stories.StoryReport.StoryFact;
import com.mediaframing.topics.TopicDictionary;
import com.mediaframing.topics.TopicScorer;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The two seed articles about the 15 March call, analyzed and compared without Spark. */
class SeedStoryTest {
  private static AnalyzedArticle ukraine;
  private static AnalyzedArticle middleEast;
  private static StoryReport report;
  private static Map<String, String> names;

  @BeforeAll
  static void analyze() throws IOException {
    ActorDictionary actors = ActorDictionary.load(Path.of("config/actors.csv"));
    ArticleAnalyzer analyzer =
        new ArticleAnalyzer(
            new ArticleAnnotator(NlpModels.get()),
            BoilerplateCleaner.withDefaultRules(),
            new ActorMatcher(actors),
            SentimentScorers.create("lexicon"),
            new TopicScorer(TopicDictionary.load(Path.of("config/topics.csv"))),
            Set.of("en"));
    ukraine =
        analyzer.analyze(
            seed(
                "seed-000",
                "000_d08e899dbdaafca3.txt",
                "ukraine",
                "2025-03-15",
                "Rubio, Lavrov discuss working towards restoring US-Russia communication"),
            fp -> false);
    middleEast =
        analyzer.analyze(
            seed(
                "seed-002",
                "002_1a35994561af305b.txt",
                "middle_east",
                "2025-03-16",
                "Lavrov urges US to stop strikes on Yemen's Houthis in call with Rubio"),
            fp -> false);
    names =
        actors.actors().stream()
            .collect(Collectors.toMap(a -> a.actorId(), a -> a.name(), (a, b) -> a));
    report = analyzer().analyze("seed-000", List.of(middleEast, ukraine));
  }

  private static RawArticle seed(String id, String file, String bloc, String date, String title)
      throws IOException {
    RawArticle a = new RawArticle();
    a.setId(id);
    a.setOutlet(bloc + " outlet");
    a.setBloc(bloc);
    a.setPublished(date);
    a.setTitle(title);
    a.setLanguage("en");
    a.setText(Files.readString(Path.of("seeds", file), StandardCharsets.UTF_8));
    return a;
  }

  @Test
  void vectorsFoundForTheGatesPositionsGiveTheReportTheEncoderGives() {
    List<AnalyzedArticle> docs = List.of(middleEast, ukraine);
    List<ClaimAligner.Gated> gated = StoryAnalyzer.claimTexts(docs);
    assertTrue(gated.size() >= 10, "gated " + gated.size());
    SentenceEncoder encoder = SentenceEncoderSource.MINILM.get();
    Map<Integer, float[]> byPosition = new HashMap<>();
    for (ClaimAligner.Gated g : gated) {
      byPosition.put(g.position(), encoder.encode(List.of(g.text()))[0]);
    }
    StoryReport stored =
        analyzer()
            .analyze("seed-000", List.of(ukraine, middleEast), ClaimVectors.gated(byPosition));
    assertEquals(report, stored);
    assertTrue(stored.claims().size() > 0);
    byPosition.put(gated.size() + 10_000, byPosition.values().iterator().next());
    assertThrows(
        IllegalStateException.class,
        () -> analyzer().analyze("seed-000", docs, ClaimVectors.gated(byPosition)));
  }

  @Test
  void articlesHoldingOnlyWhatTheAnalyzerReadsGiveTheSameReport() throws Exception {
    List<AnalyzedArticle> slim = List.of(only(middleEast), only(ukraine));
    assertNull(slim.get(0).getSentences());
    assertEquals(report, analyzer().analyze("seed-000", slim));
  }

  /** A copy of {@code d} with every nullable property but {@link StoryAnalyzer#READS} null. */
  private static AnalyzedArticle only(AnalyzedArticle d) throws Exception {
    AnalyzedArticle copy = new AnalyzedArticle();
    for (PropertyDescriptor p :
        Introspector.getBeanInfo(AnalyzedArticle.class, Object.class).getPropertyDescriptors()) {
      if (p.getWriteMethod() == null || p.getReadMethod() == null) {
        continue;
      }
      boolean kept = StoryAnalyzer.READS.contains(p.getName()) || p.getPropertyType().isPrimitive();
      p.getWriteMethod().invoke(copy, kept ? p.getReadMethod().invoke(d) : null);
    }
    return copy;
  }

  private static StoryAnalyzer analyzer() {
    return new StoryAnalyzer(
        Map.of("ukraine", 0.5, "middle_east", 0.5), names, SentenceEncoderSource.MINILM, Map.of());
  }

  @Test
  void leadsAreSimilarEnoughToLink() {
    // the threshold applies to the same-event evidence (lead cosine + lemma Jaccard), not to
    // the lemma Jaccard alone as it did before the encoder
    LinkEvidence.Doc a = linkDoc(ukraine);
    LinkEvidence.Doc b = linkDoc(middleEast);
    double evidence = LinkEvidence.score(a, b);
    assertTrue(evidence >= StoryOptions.DEFAULT_MIN_SIMILARITY, "evidence " + evidence);
  }

  private static LinkEvidence.Doc linkDoc(AnalyzedArticle d) {
    String lead = d.getStoryLead();
    if (lead.length() > StoryOptions.LEAD_CHARS) {
      lead = lead.substring(0, lead.lastIndexOf(' ', StoryOptions.LEAD_CHARS));
    }
    float[] v = SentenceEncoderSource.MINILM.get().encode(java.util.List.of(lead))[0];
    return LinkEvidence.Doc.of(d.getDocId(), 0, d.getStoryTerms(), v);
  }

  @Test
  void sharedFactsIncludeTheHouthisTheRedSeaTammyBruceAndSaudiArabia() {
    Set<String> shared =
        report.facts().stream()
            .filter(StoryFact::sharedByAllBlocs)
            .map(f -> f.type() + ":" + f.fact())
            .collect(Collectors.toSet());
    System.out.println("shared " + shared);
    report.facts().stream()
        .filter(f -> "ukraine".equals(f.blocOnly()))
        .forEach(f -> System.out.println("ukraine only " + f));
    System.out.println(report.markdown());
    assertTrue(shared.contains("actor:Houthis"), shared.toString());
    assertTrue(shared.contains("place:Red Sea"), shared.toString());
    assertTrue(shared.contains("actor:Tammy Bruce"), shared.toString());
    assertTrue(shared.contains("place:Saudi Arabia"), shared.toString());
  }

  @Test
  void onlyTheUkrainianOutletMentionsTheTruce() {
    StoryFact truce =
        report.facts().stream()
            .filter(f -> f.fact().equals("30-day truce"))
            .findFirst()
            .orElseThrow();
    assertEquals("number", truce.type());
    assertEquals("ukraine", truce.blocOnly());
    StoryFact riyadh =
        report.facts().stream().filter(f -> f.fact().equals("Riyadh")).findFirst().orElseThrow();
    assertEquals("ukraine", riyadh.blocOnly());
    assertNull(
        report.facts().stream().filter(f -> f.fact().equals("Ryadh")).findFirst().orElse(null),
        "Ryadh folds into Riyadh");
  }

  private static String claimOf(String doc, int sentence) {
    return report.claims().stream()
        .filter(c -> c.docId().equals(doc) && c.sentenceIndex() == sentence)
        .map(StoryClaim::claimId)
        .findFirst()
        .orElse("not a claim sentence");
  }

  @Test
  void theCessationOfForceIsOneClaimInBothBlocs() {
    report.claims().stream()
        .filter(
            c -> report.claims().stream().filter(o -> o.claimId().equals(c.claimId())).count() > 1)
        .forEach(c -> System.out.println("claim " + c));
    assertEquals(claimOf("seed-000", 8), claimOf("seed-002", 2));
    assertEquals(claimOf("seed-000", 7), claimOf("seed-002", 26), "the State Department readout");
    // "15 March" (seed-000[3]) and "Saturday" (seed-002[1]) resolve to the same date
    assertEquals(
        "2025-03-15",
        report.claims().stream()
            .filter(c -> c.docId().equals("seed-002") && c.sentenceIndex() == 1)
            .findFirst()
            .orElseThrow()
            .dates());
    System.out.println(report.markdown());
  }

  @Test
  void theFourSharedDataPointsAreClaimsOfBothBlocs() {
    // the call and its date, the cessation of force, the readout on the Houthi strikes, the
    // follow-up talks: each a claim whose two wordings pass the pair test of ClaimAligner
    List<String> shared =
        List.of(
            claimOf("seed-000", 3),
            claimOf("seed-000", 8),
            claimOf("seed-000", 7),
            claimOf("seed-000", 11));
    assertEquals(
        shared,
        List.of(
            claimOf("seed-002", 1),
            claimOf("seed-002", 2),
            claimOf("seed-002", 26),
            claimOf("seed-002", 25)));
    String md = report.markdown();
    String section =
        md.substring(md.indexOf("## Observable data points"), md.indexOf("## How each bloc reads"));
    assertEquals(4, section.split(", in every bloc:", -1).length - 1, section);
    for (String id : shared) {
      assertTrue(section.contains("- " + id + ", in every bloc:"), id + " not in\n" + section);
    }
  }

  @Test
  void theOneArticlePerBlocToneGapIsNotCalledSignificant() {
    StoryReport.Disagreement us =
        report.disagreements().stream()
            .filter(d -> d.actorId().equals("united-states"))
            .findFirst()
            .orElseThrow();
    assertEquals(1, us.nDocsA());
    assertEquals(1, us.nDocsB());
    assertTrue(us.nMentionsA() >= 10 && us.nMentionsB() >= 10, "a gap over mentions before");
    assertTrue(Math.abs(us.difference()) >= 0.3, "a wide difference: " + us.difference());
    assertNull(us.differenceLow());
    assertEquals("one article each", us.verdict());
    assertTrue(report.disagreements().stream().noneMatch(StoryReport.Disagreement::significant));
    String md = report.markdown();
    String disagreements =
        md.substring(md.indexOf("## Key disagreements"), md.indexOf("## Blind spots"));
    assertTrue(disagreements.contains("- Tone toward United States: middle_east "), disagreements);
    assertTrue(disagreements.contains("from one article each: no interval"), disagreements);
    assertTrue(!disagreements.contains("95% interval ["), disagreements);
  }
}
