package com.mediaframing.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DataDictionaryTest {
  @Test
  void docsTablesMdIsUpToDate() throws IOException {
    String committed = Files.readString(Path.of("docs/tables.md"), StandardCharsets.UTF_8);
    assertEquals(
        DataDictionary.markdown(),
        committed,
        "docs/tables.md is stale: run `bin/framing dictionary` and commit the result");
  }

  @Test
  void readmeTableListIsUpToDate() throws IOException {
    String committed = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertEquals(
        DataDictionary.withReadmeTables(committed),
        committed,
        "the table list of README.md is stale: run `bin/framing dictionary` and commit the result");
  }

  @Test
  void readmeTableListNamesEveryTable() {
    String list = DataDictionary.readmeTables();
    for (Table t : Tables.ALL) {
      assertTrue(list.contains("[`" + t.name() + "`](docs/tables.md#" + t.name() + ")"), t.name());
    }
    assertThrows(
        IllegalArgumentException.class, () -> DataDictionary.withReadmeTables("# no list\n"));
  }

  @Test
  void listsEveryColumnOfEveryTable() {
    String md = DataDictionary.markdown();
    for (Table t : Tables.ALL) {
      assertTrue(md.contains("## " + t.name() + "\n"), t.name());
      for (Table.Column c : t.columns()) {
        assertTrue(md.contains("| " + c.name() + " |"), t.name() + "." + c.name());
      }
    }
  }
}
