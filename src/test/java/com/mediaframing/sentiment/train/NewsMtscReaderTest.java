package com.mediaframing.sentiment.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.base.ConfigException;
import com.mediaframing.nlp.TextSpan;
import com.mediaframing.sentiment.SentimentLabel;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsMtscReaderTest {
  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(NewsMtscReaderTest.class.getResource("/newsmtsc/" + name).toURI());
  }

  @Test
  void readsSentencesTargetsAndPolaritiesSkippingBlankLines() throws Exception {
    List<TscSentence> sentences = NewsMtscReader.read(fixture("tiny.jsonl"));
    assertEquals(3, sentences.size());
    TscSentence first = sentences.get(0);
    assertEquals("tiny_1", first.primaryGid());
    assertEquals("The mayor praised the firefighters for their courage.", first.text());
    assertEquals(
        List.of(
            new TscTarget("tiny_1_mayor", 0, 9, "The mayor", SentimentLabel.NEUTRAL),
            new TscTarget(
                "tiny_1_firefighters", 18, 34, "the firefighters", SentimentLabel.POSITIVE)),
        first.targets());
    TscTarget governor = sentences.get(1).targets().get(0);
    assertEquals(SentimentLabel.NEGATIVE, governor.gold());
    assertEquals("the governor", sentences.get(1).text().substring(governor.from(), governor.to()));
  }

  @Test
  void malformedLineIsNamedWithFileAndLineNumber() throws Exception {
    Path file = fixture("malformed.jsonl");
    NewsMtscFormatException e =
        assertThrows(NewsMtscFormatException.class, () -> NewsMtscReader.read(file));
    assertEquals(
        file + " line 2: target 0: 'polarity' must be 2.0, 4.0 or 6.0, got 5.0", e.getMessage());
  }

  @Test
  void brokenJsonAndBadSpansAreReportedAsConfigErrors() {
    ConfigException json =
        assertThrows(
            ConfigException.class,
            () -> NewsMtscReader.read(new StringReader("\n{\"primary_gid\": \"x\""), "in.jsonl"));
    assertTrue(
        json.getMessage().startsWith("in.jsonl line 2: not valid JSON (Unexpected end-of-input"),
        json.getMessage());
    String span =
        "{\"primary_gid\": \"g\", \"sentence_normalized\": \"Short.\", \"targets\":"
            + " [{\"from\": 2, \"to\": 40, \"polarity\": 4.0}]}";
    assertEquals(
        "in.jsonl line 7: target 0: span [2, 40) outside the sentence of 6", parseError(span, 7));
  }

  @Test
  void furtherMentionsAreReadAndChecked() {
    String line =
        "{\"primary_gid\": \"g\", \"sentence_normalized\": \"Smith said he would win.\","
            + " \"targets\": [{\"Input.gid\": \"g_smith\", \"from\": 0, \"to\": 5,"
            + " \"polarity\": 4.0, \"further_mentions\": [{\"from\": 11, \"to\": 13,"
            + " \"mention\": \"he\"}]}]}";
    TscTarget smith = NewsMtscReader.parse(line, "in.jsonl", 1).targets().get(0);
    assertEquals(List.of(new TextSpan(11, 13)), smith.furtherMentions());
    String outside = line.replace("\"to\": 13", "\"to\": 99");
    assertEquals(
        "in.jsonl line 3: target 0: further mention 0: span [11, 99) outside the sentence of 24",
        parseError(outside, 3));
    String notArray = line.replaceAll("\\[\\{\"from\": 11.*\\}\\]\\}\\]", "7}]");
    assertEquals(
        "in.jsonl line 4: target 0: 'further_mentions' must be an array, got 7",
        parseError(notArray, 4));
  }

  /** The message of the error parsing {@code line} as line {@code number} of in.jsonl raises. */
  private static String parseError(String line, int number) {
    return assertThrows(ConfigException.class, () -> NewsMtscReader.parse(line, "in.jsonl", number))
        .getMessage();
  }
}
