package com.mediaframing.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerSharesTest {
  private static SpeakerShares.Cell cell(
      String doc, String key, long x, long words, String name, int first, String type) {
    return new SpeakerShares.Cell(doc, key, x, x, words, name, first, null, type);
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
}
