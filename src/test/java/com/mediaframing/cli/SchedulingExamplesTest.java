package com.mediaframing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.config.RunOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cron entry and the Airflow DAG under docs/scheduling/ call the job with options it accepts
 * (parsed by the real option parser, so a renamed option breaks this test, not the nightly run).
 */
class SchedulingExamplesTest {
  private static final Path DIR = Path.of("docs/scheduling");

  @Test
  void theCronEntryRunsTheJobIncrementallyWithYesterdaysRunDate() throws IOException {
    String cron = Files.readString(DIR.resolve("framing-nightly.cron"));
    Matcher m = Pattern.compile("bin/framing run (.*?) >>").matcher(cron);
    assertTrue(m.find(), "no `bin/framing run … >>` line");
    String args =
        m.group(1).replaceAll("\"\\$\\(date -u -d yesterday \\+\\\\%F\\)\"", "2025-03-16");
    RunOptions o = RunOptions.parse(Arrays.asList(args.trim().split("\\s+")));
    assertTrue(o.incremental());
    assertEquals(LocalDate.of(2025, 3, 16), o.runDate());
  }

  @Test
  void theAirflowDagPassesItsLogicalDateAsTheRunDate() throws IOException {
    String dag = Files.readString(DIR.resolve("framing_nightly_dag.py"));
    Matcher m = Pattern.compile("application_args=\\[(.*?)\\]", Pattern.DOTALL).matcher(dag);
    List<String> commands = new ArrayList<>();
    while (m.find()) {
      List<String> args = new ArrayList<>();
      Matcher s = Pattern.compile("\"([^\"]*)\"|\\b(INPUT|OUTPUT)\\b").matcher(m.group(1));
      while (s.find()) {
        args.add(s.group(1) != null ? s.group(1) : "hdfs:///" + s.group(2).toLowerCase());
      }
      String command = args.remove(0);
      commands.add(command);
      RunOptions o =
          RunOptions.parse(args.stream().map(a -> a.replace("{{ ds }}", "2025-03-16")).toList());
      if (command.equals("run")) {
        assertTrue(o.incremental());
        assertEquals(LocalDate.of(2025, 3, 16), o.runDate());
      }
    }
    assertEquals(List.of("validate", "run"), commands);
    assertTrue(dag.contains("SparkSubmitOperator"));
    assertTrue(dag.contains("com.mediaframing.cli.FramingCli"));
  }
}
