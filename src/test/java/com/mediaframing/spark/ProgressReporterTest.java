package com.mediaframing.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {
  private static ProgressReporter reporter(ProgressReporter.Format f) {
    return ProgressReporter.start(
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        f,
        "analyze",
        1000,
        () -> 0,
        3600);
  }

  @Test
  void textLineGivesShareRateAndEta() {
    try (ProgressReporter r = reporter(ProgressReporter.Format.TEXT)) {
      assertEquals(
          "progress: analyze 250/1,000 documents (25%), 5/s, ETA 2m30s",
          r.line(250, Duration.ofSeconds(50)));
    }
  }

  @Test
  void jsonLineIsOneObject() {
    try (ProgressReporter r = reporter(ProgressReporter.Format.JSON)) {
      String line = r.line(250, Duration.ofSeconds(50));
      assertTrue(line.startsWith("{\"ts\":\""), line);
      assertTrue(
          line.endsWith(
              "\"event\":\"progress\",\"stage\":\"analyze\",\"done\":250,\"total\":1000,"
                  + "\"rate_per_s\":5.0,\"elapsed_s\":50.0,\"eta_s\":150}"),
          line);
    }
  }

  private static RunSummary summaryWithStages() {
    Map<String, Long> stages = new LinkedHashMap<>();
    stages.put("read_validate", 1200L);
    stages.put("analyze_documents", 5000L);
    Map<String, Long> cpu = new LinkedHashMap<>();
    cpu.put("read_validate", 2100L);
    return new RunSummary(
        "r1", LocalDate.of(2025, 3, 17), 10, 9, 1, 0, 9, 500, 40, Map.of(), stages, cpu);
  }

  @Test
  void summaryAsJson() {
    String json = ProgressReporter.summary(ProgressReporter.Format.JSON, summaryWithStages());
    assertTrue(
        json.endsWith(
            "\"run_id\":\"r1\",\"run_date\":\"2025-03-17\",\"n_input\":10,\"n_processed\":9,"
                + "\"n_rejected\":1,\"n_unchanged\":0,\"n_analyzed\":9,\"n_tokens\":500,"
                + "\"n_mentions\":40,\"stages_ms\":{\"read_validate\":1200,\"analyze_documents\":5000},"
                + "\"stages_cpu_ms\":{\"read_validate\":2100}}"),
        json);
    assertEquals(1, json.lines().count());
  }

  @Test
  void summaryAsTextGivesWallAndCpuSecondsPerStageAndADashWhereTheCpuIsUnknown() {
    String text = ProgressReporter.summary(ProgressReporter.Format.TEXT, summaryWithStages());
    List<String> lines = text.lines().toList();
    int head = lines.indexOf("stage                      seconds   CPU s");
    assertTrue(head >= 0, text);
    assertEquals("read_validate                  1.2     2.1", lines.get(head + 1));
    assertEquals("analyze_documents              5.0       -", lines.get(head + 2));
  }

  @Test
  void durations() {
    assertEquals("45s", ProgressReporter.formatDuration(45));
    assertEquals("2h5m", ProgressReporter.formatDuration(7500));
  }
}
