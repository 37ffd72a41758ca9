package com.mediaframing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleParsersTest {
  @Test
  void jsonLineFieldsAndUnknownFields() {
    RawArticle a =
        new JsonArticleParser()
            .parse(
                "in.jsonl",
                3,
                "{\"id\": 42, \"outlet\": \"O\", \"text\": \"T\", \"topic\": \"x\"}");
    assertEquals("42", a.getId());
    assertEquals("O", a.getOutlet());
    assertEquals(3, a.getRecord());
    assertNull(a.getError());
  }

  @Test
  void malformedJsonLinesCarryTheirReason() {
    JsonArticleParser p = new JsonArticleParser();
    assertTrue(p.parse("in", 1, "{\"id\": ").getError().startsWith("not valid JSON"));
    assertEquals("not a JSON object", p.parse("in", 2, "[1]").getError());
    assertEquals("blank line", p.parse("in", 3, "  ").getError());
  }

  @Test
  void csvRowsWithMultilineTextAndWrongFieldCounts() {
    String csv =
        "id,outlet,published,text\n1,O,2025-01-01,\"two\nlines\"\n2,O\n3,O,2025-01-02,ok\n";
    List<RawArticle> rows = CsvArticleParser.parse("a.csv", new StringReader(csv));
    assertEquals(3, rows.size());
    assertEquals("two\nlines", rows.get(0).getText());
    assertEquals(2, rows.get(1).getRecord());
    assertTrue(rows.get(1).getError().contains("2 fields, header has 4"));
    assertEquals("ok", rows.get(2).getText());
  }

  @Test
  void csvSyntaxErrorBecomesOneMalformedRecord() {
    String csv = "id,outlet,published,text\n1,O,2025-01-01,fine\n2,O,2025-01-01,\"never closed\n";
    List<RawArticle> rows = CsvArticleParser.parse("a.csv", new StringReader(csv));
    assertEquals(2, rows.size());
    assertTrue(
        rows.get(1).getError().startsWith("CSV syntax error after record 1"),
        rows.get(1).getError());
  }

  @Test
  void csvWithoutTextColumnIsUnreadableInput() {
    InputException e =
        assertThrows(
            InputException.class,
            () -> CsvArticleParser.parse("a.csv", new StringReader("id,body\n1,x\n")));
    assertTrue(e.getMessage().contains("no 'text' column"));
  }
}
