package com.mediaframing.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import com.mediaframing.sentiment.train.TscEvaluator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled encoder model on hand-written sentences whose sentiment toward the target is not in
 * doubt, including one sentence with two targets of opposite polarity.
 */
class EncoderTargetScorerTest {
  private static ArticleAnnotator annotator;
  private static EncoderTargetScorer scorer;

  @BeforeAll
  static void load() {
    annotator = new ArticleAnnotator(NlpModels.get());
    scorer = EncoderTargetScorer.bundled();
  }

  private static TargetSentiment score(String text, String target, String... others) {
    AnnotatedSentence s = annotator.annotate(text).get(0);
    TokenSpan span = span(s, text, target);
    List<TokenSpan> otherSpans =
        java.util.Arrays.stream(others).map(o -> span(s, text, o)).toList();
    return scorer.score(s, span, otherSpans);
  }

  private static TokenSpan span(AnnotatedSentence s, String text, String mention) {
    int from = text.indexOf(mention);
    return TscEvaluator.tokenSpan(s, from, from + mention.length());
  }

  @Test
  void praiseIsPositive() {
    TargetSentiment t =
        score("Mayor Lee was widely praised for her honest and tireless work.", "Mayor Lee");
    assertEquals(SentimentLabel.POSITIVE, t.label(), t.toString());
    assertTrue(t.score() > 0.2, t.toString());
  }

  @Test
  void condemnationIsNegative() {
    TargetSentiment t =
        score(
            "Senator Hale was condemned for his cruel, dishonest and shameful remarks.",
            "Senator Hale");
    assertEquals(SentimentLabel.NEGATIVE, t.label(), t.toString());
    assertTrue(t.score() < -0.2, t.toString());
  }

  @Test
  void scheduleIsNeutral() {
    TargetSentiment t =
        score("Governor Park will visit the new bridge on Friday at noon.", "Governor Park");
    assertEquals(SentimentLabel.NEUTRAL, t.label(), t.toString());
  }

  @Test
  void twoTargetsOfOppositePolarity() {
    String text =
        "Firefighter Smith bravely saved three children from the fire, while landlord Jones, who"
            + " had ignored every safety warning, was arrested for fraud.";
    TargetSentiment smith = score(text, "Firefighter Smith", "landlord Jones");
    TargetSentiment jones = score(text, "landlord Jones", "Firefighter Smith");
    assertEquals(SentimentLabel.POSITIVE, smith.label(), smith.toString());
    assertEquals(SentimentLabel.NEGATIVE, jones.label(), jones.toString());
  }

  @Test
  void oneInstancePerJvmAndByName() {
    assertSame(scorer, SentimentScorers.create("encoder"));
    assertTrue(scorer.id().startsWith(EncoderTargetScorer.VERSION + "+"), scorer.id());
  }
}
