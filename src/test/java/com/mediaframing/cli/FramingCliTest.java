package com.mediaframing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and one-line errors; none of these cases starts Spark. */
class FramingCliTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return FramingCli.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String errLine() {
    String e = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, e.lines().count(), "exactly one line: " + e);
    return e.strip();
  }

  @Test
  void unknownOptionExitsWithTwo() {
    assertEquals(2, run("run", "--inptu", "x"));
    assertTrue(errLine().startsWith("framing: unknown option '--inptu'"));
  }

  @Test
  void unknownCommandExitsWithTwo() {
    assertEquals(2, run("frame"));
    assertTrue(errLine().contains("unknown command 'frame'"));
  }

  @Test
  void missingDictionaryExitsWithTwo() {
    assertEquals(2, run("run", "--input", "seeds", "--actors", "no/such/actors.csv"));
    assertEquals("framing: configuration file no/such/actors.csv does not exist", errLine());
  }

  @Test
  void missingInputExitsWithThree() {
    assertEquals(3, run("run", "--input", "no/such/corpus.jsonl"));
    assertEquals("framing: input no/such/corpus.jsonl does not exist", errLine());
  }

  @Test
  void unknownInputFormatExitsWithThree() {
    assertEquals(3, run("run", "--input", "pom.xml"));
    assertTrue(errLine().contains("cannot tell the format of 'pom.xml'"));
  }

  @Test
  void helpListsOptions() {
    assertEquals(0, run("help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("--sentiment"));
  }

  @Test
  void exportWithoutUrlExitsWithTwo() {
    assertEquals(2, run("export", "--output", "."));
    assertTrue(errLine().contains("--jdbc-url"));
  }

  @Test
  void exportWithAnUnsetPasswordVariableNamesIt() {
    assertEquals(
        2,
        run(
            "export",
            "--jdbc-url",
            "jdbc:postgresql://127.0.0.1:1/bi",
            "--password-env",
            "FRAMING_TEST_SURELY_UNSET"));
    assertTrue(errLine().contains("FRAMING_TEST_SURELY_UNSET"));
  }

  @Test
  void exportOfAMissingFolderExitsWithThree() {
    assertEquals(
        3, run("export", "--output", "no/such/dir", "--jdbc-url", "jdbc:postgresql://h/bi"));
    assertTrue(errLine().contains("no/such/dir"));
  }

  @Test
  void exportConnectionErrorsHideThePasswordInTheUrl(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("parquet"));
    int code =
        run(
            "export",
            "--output",
            dir.toString(),
            "--run-date",
            "2025-05-06",
            "--jdbc-url",
            "jdbc:postgresql://127.0.0.1:1/bi?user=me&password=hunter2");
    assertEquals(2, code);
    String line = errLine();
    assertTrue(
        line.startsWith("framing: cannot connect to jdbc:postgresql://127.0.0.1:1/bi"), line);
    assertTrue(!line.contains("hunter2"), line);
  }
}
