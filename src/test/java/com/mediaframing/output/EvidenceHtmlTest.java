package com.mediaframing.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvidenceHtmlTest {
  private static final Map<String, String> SENTENCES =
      Map.of(
          EvidenceHtml.key("seed-000", 3), "Rubio spoke with Lavrov.",
          EvidenceHtml.key("seed-002", 1), "The call \"went well\" & ended.");

  @Test
  void keysListEveryCitedSentence() {
    assertEquals(
        List.of("seed-000#3", "seed-000#5", "seed-002#1"),
        EvidenceHtml.keys("seed-000[3,5] seed-002[1]"));
    assertEquals(List.of("a#0"), EvidenceHtml.keys("left: a[0]"));
  }

  @Test
  void citedIndexesCarryTheirSentenceAsTitle() {
    String html = EvidenceHtml.link("- shared (seed-000[3,5] seed-002[1])", SENTENCES);
    assertTrue(
        html.contains(
            "seed-000[<span class=\"sent\" title=\"Rubio spoke with Lavrov.\">3</span>,5]"),
        html);
    assertTrue(
        html.contains("title=\"The call &quot;went well&quot; &amp; ended.\">1</span>]"), html);
    String cell = EvidenceHtml.expandable("seed-000[3]", SENTENCES);
    assertTrue(cell.startsWith("<details><summary>seed-000[<span"), cell);
    assertTrue(
        cell.contains("<li><span class=\"ref\">seed-000 3</span> Rubio spoke with Lavrov.</li>"),
        cell);
    assertEquals("x[9]", EvidenceHtml.expandable("x[9]", SENTENCES));
  }
}
