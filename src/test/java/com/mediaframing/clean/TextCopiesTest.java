package com.mediaframing.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextCopiesTest {
  static final String WIRE =
      "MOSCOW (AP) — Russian Foreign Minister Sergei Lavrov said on Tuesday that talks with the"
          + " United States on restoring embassy staff would continue in Istanbul next week, after"
          + " both sides agreed to keep the channel open despite the dispute over sanctions.";

  private static TextCopies.Article article(
      String id, String outlet, String published, String text) {
    return new TextCopies.Article(
        id,
        outlet,
        published,
        "wire.jsonl",
        Long.parseLong(id.replaceAll("\\D", "")),
        TextSignature.exact(text),
        TextSignature.minHash(text));
  }

  @Test
  void nearCopiesShareMostShinglesAndOtherStoriesFew() {
    int[] a = TextSignature.minHash(WIRE);
    int[] other =
        TextSignature.minHash(
            "Houthi forces fired two missiles at a commercial ship in the Red Sea on Monday, the"
                + " US military said, in the latest attack on shipping since the strikes began.");
    assertTrue(TextSignature.nearCopies(a, a));
    assertFalse(TextSignature.nearCopies(a, other));
    assertTrue(TextSignature.similarity(a, other) < 0.2);
    assertEquals(null, TextSignature.minHash("Too short to be compared by MinHash."));
    assertEquals(TextSignature.exact(WIRE), TextSignature.exact("  " + WIRE.toUpperCase() + "\n"));
  }

  @Test
  void fiveCopiesInOneOutletAndTwoInAnotherPointAtTheFirstCopy() {
    List<TextCopies.Article> articles = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      articles.add(article("w" + i, "Outlet A", "2025-03-1" + i, WIRE));
    }
    articles.add(article("w6", "Outlet B", "2025-03-12", WIRE.replace("\n", " ")));
    articles.add(article("w7", "Outlet B", null, WIRE.toLowerCase()));
    articles.add(article("w8", "Outlet B", "2025-03-10", "A different story about the Red Sea."));
    Map<String, TextCopies.Copy> copies = TextCopies.assign(articles);
    assertEquals(7, copies.size()); // w8 has no copy
    assertNull(copies.get("w1").duplicateOf());
    assertEquals(1, copies.get("w1").copyInOutlet());
    for (String id : List.of("w2", "w3", "w4", "w5", "w6", "w7")) {
      assertEquals("w1", copies.get(id).duplicateOf(), id);
    }
    assertEquals(5, copies.get("w5").copyInOutlet());
    assertEquals(1, copies.get("w6").copyInOutlet()); // Outlet B's first copy counts for B
    assertEquals(2, copies.get("w7").copyInOutlet()); // undated: taken last
  }

  @Test
  void anEditedRerunIsANearCopyAndTheEarliestPublishedIsTheFirst() {
    String story =
        WIRE
            + "\nThe two delegations met for six hours at the Russian consulate, according to"
            + " officials on both sides, and discussed the return of seized diplomatic property,"
            + " direct flights between the countries and the visas of journalists.\nLavrov told"
            + " reporters in Moscow that the next round would take place in the spring, and that"
            + " Russia expected concrete steps from Washington before any meeting of the presidents.";
    String rerun = story.replace("six hours", "seven hours");
    assertTrue(
        TextSignature.nearCopies(TextSignature.minHash(story), TextSignature.minHash(rerun)));
    Map<String, TextCopies.Copy> copies =
        TextCopies.assign(
            List.of(
                article("r1", "A", "2025-03-12", rerun), article("r2", "B", "2025-03-11", story)));
    assertEquals("r2", copies.get("r1").duplicateOf());
    assertNull(copies.get("r2").duplicateOf());
  }
}
