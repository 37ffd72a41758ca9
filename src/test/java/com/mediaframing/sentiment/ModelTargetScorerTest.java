package com.mediaframing.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import com.mediaframing.nlp.WordClusters;
import com.mediaframing.nlp.WordVectors;
import com.mediaframing.sentiment.train.TscEvaluator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The bundled model on hand-written sentences whose labels are not in doubt. */
class ModelTargetScorerTest {
  private static final ArticleAnnotator ANNOTATOR = new ArticleAnnotator(NlpModels.get());
  private final ModelTargetScorer model = ModelTargetScorer.bundled();

  /** Scores each named target of the sentence with the others as context. */
  private List<TargetSentiment> score(String text, String... mentions) {
    List<AnnotatedSentence> tagged = ANNOTATOR.annotate(text);
    assertEquals(1, tagged.size(), text);
    AnnotatedSentence s = tagged.get(0);
    List<TokenSpan> spans = new ArrayList<>();
    for (String m : mentions) {
      int from = text.indexOf(m);
      spans.add(TscEvaluator.tokenSpan(s, from, from + m.length()));
    }
    List<TargetSentiment> out = new ArrayList<>();
    for (TokenSpan span : spans) {
      List<TokenSpan> others = new ArrayList<>(spans);
      others.remove(span);
      out.add(model.score(s, span, others));
    }
    return out;
  }

  private SentimentLabel label(String text, String mention) {
    return score(text, mention).get(0).label();
  }

  @Test
  void clearCases() {
    assertEquals(
        SentimentLabel.POSITIVE,
        label(
            "The senator praised the governor for his courageous leadership during the crisis.",
            "the governor"));
    assertEquals(
        SentimentLabel.NEGATIVE,
        label(
            "The mayor was arrested on corruption charges and accused of stealing millions from"
                + " taxpayers.",
            "The mayor"));
    assertEquals(
        SentimentLabel.NEUTRAL,
        label("The committee will meet on Tuesday to discuss the budget.", "The committee"));
    assertEquals(
        SentimentLabel.NEGATIVE,
        label("Prosecutors charged the governor with fraud and bribery.", "the governor"));
  }

  @Test
  void twoTargetsWithOppositeLabelsInOneSentence() {
    List<TargetSentiment> s =
        score(
            "Smith heroically rescued the children, while Jones shamefully abandoned them.",
            "Smith",
            "Jones");
    assertEquals(SentimentLabel.POSITIVE, s.get(0).label());
    assertEquals(SentimentLabel.NEGATIVE, s.get(1).label());
    List<TargetSentiment> t =
        score(
            "The president thanked the firefighters for their heroic work, and he condemned the"
                + " arsonist who started the fire.",
            "the firefighters",
            "the arsonist");
    assertEquals(SentimentLabel.POSITIVE, t.get(0).label());
    assertEquals(SentimentLabel.NEGATIVE, t.get(1).label());
    assertTrue(t.get(0).score() > 0 && t.get(1).score() < 0);
  }

  @Test
  void factoryReturnsTheBundledModelOncePerJvm() {
    TargetSentimentScorer a = SentimentScorers.create("model");
    assertSame(a, SentimentScorers.create("model"));
    assertTrue(a.id().matches("tsc-maxent-v4\\+[0-9a-f]{12}"), a.id());
    assertEquals(
        ModelTargetScorer.VERSION + "+" + TscModel.bundled().sha256().substring(0, 12), a.id());
  }

  @Test
  void featuresWithOtherWordVectorsThanTheModelAreRefused() {
    WordVectors other =
        WordVectors.quantise(Map.of("news", new float[] {1f, -1f}), "two dimensions");
    TscFeatures mismatched = new TscFeatures(VaderLexicon.get(), WordClusters.bundled(), other);
    IllegalArgumentException e =
        Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> new ModelTargetScorer(TscModel.bundled(), mismatched));
    assertEquals(
        "the model was trained with word vectors "
            + WordVectors.bundled().sha256().substring(0, 12)
            + ", but the features look words up in "
            + other.sha256().substring(0, 12),
        e.getMessage());
    assertEquals(WordVectors.bundled().sha256(), TscModel.bundled().wordVectorsSha256());
  }
}
