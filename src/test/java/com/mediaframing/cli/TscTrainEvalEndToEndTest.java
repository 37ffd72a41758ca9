package com.mediaframing.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mediaframing.sentiment.TscModel;
import com.mediaframing.sentiment.train.DevSplit;
import com.mediaframing.sentiment.train.NewsMtscReader;
import com.mediaframing.sentiment.train.TscSentence;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train-tsc} then {@code eval-tsc} through the CLI on a 16-sentence fixture written for this
 * test (not NewsMTSC text): training twice gives the same bytes, and the evaluation prints F1m and
 * writes one prediction per target.
 */
class TscTrainEvalEndToEndTest {
  @TempDir Path dir;

  private static Path fixture() throws URISyntaxException {
    return Path.of(
        TscTrainEvalEndToEndTest.class
            .getResource("/com/mediaframing/sentiment/tsc-fixture.jsonl")
            .toURI());
  }

  private static String cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        FramingCli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void trainTwiceThenEvaluate() throws Exception {
    String data = fixture().toString();
    Path first = dir.resolve("first.bin");
    Path second = dir.resolve("nested/second.bin");
    String trained = cli("train-tsc", "--data", data, "--model", first.toString());
    assertTrue(trained.contains("targets 18"), trained);
    cli("train-tsc", "--data", data, "--model", second.toString());
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    TscModel model = TscModel.read(first);
    String sha = model.sha256();
    assertTrue(trained.contains("sha256 " + sha), trained);
    assertEquals(0.5, model.logisticWeight(), "maxent and logistic regression, averaged");

    Path predictions = dir.resolve("predictions.jsonl");
    String report =
        cli(
            "eval-tsc",
            "--data",
            data,
            "--model",
            first.toString(),
            "--predictions",
            predictions.toString());
    assertTrue(report.startsWith("scorer tsc-maxent-v4+" + sha.substring(0, 12)), report);
    assertTrue(report.contains("targets 18 (skipped 0)"), report);
    assertTrue(report.lines().anyMatch(l -> l.matches("F1m \\d\\.\\d{4}  accuracy \\d\\.\\d{4}")));

    List<String> lines = Files.readAllLines(predictions, StandardCharsets.UTF_8);
    assertEquals(18, lines.size());
    JsonNode line = new ObjectMapper().readTree(lines.get(0));
    assertEquals("fixture_0_0", line.get("gid").asText());
    assertTrue(List.of("negative", "neutral", "positive").contains(line.get("polarity").asText()));
    double score = line.get("score").asDouble();
    assertTrue(score >= -1 && score <= 1, lines.get(0));
  }

  @Test
  void crossValidationScoresEveryTrainPartTargetOnce() throws Exception {
    String report = cli("cv-tsc", "--data", fixture().toString());
    long trainPart =
        NewsMtscReader.read(fixture()).stream()
            .filter(s -> !DevSplit.isDev(s.primaryGid()))
            .mapToLong(s -> s.targets().size())
            .sum();
    assertTrue(report.contains("9 folds over the train part"), report);
    assertTrue(report.contains("each trained on 8 of its 8 other buckets"), report);
    assertEquals(
        9,
        report
            .lines()
            .filter(l -> l.matches("fold \\d: trained on \\d+ targets, targets \\d+, F1m .*"))
            .count());
    assertTrue(report.contains("pooled targets " + trainPart + " (skipped 0)"), report);
    assertTrue(report.lines().anyMatch(l -> l.matches("mean F1m \\d\\.\\d{4}")), report);
  }

  @Test
  void learningCurveFoldsTrainOnTheNamedNumberOfBuckets() throws Exception {
    long[] perBucket = new long[DevSplit.BUCKETS];
    for (TscSentence s : NewsMtscReader.read(fixture())) {
      perBucket[DevSplit.bucket(s.primaryGid())] += s.targets().size();
    }
    String report = cli("cv-tsc", "--data", fixture().toString(), "--train-buckets", "6");
    assertTrue(report.contains("each trained on 6 of its 8 other buckets"), report);
    for (int fold = 1; fold <= 9; fold++) {
      // The six buckets after the fold's own, cycling through 1..9: all but the two before it.
      int before = (fold + 7) % 9 + 1;
      int twoBefore = (fold + 6) % 9 + 1;
      long trained = 0;
      for (int b = 1; b <= 9; b++) {
        trained += b == fold || b == before || b == twoBefore ? 0 : perBucket[b];
      }
      assertTrue(
          report.contains("fold " + fold + ": trained on " + trained + " targets, targets "),
          "fold "
              + fold
              + " should leave out buckets "
              + twoBefore
              + " and "
              + before
              + ":\n"
              + report);
    }
  }

  @Test
  void learningCurveRefusesImpossibleBucketCounts() throws Exception {
    for (String k : List.of("0", "9", "two", "1")) {
      // One bucket is too little of the fixture: fold 1 would train on bucket 2, which is empty.
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code =
          FramingCli.run(
              new String[] {"cv-tsc", "--data", fixture().toString(), "--train-buckets", k},
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      assertEquals(2, code, k);
      String message = err.toString(StandardCharsets.UTF_8);
      assertEquals(1, message.lines().count(), message);
      assertTrue(message.contains("--train-buckets"), message);
    }
  }

  @Test
  void evalRejectsModelWithAnotherScorer() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        FramingCli.run(
            new String[] {"eval-tsc", "--data", "x.jsonl", "--scorer", "lexicon", "--model", "m"},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--model goes with --scorer model"));
  }

  @Test
  void evalRefusesAModelFileOfAnotherFormatInOneLine() throws Exception {
    Path old = dir.resolve("old.bin");
    Files.write(old, new byte[] {'G', 'I', 'S', 0, 1, 2});
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        FramingCli.run(
            new String[] {"eval-tsc", "--data", fixture().toString(), "--model", old.toString()},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    String message = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, message.lines().count(), message);
    assertTrue(message.contains("must be retrained with train-tsc"), message);
  }

  @Test
  void trainRejectsDevSplit() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        FramingCli.run(
            new String[] {"train-tsc", "--data", "x.jsonl", "--model", "m", "--split", "dev"},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown training split 'dev'"));
  }
}
