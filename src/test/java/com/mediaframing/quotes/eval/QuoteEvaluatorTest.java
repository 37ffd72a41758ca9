package com.mediaframing.quotes.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.ingest.InputException;
import com.mediaframing.nlp.TextSpan;
import com.mediaframing.quotes.Quote;
import com.mediaframing.quotes.QuoteExtraction;
import com.mediaframing.quotes.SpeakerType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching rules of the evaluator and errors of the PolNeAR reader, on hand-made records. */
class QuoteEvaluatorTest {
  private static final String TEXT = "“We will win,” Ada said. Bo said the vote was rigged today.";

  private static Quote quote(
      Quote.Kind kind, int start, int end, int speakerStart, int speakerEnd) {
    return new Quote(
        0,
        kind,
        TEXT.substring(start, end),
        start,
        end,
        "said",
        speakerStart < 0 ? "" : TEXT.substring(speakerStart, speakerEnd),
        speakerStart,
        speakerEnd,
        "",
        "",
        SpeakerType.UNKNOWN,
        false);
  }

  @Test
  void overlapOfHalfTheShorterSpanMatchesAndSpeakerSpansAreCompared() {
    PolnearArticle.Attribution direct =
        new PolnearArticle.Attribution(
            List.of(new TextSpan(0, 14)), List.of(new TextSpan(15, 18)), List.of(), true);
    PolnearArticle.Attribution indirect =
        new PolnearArticle.Attribution(
            List.of(new TextSpan(33, 58)), List.of(new TextSpan(25, 27)), List.of(), false);
    PolnearArticle gold = new PolnearArticle("a", null, null, TEXT, List.of(direct, indirect));
    QuoteExtraction predicted =
        new QuoteExtraction(
            List.of(
                quote(Quote.Kind.DIRECT, 1, 13, 15, 18),
                quote(Quote.Kind.INDIRECT, 38, 52, 25, 27),
                quote(Quote.Kind.DIRECT, 19, 23, -1, -1)),
            List.of());
    QuoteEvaluation e = QuoteEvaluator.evaluate(List.of(gold), List.of(predicted));
    assertEquals(2, e.predictedDirect());
    assertEquals(1, e.matchedPredictedDirect());
    assertEquals(1, e.matchedGoldDirect());
    assertEquals(1.0, e.speakerAccuracy());
    assertEquals(1.0, e.attributionRecall());
    assertEquals(2.0 * 0.5 * 1.0 / 1.5, e.directF1(), 1e-9);
    assertTrue(e.report().contains("F1 0.667"), e.report());
  }

  @Test
  void readerNamesTheLineAndTheProblem() {
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                PolnearReader.parse(
                    "f.jsonl line 3",
                    "{\"id\":\"x\",\"text\":\"abc\",\"attributions\":[{\"content\":[[0,9]],"
                        + "\"source\":[],\"cue\":[],\"direct\":false}]}"));
    assertEquals(
        "f.jsonl line 3 attribution 0: 'content' span [0, 9) is outside the text (3 characters)",
        e.getMessage());
    assertThrows(InputException.class, () -> PolnearReader.parse("f line 1", "not json"));
    assertThrows(
        InputException.class,
        () -> PolnearReader.parse("f line 1", "{\"id\":\"x\",\"text\":\"a\"}"));
  }
}
