package com.mediaframing.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import org.junit.jupiter.api.Test;

class SentenceToneScorerTest {
  private final SentenceToneScorer scorer = new SentenceToneScorer();

  @Test
  void everyTargetGetsTheWholeSentenceCompound() {
    AnnotatedSentence s =
        new ArticleAnnotator(NlpModels.get())
            .annotate("Voters praised Obama but slammed Trump's reckless policy.")
            .get(0);
    // VADER: "praised" 2.2 * 0.5 before "but"; "slammed" -1.6 and "reckless" -1.7 * 1.5 after
    double sum = 1.1 - 4.95;
    TargetSentiment obama = scorer.score(s, 2, 3);
    TargetSentiment trump = scorer.score(s, 5, 6);
    assertEquals(sum / Math.sqrt(sum * sum + 15), obama.score(), 1e-9);
    assertEquals(obama, trump);
    assertEquals(SentimentLabel.NEGATIVE, obama.label());
  }

  @Test
  void negationAndBoosterFollowVader() {
    // "very" adds 0.293 to "good" 1.9, "not" flips with -0.74: -0.74 * 2.193
    AnnotatedSentence s = AnnotatedSentence.ofWhitespaceTokens(0, "Smith is not very good");
    double v = -0.74 * (1.9 + 0.293);
    assertEquals(v / Math.sqrt(v * v + 15), scorer.score(s, 0, 1).score(), 1e-9);
    assertEquals("sentence-tone-v1", scorer.id());
  }
}
