package com.mediaframing.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.analysis.AnalyzedArticle;
import com.mediaframing.analysis.FactRecord;
import com.mediaframing.analysis.MentionRecord;
import com.mediaframing.analysis.TopicWeight;
import com.mediaframing.stories.StoryReport.BlocCoverage;
import com.mediaframing.stories.StoryReport.Disagreement;
import com.mediaframing.stories.StoryReport.StoryFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryAnalyzerTest {
  static AnalyzedArticle doc(
      String id, String bloc, String date, double trumpTone, String... facts) {
    AnalyzedArticle a = new AnalyzedArticle();
    a.setDocId(id);
    a.setOutlet(bloc + "-outlet-" + id);
    a.setBloc(bloc);
    a.setPublished(date);
    a.setTitle("Title of " + id);
    a.setStoryTerms(List.of("strike", "yemen"));
    List<FactRecord> fs = new ArrayList<>();
    for (String f : facts) {
      String[] p = f.split(":");
      fs.add(new FactRecord(p[0], p[1], List.of(Integer.parseInt(p[2]))));
    }
    a.setFacts(fs);
    a.setMentions(
        List.of(
            new MentionRecord(0, "donald-trump", "Trump", 0, 5, "alias", trumpTone, "x"),
            new MentionRecord(2, "donald-trump", "Trump", 50, 55, "alias", trumpTone, "x")));
    a.setTopics(List.of(new TopicWeight("yemen_red_sea", 1.0, 3)));
    return a;
  }

  private static final StoryAnalyzer ANALYZER =
      new StoryAnalyzer(
          Map.of("left", 0.4, "right", 0.4, "center", 0.2), Map.of("donald-trump", "Donald Trump"));

  private static StoryReport report() {
    return ANALYZER.analyze(
        "a1",
        List.of(
            doc(
                "a1",
                "left",
                "2020-01-02",
                -0.5,
                "actor:Houthis:0",
                "place:Riyadh:1",
                "number:32 people:2"),
            doc("a2", "left", "2020-01-03", -0.4, "actor:Houthis:3", "place:Ryadh:0"),
            doc("a3", "center", "2020-01-01", 0.5, "actor:Houthis:1", "date:15 March:4"),
            doc(
                "a4",
                "center",
                "2020-01-02",
                0.6,
                "actor:Houthis:0",
                "quote:attacks will not be tolerated:2"),
            doc(
                "a5",
                "center",
                "2020-01-02",
                0.55,
                "quote:continued attacks will not be tolerated by us:5")));
  }

  @Test
  void summaryRow() {
    StoryReport.Summary s = report().summary();
    assertEquals("a1", s.storyId());
    assertEquals("2020-01-01", s.firstPublished());
    assertEquals("2020-01-03", s.lastPublished());
    assertEquals(5, s.nDocs());
    assertEquals(List.of("center", "left"), s.blocs());
    assertEquals(List.of("donald-trump"), s.topActors());
  }

  @Test
  void factsAreSharedOrBlocOnlyAndSpellingVariantsFold() {
    Map<String, StoryFact> f = new HashMap<>();
    report().facts().forEach(x -> f.put(x.type() + ":" + x.fact(), x));
    StoryFact houthis = f.get("actor:Houthis");
    assertTrue(houthis.sharedByAllBlocs());
    assertNull(houthis.blocOnly());
    assertEquals(4, houthis.nDocs());
    assertEquals("a1[0] a2[3] a3[1] a4[0]", houthis.evidence());
    StoryFact riyadh = f.get("place:Riyadh");
    assertEquals("left", riyadh.blocOnly());
    assertEquals("a1[1] a2[0]", riyadh.evidence(), "Ryadh folds into Riyadh");
    assertFalse(f.containsKey("place:Ryadh"));
    assertEquals("left", f.get("number:32 people").blocOnly());
    StoryFact quote = f.get("quote:attacks will not be tolerated");
    assertEquals("center", quote.blocOnly());
    assertEquals(2, quote.nDocs(), "a quote inside a longer quote is the same quote");
  }

  @Test
  void aLargeBlocMissingFromTheStoryIsABlindSpot() {
    Map<String, BlocCoverage> c = new HashMap<>();
    report().coverage().forEach(x -> c.put(x.bloc(), x));
    assertEquals(3, c.size(), "every corpus bloc gets a row");
    assertEquals(0, c.get("right").nDocs());
    assertTrue(c.get("right").blindspot());
    assertFalse(c.get("left").blindspot());
    assertEquals(0.6, c.get("center").share(), 1e-9);
  }

  @Test
  void toneDifferenceIsSignificantWhenIntervalsDoNotOverlap() {
    List<Disagreement> d = report().disagreements();
    assertEquals(1, d.size());
    Disagreement trump = d.get(0);
    assertEquals("center", trump.blocA());
    assertEquals("left", trump.blocB());
    assertEquals(0.55, trump.sentimentA(), 1e-9);
    assertEquals(-0.45, trump.sentimentB(), 1e-9);
    assertEquals(-1.0, trump.difference(), 1e-9);
    // clustered by article: left's article means -0.5, -0.4 (se 0.05), center's 0.5, 0.6, 0.55
    // (se 0.0289); Welch df 1.68 -> t(1) 12.706; half-width 12.706 * sqrt(0.0025 + 0.000833)
    assertEquals(2, trump.nDocsB());
    assertEquals(3, trump.nDocsA());
    assertEquals(-1.0 - 12.706 * Math.sqrt(0.0025 + 0.0025 / 3), trump.differenceLow(), 1e-6);
    assertEquals(-1.0 + 12.706 * Math.sqrt(0.0025 + 0.0025 / 3), trump.differenceHigh(), 1e-6);
    assertTrue(trump.significant());
    assertEquals("significant at 95%", trump.verdict());
    assertEquals("center: a3[0,2] a4[0,2] a5[0,2] | left: a1[0,2] a2[0,2]", trump.evidence());
  }

  @Test
  void oneArticleABlocGivesNoIntervalAndNoDisagreement() {
    List<AnalyzedArticle> docs = new ArrayList<>();
    docs.add(doc("a1", "left", "2020-01-02", -0.9, "actor:Houthis:0"));
    docs.add(doc("a3", "center", "2020-01-02", 0.9, "actor:Houthis:0"));
    Disagreement oneEach = ANALYZER.analyze("a1", docs).disagreements().get(0);
    assertEquals(1, oneEach.nDocsA());
    assertEquals(1, oneEach.nDocsB());
    assertEquals(2, oneEach.nMentionsA());
    assertNull(oneEach.differenceLow());
    assertNull(oneEach.differenceHigh());
    assertFalse(oneEach.significant());
    assertEquals("one article each", oneEach.verdict());

    docs.add(doc("a2", "left", "2020-01-03", -0.8, "actor:Houthis:0"));
    Disagreement oneInCenter = ANALYZER.analyze("a1", docs).disagreements().get(0);
    assertNull(oneInCenter.differenceLow());
    assertFalse(oneInCenter.significant());
    assertEquals("one article in center", oneInCenter.verdict());
  }

  @Test
  void aSingleArticleStoryHasOnlyItsSummary() {
    StoryReport r = ANALYZER.analyze("a1", List.of(doc("a1", "left", "2020-01-02", 0)));
    assertEquals(1, r.summary().nDocs());
    assertTrue(r.facts().isEmpty());
    assertNull(r.markdown());
  }
}
