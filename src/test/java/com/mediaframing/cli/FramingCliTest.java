package com.mediaframing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

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
}
