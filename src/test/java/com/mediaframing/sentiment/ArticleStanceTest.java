package com.mediaframing.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mediaframing.sentiment.ArticleStance.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleStanceTest {
  private static final double EPS = 1e-12;

  private static Mention own(int sentence, double score) {
    return new Mention(sentence, score, false);
  }

  private static Mention quoted(int sentence, double score) {
    return new Mention(sentence, score, true);
  }

  @Test
  void scoreIsASumSoNeutralMentionsDoNotDiluteRepeatedCriticism() {
    ArticleStance rule = new ArticleStance(1.0, 0, 1.0, 1.0, 1.0);
    List<Mention> mentions =
        List.of(own(3, -0.5), own(4, 0.0), own(7, -0.5), own(9, 0.0), own(12, -0.5), own(15, 0.0));
    assertEquals(-1.5, rule.score(mentions), EPS);
    assertEquals(SentimentLabel.NEGATIVE, rule.label(rule.score(mentions)));
    // the mean, -0.25, would be the same for one critical and one neutral mention
    List<Mention> once = List.of(own(3, -0.5), own(4, 0.0));
    assertEquals(SentimentLabel.NEUTRAL, rule.label(rule.score(once)));
  }

  @Test
  void quotedMentionsCountAtTheirWeightAndZeroIgnoresThem() {
    List<Mention> mentions = List.of(quoted(2, -0.8), quoted(5, -0.8), own(6, 0.1));
    ArticleStance quarter = new ArticleStance(0.25, 0, 1.0, 0.5, 0.5);
    assertEquals(-0.3, quarter.score(mentions), EPS);
    assertEquals(SentimentLabel.NEUTRAL, quarter.label(quarter.score(mentions)));
    ArticleStance full = new ArticleStance(1.0, 0, 1.0, 0.5, 0.5);
    assertEquals(SentimentLabel.NEGATIVE, full.label(full.score(mentions)));
    ArticleStance none = new ArticleStance(0.0, 0, 1.0, 0.5, 0.5);
    assertEquals(0.1, none.score(mentions), EPS);
  }

  @Test
  void leadSentencesWeighMoreAndTheWeightsMultiply() {
    ArticleStance rule = new ArticleStance(0.5, 2, 3.0, 0.5, 0.5);
    assertEquals(3.0, rule.weight(0, false), EPS);
    assertEquals(3.0, rule.weight(1, false), EPS);
    assertEquals(1.5, rule.weight(1, true), EPS);
    assertEquals(1.0, rule.weight(2, false), EPS);
    assertEquals(SentimentLabel.POSITIVE, rule.label(rule.score(List.of(own(1, 0.2)))));
    assertEquals(SentimentLabel.NEUTRAL, rule.label(rule.score(List.of(own(2, 0.2)))));
  }

  @Test
  void bandsAreAsymmetricExclusiveAndNeverFlipTheSign() {
    ArticleStance rule = new ArticleStance(1.0, 0, 1.0, 1.0, 0.8);
    assertEquals(SentimentLabel.NEUTRAL, rule.label(0.8));
    assertEquals(SentimentLabel.POSITIVE, rule.label(0.81));
    assertEquals(SentimentLabel.NEUTRAL, rule.label(-0.9));
    assertEquals(SentimentLabel.NEGATIVE, rule.label(-1.01));
    assertEquals(SentimentLabel.NEUTRAL, rule.label(rule.score(List.of())));
    for (double s = -3; s <= 3; s += 0.05) {
      SentimentLabel l = rule.label(s);
      assertEquals(
          false, l == SentimentLabel.POSITIVE && s < 0 || l == SentimentLabel.NEGATIVE && s > 0);
    }
  }

  @Test
  void eachScorerGetsItsRuleByOptionNameOrManifestId() {
    assertEquals(ArticleStance.ENCODER, SentimentScorers.stance("encoder"));
    assertEquals(ArticleStance.ENCODER, SentimentScorers.stance("tsc-minilm-bge-v2+e58387394fc8"));
    assertEquals(ArticleStance.MODEL, SentimentScorers.stance("model"));
    assertEquals(ArticleStance.MODEL, SentimentScorers.stance("tsc-maxent-v4+e108075b3846"));
    assertEquals(ArticleStance.MODEL, SentimentScorers.stance(null));
  }

  @Test
  void outOfRangeParametersAreRefusedWithTheValue() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new ArticleStance(1.5, 0, 1, 0, 0));
    assertEquals("quotedWeight must be in [0, 1], got 1.5", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new ArticleStance(0.5, 1, 0.5, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new ArticleStance(0.5, 0, 1, -0.1, 0));
    assertThrows(IllegalArgumentException.class, () -> new ArticleStance(0.5, 0, 1, 0, Double.NaN));
  }
}
