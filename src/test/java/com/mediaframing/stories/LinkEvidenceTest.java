package com.mediaframing.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.nlp.OnnxSentenceEncoder;
import com.mediaframing.nlp.SentenceEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Same-event linkage with the bundled encoder on small written fixtures. */
class LinkEvidenceTest {
  private static final SentenceEncoder ENCODER = OnnxSentenceEncoder.minilm();

  private static LinkEvidence.Doc doc(String id, int day, String lead, String... lemmas) {
    return LinkEvidence.Doc.of(id, day, List.of(lemmas), ENCODER.encode(List.of(lead))[0]);
  }

  private static List<LinkEvidence.ScoredPair> list(
      java.util.Iterator<LinkEvidence.ScoredPair> pairs) {
    List<LinkEvidence.ScoredPair> out = new ArrayList<>();
    pairs.forEachRemaining(out::add);
    return out;
  }

  private static Map<String, String> stories(List<LinkEvidence.Doc> docs) {
    List<LinkEvidence.ScoredPair> pairs = list(LinkEvidence.pairs(docs, List.of(), 3));
    List<StoryLinkage.Doc> ds = new ArrayList<>();
    java.util.Map<String, Integer> ix = new java.util.HashMap<>();
    for (LinkEvidence.Doc d : docs) {
      ix.put(d.docId(), ds.size());
      ds.add(new StoryLinkage.Doc(d.docId(), d.day()));
    }
    List<StoryLinkage.Pair> graph = new ArrayList<>();
    for (LinkEvidence.ScoredPair p : pairs) {
      graph.add(new StoryLinkage.Pair(ix.get(p.docA()), ix.get(p.docB()), p.score()));
    }
    return StoryLinkage.storyIds(ds, graph, StoryOptions.DEFAULT_MIN_SIMILARITY, 3, 50);
  }

  @Test
  void theBucketsPairsScoreAsEachPairAloneInTheSameOrder() {
    java.util.Random random = new java.util.Random(34);
    List<LinkEvidence.Doc> home = new ArrayList<>();
    List<LinkEvidence.Doc> visitors = new ArrayList<>();
    for (int k = 0; k < 120; k++) {
      int[] terms = random.ints(random.nextInt(12), -20, 20).toArray();
      float[] v = null;
      if (random.nextInt(10) > 0) {
        v = new float[8];
        for (int d = 0; d < v.length; d++) {
          v[d] = (float) random.nextGaussian();
        }
        double norm = Math.sqrt(com.mediaframing.nlp.Vectors.dot(v, v));
        for (int d = 0; d < v.length; d++) {
          v[d] /= norm;
        }
      }
      LinkEvidence.Doc d = new LinkEvidence.Doc("d" + k, random.nextInt(8), terms, v);
      (k < 80 ? home : visitors).add(d);
    }
    home.add(home.get(3)); // the same article twice is never a pair
    List<LinkEvidence.ScoredPair> expected = new ArrayList<>();
    List<LinkEvidence.Doc> all = new ArrayList<>(home);
    all.addAll(visitors);
    for (int i = 0; i < home.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        LinkEvidence.Doc a = home.get(i);
        LinkEvidence.Doc b = all.get(j);
        double score = LinkEvidence.score(a, b);
        if (Math.abs(a.day() - b.day()) <= 3
            && !a.docId().equals(b.docId())
            && score >= LinkEvidence.PAIR_FLOOR) {
          boolean ordered = a.docId().compareTo(b.docId()) < 0;
          expected.add(
              new LinkEvidence.ScoredPair(
                  ordered ? a.docId() : b.docId(), ordered ? b.docId() : a.docId(), score));
        }
      }
    }
    assertTrue(expected.size() > 500, "pairs " + expected.size());
    assertEquals(expected, list(LinkEvidence.pairs(home, visitors, 3)));
    // made as read: asking twice whether there is another pair skips none
    java.util.Iterator<LinkEvidence.ScoredPair> it = LinkEvidence.pairs(home, visitors, 3);
    List<LinkEvidence.ScoredPair> read = new ArrayList<>();
    while (it.hasNext() && it.hasNext()) {
      read.add(it.next());
    }
    assertEquals(expected, read);
    assertThrows(java.util.NoSuchElementException.class, it::next);
  }

  @Test
  void jaccardOfSortedIds() {
    assertEquals(0.5, LinkEvidence.jaccard(new int[] {1, 2, 3}, new int[] {2, 3, 4}), 1e-9);
    assertEquals(0.0, LinkEvidence.jaccard(new int[] {}, new int[] {1}));
  }

  @Test
  void paraphrasedHeadlinesOfOneEventLinkAndASecondEventOfTheTopicStaysApart() {
    List<LinkEvidence.Doc> docs =
        List.of(
            doc(
                "a1",
                100,
                "Governor vetoes bill letting shops refuse service to gay customers. The governor"
                    + " rejected the measure on Wednesday after days of pressure from businesses.",
                "governor",
                "veto",
                "shop"),
            doc(
                "a2",
                101,
                "State leader kills controversial religious freedom measure. Bowing to business"
                    + " leaders, the governor struck down the law that critics said targeted gays.",
                "governor",
                "leader",
                "measure"),
            doc(
                "b1",
                100,
                "Court strikes down same-sex marriage ban in neighbouring state. A federal judge"
                    + " ruled on Wednesday that the ban on gay marriage violates the constitution.",
                "court",
                "judge",
                "ban"),
            doc(
                "b2",
                101,
                "Judge overturns gay marriage ban. Federal judge rules the state's prohibition on"
                    + " same-sex unions is unconstitutional; the attorney general will appeal.",
                "judge",
                "ban",
                "appeal"));
    Map<String, String> ids = stories(docs);
    String scores = list(LinkEvidence.pairs(docs, List.of(), 3)).toString();
    assertEquals("a1", ids.get("a2"), scores);
    assertEquals("b1", ids.get("b2"), scores);
    assertFalse("a1".equals(ids.get("b1")), scores);
  }

  @Test
  void articlesOutsideTheWindowAreNotScored() {
    LinkEvidence.Doc a = doc("a", 0, "Senate passes the budget deal.", "senate", "budget");
    LinkEvidence.Doc b = doc("b", 4, "Senate passes the budget deal.", "senate", "budget");
    assertTrue(list(LinkEvidence.pairs(List.of(a, b), List.of(), 3)).isEmpty());
    assertEquals(2.0, LinkEvidence.score(a, b), 1e-4);
  }
}
