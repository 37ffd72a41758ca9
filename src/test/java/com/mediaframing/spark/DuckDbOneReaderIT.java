package com.mediaframing.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mediaframing.output.BiView;
import com.mediaframing.output.BiViews;
import com.mediaframing.output.FramingDatabase;
import com.mediaframing.output.StoryTableSchemas;
import com.mediaframing.output.Table;
import com.mediaframing.output.Tables;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The seeds run's framing.duckdb opened by an independent DuckDB 1.x reader, the Node package
 * {@code @duckdb/node-api} 1.5 ({@code .ci/duckdb1/check.mjs}), which reads every row of every
 * table and view. {@code .ci/run} installs Debian's nodejs/npm and the package ({@code npm ci
 * --prefix .ci/duckdb1}); without them the test is skipped with that reason.
 */
class DuckDbOneReaderIT {
  private static final Path READER = Path.of(".ci/duckdb1/check.mjs");
  private static final Path MODULE = Path.of(".ci/duckdb1/node_modules/@duckdb/node-api");

  @Test
  void everyTableAndViewOpensInDuckDb15() throws Exception {
    assumeTrue(
        onPath("node") && Files.isDirectory(MODULE),
        "skipped: needs node on PATH and "
            + MODULE
            + " (npm ci --prefix .ci/duckdb1; .ci/run does)");
    Path db = SeedsRun.out().resolve(FramingDatabase.FILE_NAME);
    SeedsRun.summary();
    Path stdout = Files.createTempFile("duckdb1", ".json");
    Path stderr = Files.createTempFile("duckdb1", ".err");
    Process p =
        new ProcessBuilder("node", READER.toString(), db.toAbsolutePath().toString())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "node did not finish in 120 s");
    String err = Files.readString(stderr, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), "node reader failed:\n" + err);
    JsonNode result = new ObjectMapper().readTree(stdout.toFile());
    assertTrue(result.get("version").asText().startsWith("v1."), result.toString());

    Map<String, Long> counts = new TreeMap<>();
    result
        .get("relations")
        .fields()
        .forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
    List<String> expected = new ArrayList<>();
    Tables.ALL.forEach(t -> expected.add(t.name()));
    FramingDatabase.REFERENCE_TABLES.forEach(t -> expected.add(t.name()));
    expected.add(FramingDatabase.LOADS);
    BiViews.ALL.stream().map(BiView::name).forEach(expected::add);
    assertEquals(new TreeSet<>(expected), counts.keySet());
    for (Table t : Tables.ALL) {
      long rows = SeedsRun.csvLines(SeedsRun.out(), t).size() - 1;
      if (!t.name().equals(StoryTableSchemas.STORY_NARRATIVES.name())
          && !t.name().equals("sentences")) {
        assertEquals(rows, counts.get(t.name()), t.name()); // multi-line cells break the line count
      }
    }
    assertTrue(counts.get("documents") == 3, counts.toString());
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
