package com.mediaframing.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelativeDatesTest {
  private static final LocalDate SUNDAY_16_MARCH = LocalDate.of(2025, 3, 16);

  private static List<String> dates(String tagged, LocalDate published, boolean forward) {
    return RelativeDates.resolve(FactExtractorTest.sentence(0, tagged), published, forward);
  }

  @Test
  void aWeekdayIsTheLatestOnOrBeforePublication() {
    assertEquals(
        List.of("2025-03-15"),
        dates("Lavrov spoke_VERB with Rubio_PROPN on Saturday_PROPN", SUNDAY_16_MARCH, false));
    assertEquals(
        List.of("2025-03-16"),
        dates("the_DET ministry_NOUN said_VERB on Sunday_PROPN", SUNDAY_16_MARCH, false));
  }

  @Test
  void aDayAndMonthTakeThePublicationYear() {
    assertEquals(
        List.of("2025-03-15"),
        dates("Rubio spoke_VERB on 15_NUM March_PROPN", SUNDAY_16_MARCH, false));
    assertEquals(
        List.of("2025-03-15"),
        dates("Rubio spoke_VERB on March_PROPN 15th_NUM", SUNDAY_16_MARCH, false));
    assertEquals(
        List.of("2025-02-18"),
        dates("they met_VERB on 18_NUM February_PROPN 2025_NUM", SUNDAY_16_MARCH, false));
    assertEquals(
        List.of("2024-12-20"),
        dates("talks began_VERB on 20_NUM December_PROPN", LocalDate.of(2025, 1, 10), false),
        "a December date in a January article is last year's");
  }

  @Test
  void forwardLookingWeekdaysAndDayWordsResolveAhead() {
    assertEquals(
        List.of("2025-03-18"),
        dates("they will_AUX meet_VERB on Tuesday_PROPN", SUNDAY_16_MARCH, true));
    assertEquals(
        List.of("2025-03-21"),
        dates("talks resume_VERB next Friday_PROPN", SUNDAY_16_MARCH, false));
    assertEquals(
        List.of("2025-03-14"),
        dates("Lavrov said_VERB it last Friday_PROPN", SUNDAY_16_MARCH, true));
    assertEquals(
        List.of("2025-03-15", "2025-03-17"),
        dates("after yesterday 's strikes , talks tomorrow", SUNDAY_16_MARCH, false));
  }

  @Test
  void namesThatLookLikeMonthsAreNot() {
    assertEquals(
        List.of(), dates("Marc_PROPN 15_NUM said_VERB it may_AUX rain", SUNDAY_16_MARCH, false));
    assertEquals(List.of(), dates("31_NUM February_PROPN is not a date", SUNDAY_16_MARCH, false));
  }

  @Test
  void anUndatedArticleResolvesOnlyDatesWithTheirYear() {
    assertEquals(
        List.of("2025-02-18"),
        dates("they met_VERB on Saturday_PROPN , 18_NUM February_PROPN 2025_NUM", null, false));
    assertEquals(
        List.of(), dates("Rubio spoke_VERB yesterday_ADV on 15_NUM March_PROPN", null, false));
  }
}
