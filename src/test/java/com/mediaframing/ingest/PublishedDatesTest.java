package com.mediaframing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishedDatesTest {
  private final PublishedDates dates = PublishedDates.builtIn();

  private Optional<LocalDate> read(String value) {
    return dates.parse(value);
  }

  @Test
  void readsTheFormsRealFeedsWrite() {
    LocalDate d = LocalDate.of(2025, 3, 16);
    assertEquals(Optional.of(d), read("2025-03-16"));
    assertEquals(Optional.of(d), read("2025-03-16T10:00:00Z"));
    assertEquals(Optional.of(d), read("2025-03-16T23:30:00+03:00")); // the date as written
    assertEquals(Optional.of(d), read("2025-03-16T10:00:00.123"));
    assertEquals(Optional.of(d), read("2025-03-16 10:00:00"));
    assertEquals(Optional.of(d), read("2025-03-16T10:00:00+01:00[Europe/Paris]"));
    assertEquals(Optional.of(d), read("Sun, 16 Mar 2025 10:00:00 GMT"));
    assertEquals(Optional.of(d), read("16 Mar 2025 10:00:00 +0000"));
    assertEquals(Optional.of(d), read(" 3/16/25 "));
    assertEquals(Optional.of(d), read("3/16/2025"));
  }

  @Test
  void usShortFormIsMonthFirstWithThePosixYearPivot() {
    assertEquals(Optional.of(LocalDate.of(2017, 7, 23)), read("7/23/17"));
    assertEquals(Optional.of(LocalDate.of(2016, 12, 1)), read("12/1/16"));
    assertEquals(Optional.of(LocalDate.of(2068, 1, 2)), read("1/2/68"));
    assertEquals(Optional.of(LocalDate.of(1969, 1, 2)), read("1/2/69"));
    assertEquals(Optional.empty(), read("23/7/17")); // no month 23
  }

  @Test
  void unreadableValuesAreEmpty() {
    assertEquals(Optional.empty(), read("next Tuesday"));
    assertEquals(Optional.empty(), read("2025-02-30"));
    assertEquals(Optional.empty(), read("16.03.2025"));
  }

  @Test
  void dateFormatReplacesTheUsRule() {
    PublishedDates dayFirst = new PublishedDates("d/M/yy");
    assertEquals(Optional.of(LocalDate.of(2017, 7, 23)), dayFirst.parse("23/7/17"));
    assertEquals(Optional.of(LocalDate.of(2017, 8, 7)), dayFirst.parse("7/8/17"));
    assertEquals(Optional.empty(), dayFirst.parse("7/23/17"));
    assertEquals(Optional.of(LocalDate.of(2025, 3, 16)), dayFirst.parse("2025-03-16"));
    assertEquals(
        Optional.of(LocalDate.of(2025, 3, 16)),
        new PublishedDates("dd.MM.uuuu").parse("16.03.2025"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new PublishedDates("d/M/yy{"));
    assertTrue(e.getMessage().contains("'d/M/yy{'"), e.getMessage());
  }
}
