package com.mediaframing.analysis;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * English month and weekday words as news text writes them ("March", "Mar.", "Sept", "saturday"),
 * read with {@link java.time}'s names, for the date facts and the relative-date resolver.
 * Stateless.
 */
final class CalendarWords {
  private static final String[] MONTHS = new String[12];
  private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

  static {
    for (Month m : Month.values()) {
      MONTHS[m.ordinal()] =
          m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      WEEKDAYS.put(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), d);
    }
  }

  private CalendarWords() {}

  /**
   * The month a token names, 0 for January to 11, or -1: the full name or its first three letters
   * (and "Sept"), case and a trailing period aside. Whether "May" is the month is the caller's
   * call.
   */
  static int month(String token) {
    String t = token.toLowerCase(Locale.ROOT).replace(".", "");
    if (t.length() < 3) {
      return -1;
    }
    for (int m = 0; m < MONTHS.length; m++) {
      if (MONTHS[m].equals(t)
          || ((t.length() == 3 || t.equals("sept")) && MONTHS[m].startsWith(t))) {
        return m;
      }
    }
    return -1;
  }

  /** The month's name in lower case, 0 for "january". */
  static String monthName(int month) {
    return MONTHS[month];
  }

  /** The weekday a lower-case word names ("saturday"), or null. */
  static DayOfWeek weekday(String lower) {
    return WEEKDAYS.get(lower);
  }
}
