package com.mediaframing.sentiment.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.cli.FramingCli;
import com.mediaframing.sentiment.EncoderLayout;
import com.mediaframing.sentiment.EncoderTargetScorer;
import com.mediaframing.sentiment.EncoderTscModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train-tsc --scorer encoder} then {@code eval-tsc --scorer encoder} through the CLI on the
 * project's 16-sentence fixture (hand-written, not NewsMTSC text): training twice gives the same
 * bytes, the file reads back to the same model, and the evaluation of the training data scores
 * every target with the model's id.
 */
class EncoderTscTrainEvalTest {
  @TempDir Path dir;

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

  /** The v4 model's hand-written fixture: 16 sentences, 18 targets. */
  private static String fixture() throws Exception {
    return Path.of(
            EncoderTscTrainEvalTest.class
                .getResource("/com/mediaframing/sentiment/tsc-fixture.jsonl")
                .toURI())
        .toString();
  }

  @Test
  void trainTwiceReadBackEvaluate() throws Exception {
    String data = fixture();
    Path first = dir.resolve("first.bin");
    Path second = dir.resolve("second.bin");
    String trained =
        cli("train-tsc", "--scorer", "encoder", "--data", data, "--model", first.toString());
    assertTrue(trained.contains("targets 18"), trained);
    cli(
        "train-tsc",
        "--scorer",
        "encoder",
        "--threads",
        "2",
        "--data",
        data,
        "--model",
        second.toString());
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "reproducible");

    EncoderTscModel model = EncoderTscModel.read(first);
    assertEquals(EncoderLayout.DEFAULT, model.layout());
    assertEquals(8 * 384, model.features());
    Path copy = dir.resolve("copy.bin");
    model.write(copy);
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(copy));

    String report =
        cli("eval-tsc", "--scorer", "encoder", "--data", data, "--model", first.toString());
    String id = EncoderTargetScorer.VERSION + "+" + model.sha256().substring(0, 12);
    assertTrue(report.startsWith("scorer " + id), report);
    assertTrue(report.contains("targets 18 (skipped 0)"), report);
    // A regularised linear model fits its own 18 training targets.
    double f1 =
        Double.parseDouble(
            report
                .lines()
                .filter(l -> l.startsWith("F1m "))
                .findFirst()
                .orElseThrow()
                .split("\\s+")[1]);
    assertTrue(f1 >= 0.9, report);
  }

  @Test
  void refusesAnotherFormat() throws Exception {
    Path bad = dir.resolve("bad.bin");
    Files.write(bad, List.of("not a model"));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        FramingCli.run(
            new String[] {
              "eval-tsc", "--scorer", "encoder", "--data", fixture(), "--model", bad.toString()
            },
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    assertTrue(
        err.toString(StandardCharsets.UTF_8).contains("not an encoder target sentiment model"));
  }
}
