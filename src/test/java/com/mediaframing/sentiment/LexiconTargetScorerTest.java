package com.mediaframing.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTargetScorerTest {
  private static final ArticleAnnotator ANNOTATOR = new ArticleAnnotator(NlpModels.get());

  /** Options with round numbers, so that expected scores can be worked out by hand. */
  private static final LexiconScorerOptions HAND =
      new LexiconScorerOptions(
          ValenceRules.VADER.withContentWordsOnly(true),
          0.5,
          0.0,
          0.5,
          0.0,
          0.0,
          0.0,
          0.0,
          0.5,
          6,
          4.0,
          0.1,
          0.1);

  private final LexiconTargetScorer hand = new LexiconTargetScorer(VaderLexicon.get(), HAND);
  private final LexiconTargetScorer tuned = new LexiconTargetScorer();

  private static AnnotatedSentence tag(String text) {
    List<AnnotatedSentence> sentences = ANNOTATOR.annotate(text);
    assertEquals(1, sentences.size(), text);
    return sentences.get(0);
  }

  private static int indexOf(AnnotatedSentence s, String token) {
    for (int i = 0; i < s.size(); i++) {
      if (s.token(i).equals(token)) {
        return i;
      }
    }
    throw new AssertionError(token + " not in " + s);
  }

  @Test
  void negationFlipsTheVerbTowardItsObject() {
    // "supported" 1.3 right before "the plan": 1.3 / sqrt(1.3^2 + 4)
    TargetSentiment plain = hand.score(tag("Merkel supported the plan."), 2, 4);
    assertEquals(1.3 / Math.sqrt(1.69 + 4), plain.score(), 1e-9);
    assertEquals(SentimentLabel.POSITIVE, plain.label());
    // "support" 1.7 negated by "not" two tokens before it: 1.7 * -0.74 = -1.258
    TargetSentiment negated = hand.score(tag("Merkel did not support the plan."), 4, 6);
    assertEquals(-1.258 / Math.sqrt(1.258 * 1.258 + 4), negated.score(), 1e-9);
    assertEquals(SentimentLabel.NEGATIVE, negated.label());
    assertEquals(
        SentimentLabel.NEGATIVE,
        tuned.score(tag("Merkel did not support the plan."), 4, 6).label());
  }

  @Test
  void closerSentimentWordWeighsMore() {
    // untagged tokens: no roles, only distance; "brave" 2.4 at distance 2 vs 3, decay 0.5
    AnnotatedSentence near = AnnotatedSentence.ofWhitespaceTokens(0, "Smith was brave");
    AnnotatedSentence far = AnnotatedSentence.ofWhitespaceTokens(0, "Smith met a brave man");
    assertEquals(1.2 / Math.sqrt(1.44 + 4), hand.score(near, 0, 1).score(), 1e-9);
    assertEquals(0.6 / Math.sqrt(0.36 + 4), hand.score(far, 0, 1).score(), 1e-9);
    assertTrue(tuned.score(near, 0, 1).score() > tuned.score(far, 0, 1).score());
  }

  @Test
  void twoTargetsInOneSentenceGetOppositeLabels() {
    AnnotatedSentence s = tag("Voters praised Obama but slammed Trump's reckless policy.");
    assertEquals("Obama", s.token(2));
    assertEquals("Trump's", s.token(5));
    List<TokenSpan> obama = List.of(new TokenSpan(2, 3));
    List<TokenSpan> trump = List.of(new TokenSpan(5, 6));
    // Obama's clause has only "praised" 2.2, * 0.5 as it is before "but", at distance 1
    double sumObama = 2.2 * 0.5;
    TargetSentiment forObama = hand.score(s, new TokenSpan(2, 3), trump);
    assertEquals(sumObama / Math.sqrt(sumObama * sumObama + 4), forObama.score(), 1e-9);
    // Trump: "slammed" -1.6 and "reckless" -1.7, both * 1.5 (after "but") at distance 1
    double sum = -4.95;
    TargetSentiment forTrump = hand.score(s, new TokenSpan(5, 6), obama);
    assertEquals(sum / Math.sqrt(sum * sum + 4), forTrump.score(), 1e-9);
    assertEquals(SentimentLabel.POSITIVE, tuned.score(s, new TokenSpan(2, 3), trump).label());
    assertEquals(SentimentLabel.NEGATIVE, tuned.score(s, new TokenSpan(5, 6), obama).label());
  }

  @Test
  void speakerOfANegativeClaimIsNotNegative() {
    AnnotatedSentence s = tag("Lavrov said the strikes were a terrible crime.");
    TargetSentiment lavrov = tuned.score(s, 0, 1);
    assertEquals(0.0, lavrov.score(), 1e-9);
    assertEquals(SentimentLabel.NEUTRAL, lavrov.label());
    assertEquals(SentimentLabel.NEGATIVE, tuned.score(s, 2, 4).label());
  }

  @Test
  void speakerCreditedAfterTheQuoteIsNotNegative() {
    AnnotatedSentence s = tag("\"This is a terrible and shameful deal,\" said Senator Warren.");
    int warren = indexOf(s, "Warren");
    int deal = indexOf(s, "deal");
    assertEquals(SentimentLabel.NEUTRAL, tuned.score(s, warren, warren + 1).label());
    assertEquals(SentimentLabel.NEGATIVE, tuned.score(s, deal, deal + 1).label());
  }

  @Test
  void agentOfCondemnationIsNotTheOneCondemned() {
    AnnotatedSentence s = tag("Iran condemned the US strikes.");
    TargetSentiment iran = tuned.score(s, new TokenSpan(0, 1), List.of(new TokenSpan(2, 4)));
    TargetSentiment us = tuned.score(s, new TokenSpan(2, 4), List.of(new TokenSpan(0, 1)));
    // the US takes "condemned" -1.9 and "strikes" -1.5 in full: -3.4 / sqrt(3.4^2 + 4)
    assertEquals(-3.4 / Math.sqrt(3.4 * 3.4 + 4), us.score(), 1e-9);
    assertEquals(SentimentLabel.NEGATIVE, us.label());
    // Iran keeps 0.2 of its verb and 0.3 of the object phrase; "strikes" is 4 tokens away and
    // closer to the other target, so it also weighs 0.95^3 * 0.5
    double forIran = -1.9 * 0.2 - 1.5 * 0.3 * Math.pow(0.95, 3) * 0.5;
    assertEquals(forIran / Math.sqrt(forIran * forIran + 4), iran.score(), 1e-9);
    assertTrue(iran.score() > us.score() / 2, iran + " vs " + us);
    // the hand options give the agent's verb and object weight 0: nothing reaches Iran
    assertEquals(0.0, hand.score(s, 0, 1).score(), 1e-9);
  }

  @Test
  void passiveSubjectKeepsTheVerb() {
    AnnotatedSentence s = tag("Trump was criticized by Democrats.");
    assertEquals(SentimentLabel.NEGATIVE, tuned.score(s, 0, 1).label());
  }

  @Test
  void idNamesTheMethod() {
    assertEquals("lexicon-v1", tuned.id());
  }

  @Test
  void furtherMentionsCountAsOtherTargetsForTheLexicon() {
    // 0 Jones 1 praised 2 Smith 3 , 4 and 5 Smith 6 lied 7 .
    AnnotatedSentence s = tag("Jones praised Smith, and Smith lied.");
    LexiconTargetScorer lexicon = new LexiconTargetScorer();
    TokenSpan smith = new TokenSpan(2, 3);
    List<TokenSpan> jones = List.of(new TokenSpan(0, 1));
    TokenSpan again = new TokenSpan(5, 6);
    assertEquals(
        lexicon.score(s, smith, List.of(jones.get(0), again)),
        lexicon.score(s, smith, jones, List.of(again)));
    assertNotEquals(
        lexicon.score(s, smith, jones).score(),
        lexicon.score(s, smith, jones, List.of(again)).score(),
        "the mention is not ignored");
  }
}
