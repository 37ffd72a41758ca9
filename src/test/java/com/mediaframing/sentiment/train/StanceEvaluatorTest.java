package com.mediaframing.sentiment.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.sentiment.ArticleStance;
import com.mediaframing.sentiment.ArticleStance.Mention;
import com.mediaframing.sentiment.SentimentLabel;
import com.mediaframing.sentiment.train.StanceEvaluator.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class StanceEvaluatorTest {
  private static final double EPS = 1e-9;

  private static Pair pair(String event, SentimentLabel gold, double... scores) {
    List<Mention> mentions = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      mentions.add(new Mention(i + 1, scores[i], false));
    }
    return new Pair("doc-" + event + "-" + gold + scores.length, "actor", event, gold, mentions);
  }

  /**
   * Per event: one article piling up criticism, one neutral with a stray mild score, one praise.
   */
  private static List<Pair> fixture() {
    List<Pair> pairs = new ArrayList<>();
    for (String e : List.of("e1", "e2", "e3", "e4", "e5", "e6")) {
      pairs.add(pair(e, SentimentLabel.NEGATIVE, -0.6, -0.5, 0.0, -0.4));
      pairs.add(pair(e, SentimentLabel.NEUTRAL, -0.3, 0.0, 0.1));
      pairs.add(pair(e, SentimentLabel.POSITIVE, 0.5, 0.6));
      pairs.add(pair(e, SentimentLabel.NEUTRAL));
    }
    return pairs;
  }

  @Test
  void eventsAreSplitInHalvesTheSameWayWhateverTheirOrder() {
    Set<String> events = new TreeSet<>(List.of("a", "b", "c", "d", "e"));
    Set<String> cal = StanceEvaluator.calibrationEvents(events);
    assertEquals(3, cal.size());
    assertTrue(events.containsAll(cal));
    Set<String> reversed = new TreeSet<>(java.util.Comparator.reverseOrder());
    reversed.addAll(events);
    assertEquals(cal, StanceEvaluator.calibrationEvents(reversed));
    StanceEvaluator eval = new StanceEvaluator(fixture(), 1);
    assertEquals(24, eval.part(true).size() + eval.part(false).size());
    assertEquals(12, eval.part(true).size());
    for (Pair p : eval.part(true)) {
      assertTrue(eval.part(false).stream().noneMatch(q -> q.eventId().equals(p.eventId())));
    }
  }

  @Test
  void meanRuleMislabelsTheNeutralArticleAndTheSumRuleDoesNot() {
    StanceEvaluator eval = new StanceEvaluator(fixture(), 1);
    TscEvaluation before = StanceEvaluator.evaluate(eval.all(), StanceEvaluator::meanRule);
    // the neutral article's mean is -0.067: negative under the 0.05 band
    assertEquals(6, before.count(SentimentLabel.NEUTRAL, SentimentLabel.NEGATIVE));
    // negative P 6/12 R 1, neutral P 1 R 6/12, positive 1
    assertEquals((2.0 / 3 + 2.0 / 3 + 1) / 3, before.macroF1(), EPS);
    ArticleStance sum = new ArticleStance(1.0, 0, 1.0, 1.0, 0.8);
    TscEvaluation after = StanceEvaluator.evaluate(eval.all(), p -> StanceEvaluator.label(sum, p));
    assertEquals(1.0, after.macroF1(), EPS);
  }

  @Test
  void calibrationMatchesTheClassSharesAndIsReproducible() {
    StanceEvaluator eval = new StanceEvaluator(fixture(), 1);
    StanceEvaluator.Calibrated c =
        eval.calibrate(true, List.of(1.0, 0.5), List.of(0, 2), List.of(2.0));
    // three events: sums -1.5 x3 (negative), -0.2 x3 and 0 x3 (neutral), 1.1 x3 (positive); the
    // bands fall halfway between -1.5 and -0.2, and between 0 and 1.1
    assertEquals(new ArticleStance(1.0, 0, 1.0, 0.85, 0.55), c.rule());
    assertEquals(1.0, c.calibrationF1(), EPS);
    assertEquals(4, c.rulesTried());
    assertEquals(c, eval.calibrate(true, List.of(1.0, 0.5), List.of(0, 2), List.of(2.0)));
  }

  @Test
  void priorMatchingSeesQuotedCriticismOnlyWhenQuotesCount() {
    Mention own = new Mention(1, -0.1, false);
    List<Pair> part =
        List.of(
            new Pair(
                "q0", "a", "e", SentimentLabel.NEGATIVE, List.of(own, new Mention(2, -1.2, false))),
            new Pair(
                "q1", "a", "e", SentimentLabel.NEUTRAL, List.of(own, new Mention(2, -0.9, false))),
            new Pair(
                "q2", "a", "e", SentimentLabel.NEUTRAL, List.of(own, new Mention(2, -0.9, false))),
            // an opponent's attack, quoted twice: the author's own words are neutral
            new Pair(
                "q3",
                "a",
                "e",
                SentimentLabel.NEUTRAL,
                List.of(own, new Mention(2, -0.9, true), new Mention(3, -0.9, true))));
    // counted: sums -1.3, -1.0, -1.0, -1.9; the quoted article takes the one negative label
    ArticleStance counted = StanceEvaluator.priorMatched(part, new ArticleStance(1, 0, 1, 0, 0));
    assertEquals(1.6, counted.negativeBand(), EPS);
    assertEquals(SentimentLabel.NEGATIVE, StanceEvaluator.label(counted, part.get(3)));
    assertEquals(SentimentLabel.NEUTRAL, StanceEvaluator.label(counted, part.get(0)));
    // left out: q3 sums -0.1 and the band falls between -1.3 and -1.0
    ArticleStance left = StanceEvaluator.priorMatched(part, new ArticleStance(0, 0, 1, 0, 0));
    assertEquals(1.15, left.negativeBand(), EPS);
    assertEquals(SentimentLabel.NEGATIVE, StanceEvaluator.label(left, part.get(0)));
    assertEquals(SentimentLabel.NEUTRAL, StanceEvaluator.label(left, part.get(3)));
    // no positives in the part: the positive band is 0, the sign alone
    assertEquals(0.0, left.positiveBand(), EPS);
  }

  @Test
  void bootstrapErrorIsZeroWhenEveryEventLooksTheSameAndPositiveOtherwise() {
    StanceEvaluator eval = new StanceEvaluator(fixture(), 7);
    ArticleStance sum = new ArticleStance(1.0, 0, 1.0, 1.0, 0.8);
    StanceEvaluator.Figure f = eval.figure(eval.all(), p -> StanceEvaluator.label(sum, p));
    assertEquals(1.0, f.evaluation().macroF1(), EPS);
    assertEquals(0.0, f.standardError(), EPS);
    assertEquals(6, f.events());
    List<Pair> mixed = new ArrayList<>(fixture());
    mixed.add(pair("e1", SentimentLabel.POSITIVE, -0.9, -0.9));
    StanceEvaluator m = new StanceEvaluator(mixed, 7);
    StanceEvaluator.Figure g = m.figure(m.all(), p -> StanceEvaluator.label(sum, p));
    assertTrue(g.standardError() > 0.01, "se " + g.standardError());
    assertEquals(
        g.standardError(),
        m.figure(m.all(), p -> StanceEvaluator.label(sum, p)).standardError(),
        0.0);
  }
}
