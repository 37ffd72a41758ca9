package com.mediaframing.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mediaframing.base.ConfigException;
import com.mediaframing.ingest.OutletDirectory;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunOptionsTest {
  @Test
  void defaultsRunOnTheSeeds() {
    RunOptions o = RunOptions.parse(List.of());
    assertEquals("seeds", o.input());
    assertEquals("output", o.output());
    assertNull(o.master());
    assertEquals(Set.of("en"), o.languages());
  }

  @Test
  void parsesBothOptionForms() {
    RunOptions o =
        RunOptions.parse(
            List.of("--input", "a.jsonl", "--master=local[2]", "--languages", "en,DE"));
    assertEquals("a.jsonl", o.input());
    assertEquals("local[2]", o.master());
    assertEquals(Set.of("en", "de"), o.languages());
  }

  @Test
  void errorsNameTheOption() {
    assertEquals(
        "option --input needs a value",
        assertThrows(ConfigException.class, () -> RunOptions.parse(List.of("--input")))
            .getMessage());
    assertEquals(
        "--partitions must be a whole number >= 0, got 'many'",
        assertThrows(ConfigException.class, () -> RunOptions.parse(List.of("--partitions", "many")))
            .getMessage());
    assertEquals(
        "unknown option '--inptu'",
        assertThrows(ConfigException.class, () -> RunOptions.parse(List.of("--inptu", "x")))
            .getMessage()
            .split(";")[0]);
  }

  @Test
  void outletDirectoryPrecedence() {
    OutletDirectory d =
        OutletDirectory.parse(
            new StringReader("outlet,bloc,country,language\nTASS,Russia,RU,en\n"), "outlets.csv");
    assertEquals("russia", d.blocOf("tass", "center"));
    assertEquals("left", d.blocOf("Other", "Left"));
    assertEquals(OutletDirectory.UNASSIGNED, d.blocOf("Other", " "));
  }

  @Test
  void outletDirectoryErrorsNameLine() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                OutletDirectory.parse(new StringReader("outlet,bloc\nA,x\nA,y\n"), "outlets.csv"));
    assertEquals("outlets.csv line 3: outlet 'A' is listed twice", e.getMessage());
  }

  @Test
  void runDateDefaultsToTodayInUtcAndIncrementalIsAFlag() {
    RunOptions o = RunOptions.parse(List.of());
    assertEquals(LocalDate.now(ZoneOffset.UTC), o.runDate());
    assertEquals(false, o.incremental());
    RunOptions n = RunOptions.parse(List.of("--incremental", "--run-date", "2025-03-17"));
    assertEquals(LocalDate.of(2025, 3, 17), n.runDate());
    assertEquals(true, n.incremental());
  }

  @Test
  void badRunDatesAndValuesForTheFlagAreOneLineErrors() {
    assertEquals(
        "--run-date must be a date YYYY-MM-DD, got '17/03/2025'",
        assertThrows(
                ConfigException.class, () -> RunOptions.parse(List.of("--run-date", "17/03/2025")))
            .getMessage());
    assertEquals(
        "option --incremental takes no value, got 'yes'",
        assertThrows(ConfigException.class, () -> RunOptions.parse(List.of("--incremental=yes")))
            .getMessage());
  }
}
