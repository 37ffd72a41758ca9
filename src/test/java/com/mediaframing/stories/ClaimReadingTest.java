package com.mediaframing.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mediaframing.analysis.ClaimRecord;
import com.mediaframing.stories.ClaimAligner.Claim;
import com.mediaframing.stories.ClaimAligner.Input;
import com.mediaframing.stories.ClaimAligner.Member;
import com.mediaframing.stories.StoryReport.ClaimDisagreement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimReadingTest {
  private static ClaimRecord numbers(String... n) {
    return ClaimAlignerTest.claim(0, "the strikes killed people", List.of(), List.of(), List.of(n));
  }

  @Test
  void numbersConflictForTheSameNounOrALoneUnnamedNumber() {
    assertArrayEquals(
        new String[] {"32 people", "31 people"},
        ClaimReading.numberConflict(numbers("32 people", "101"), numbers("31 people")));
    assertArrayEquals(
        new String[] {"32 people", "31"},
        ClaimReading.numberConflict(numbers("32 people"), numbers("31")));
    assertNull(ClaimReading.numberConflict(numbers("32 people", "101"), numbers("32 people")));
    assertNull(ClaimReading.numberConflict(numbers("32 people"), numbers("30 day")));
  }

  @Test
  void matchedClaimsThatDifferAreDisagreements() {
    ClaimRecord left =
        ClaimAlignerTest.claim(2, "32 killed", List.of("houthis"), List.of(), List.of("32"));
    left.setAgent("us");
    ClaimRecord right =
        ClaimAlignerTest.claim(4, "31 killed", List.of("uk"), List.of(), List.of("31"));
    right.setAgent("uk");
    right.setNegated(true);
    Claim c =
        new Claim(
            "s#1",
            List.of(
                new Member(new Input("a", "left", left), 1),
                new Member(new Input("b", "right", right), 1)),
            List.of("left", "right"));
    List<ClaimDisagreement> d = ClaimReading.disagreements(List.of(c));
    assertEquals(
        List.of(
            new ClaimDisagreement("s#1", "number", "left", "right", "32", "31", "a[2] b[4]"),
            new ClaimDisagreement(
                "s#1", "negation", "left", "right", "affirmed", "negated", "a[2] b[4]"),
            new ClaimDisagreement("s#1", "agent", "left", "right", "us", "uk", "a[2] b[4]")),
        d);
  }

  @Test
  void distinctiveWordsNeedEvidence() {
    Map<String, Integer> left = Map.of("strike", 12, "call", 3);
    Map<String, Integer> right = Map.of("strike", 1, "call", 3);
    List<DistinctiveWords.Word> w = DistinctiveWords.of(left, right, Map.of());
    assertEquals(1, w.size());
    assertEquals("strike", w.get(0).word());
    // by hand: a0 = 10, prior 6.8 and 3.2; d = ln(18.8/6.2) - ln(7.8/6.2) = 0.88, sd 0.425
    assertEquals(2.06, w.get(0).z(), 0.01);
  }

  @Test
  void distinctiveWordsTakeTheirPriorFromTheBackground() {
    Map<String, Integer> left = Map.of("strike", 9, "call", 2);
    Map<String, Integer> right = Map.of("strike", 1, "call", 6);
    DistinctiveWords.Background background =
        DistinctiveWords.Background.of(Map.of("strike", 10L, "call", 10L, "truce", 80L));
    assertEquals(100, background.total());
    List<DistinctiveWords.Word> w = DistinctiveWords.of(left, right, background);
    // by hand: a = 10 * 10 / 100 = 1 for both words; n = 11 and 7;
    // strike: d = ln(10/11) - ln(2/15) = 1.9196, variance 1/10 + 1/2: z = 2.4782
    // call: d = ln(3/18) - ln(7/10) < 0, not distinctive
    assertEquals(1, w.size());
    assertEquals("strike", w.get(0).word());
    assertEquals(9, w.get(0).count());
    assertEquals(2.4781837, w.get(0).z(), 1e-6);
    // the same through the map overload, whose total is computed on the call
    assertEquals(w, DistinctiveWords.of(left, right, background.counts()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DistinctiveWords.Background(background.counts(), 99));
  }
}
