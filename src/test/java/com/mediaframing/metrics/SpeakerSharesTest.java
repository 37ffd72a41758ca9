package com.mediaframing.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerSharesTest {
  private static SpeakerShares.Cell cell(
      String doc, String key, long x, long words, String name, int first, String type) {
    return cell(doc, "outlet of " + doc, key, x, words, name, first, type);
  }

  private static SpeakerShares.Cell cell(
      String doc,
      String outlet,
      String key,
      long x,
      long words,
      String name,
      int first,
      String type) {
    return new SpeakerShares.Cell(doc, outlet, key, x, x, words, name, first, null, type);
  }

  @Test
  void sharesPerSpeakerAndTypeWithTheirIntervalOverArticles() {
    List<SpeakerShares.Share> out =
        SpeakerShares.of(
            List.of(
                cell("d1", "lavrov", 2, 20, "Sergei Lavrov", 3, "person"),
                cell("d1", "tass", 2, 10, "TASS", 0, "media"),
                cell("d2", "lavrov", 1, 5, "Lavrov", 0, "person"),
                cell("d2", "tass", 1, 5, "TASS", 1, "media"),
                cell("d3", "tass", 2, 10, "TASS", 0, "media")));
    SpeakerShares.Share lavrov = out.get(0);
    assertEquals("speaker", lavrov.level());
    assertEquals("lavrov", lavrov.key());
    assertEquals("Sergei Lavrov", lavrov.name(), "the name at the first quote in doc order");
    assertEquals(2, lavrov.docs());
    assertEquals(3, lavrov.quotes());
    assertEquals(8, lavrov.total());
    assertEquals(3, lavrov.docsQuoting());
    assertEquals(3.0 / 8, lavrov.share(), 1e-12);
    assertEquals(25.0 / 50, lavrov.shareWords(), 1e-12);
    double half = ShareInterval.halfWidth(3, 8, 3, 4 + 1, 2 * 4 + 2, 16 + 4 + 4);
    assertEquals(Math.max(0, 3.0 / 8 - half), lavrov.low(), 1e-12);
    assertEquals(3.0 / 8 + half, lavrov.high(), 1e-12);
    // the type rows repeat the speakers here, one type each
    SpeakerShares.Share media = out.get(2);
    assertEquals("speaker_type", media.level());
    assertEquals("media", media.key());
    assertEquals(5.0 / 8, media.share(), 1e-12);
    assertNull(media.name());
    assertEquals(4, out.size());
  }

  @Test
  void aBlocsIntervalsTakeTheOutletAsTheUnit() {
    List<SpeakerShares.Cell> cells =
        List.of(
            cell("d1", "A", "lavrov", 2, 20, "Sergei Lavrov", 0, "person"),
            cell("d1", "A", "tass", 2, 10, "TASS", 1, "media"),
            cell("d2", "A", "lavrov", 1, 5, "Lavrov", 0, "person"),
            cell("d2", "A", "tass", 1, 5, "TASS", 1, "media"),
            cell("d3", "B", "tass", 2, 10, "TASS", 0, "media"),
            cell("d4", "C", "lavrov", 1, 5, "Lavrov", 0, "person"),
            cell("d4", "C", "tass", 1, 5, "TASS", 1, "media"));
    SpeakerShares.Share lavrov = SpeakerShares.of(cells, true).get(0);
    assertEquals("lavrov", lavrov.key());
    assertEquals(0.4, lavrov.share(), 1e-12);
    assertEquals(3, lavrov.outlets());
    // outlets A, B, C hold 6, 2 and 2 quotes, Lavrov 3, 0 and 1 of them
    ClusteredMean.Interval expected =
        ClusteredMean.of(
            List.of(
                new ClusteredMean.Cluster(6, 3),
                new ClusteredMean.Cluster(2, 0),
                new ClusteredMean.Cluster(2, 1)));
    assertEquals(expected.low(0, 1), lavrov.low(), 1e-12);
    assertEquals(expected.high(0, 1), lavrov.high(), 1e-12);
    assertEquals(expected.df(), lavrov.df(), 1e-12);
    SpeakerShares.Share byArticle = SpeakerShares.of(cells, false).get(0);
    assertEquals(0, byArticle.outlets());
    assertNull(byArticle.df());
    assertEquals(lavrov.share(), byArticle.share(), 1e-12);
  }

  @Test
  void speakersComeInKeyOrderAndATiedTypeIsTheSmallestName() {
    List<SpeakerShares.Share> out =
        SpeakerShares.of(
            List.of(
                cell("d1", "zelensky", 1, 5, "Zelensky", 0, "person"),
                cell("d1", "kremlin", 2, 5, "the Kremlin", 1, "organization"),
                cell("d2", "kremlin", 2, 5, "Peskov", 0, "person"),
                cell("d2", "abc", 1, 5, "ABC", 2, "media")));
    assertEquals(
        List.of("abc", "kremlin", "zelensky", "media", "organization", "person"),
        out.stream().map(SpeakerShares.Share::key).toList());
    assertEquals("organization", out.get(1).type(), "2 quotes each: the smaller type name");
  }
}
