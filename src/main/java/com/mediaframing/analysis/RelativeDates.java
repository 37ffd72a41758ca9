package com.mediaframing.analysis;

import com.mediaframing.nlp.AnnotatedSentence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Resolves the dates a sentence names against its article's publication date, so that "15 March"
 * and "Saturday" in an article of Sunday 16 March 2025 are both {@code 2025-03-15}:
 *
 * <ul>
 *   <li>a day and month ("15 March", "March 15th", "15 March 2025"): the given year, else the
 *       publication year, moved a year back when that would put it more than 183 days after
 *       publication (a December date in a January article);
 *   <li>a weekday: the latest such day on or before publication, or in a forward-looking sentence
 *       (see {@link ClaimExtractor}) or after "next", the first on or after it;
 *   <li>"yesterday", "today", "tonight", "tomorrow".
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class RelativeDates {
  /** A day-and-month date further than this after publication belongs to the previous year. */
  public static final int MAX_DAYS_AHEAD = 183;

  private static final List<String> MONTHS =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");
  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of(
          "monday", DayOfWeek.MONDAY,
          "tuesday", DayOfWeek.TUESDAY,
          "wednesday", DayOfWeek.WEDNESDAY,
          "thursday", DayOfWeek.THURSDAY,
          "friday", DayOfWeek.FRIDAY,
          "saturday", DayOfWeek.SATURDAY,
          "sunday", DayOfWeek.SUNDAY);
  private static final Map<String, Integer> DAY_WORDS =
      Map.of("yesterday", -1, "today", 0, "tonight", 0, "tomorrow", 1);
  private static final Pattern DAY = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

  private RelativeDates() {}

  /**
   * ISO dates named in {@code s}, sorted and distinct. An undated article ({@code published} null)
   * resolves only dates that give their year ("15 March 2025"): weekdays, "yesterday" and yearless
   * dates need the article's date.
   *
   * @param forward the sentence looks ahead, so a bare weekday is the next one
   */
  public static List<String> resolve(AnnotatedSentence s, LocalDate published, boolean forward) {
    TreeSet<String> out = new TreeSet<>();
    for (int i = 0; i < s.size(); i++) {
      String lower = s.token(i).toLowerCase(Locale.ROOT);
      DayOfWeek weekday = WEEKDAYS.get(lower);
      if (weekday != null) {
        if (published == null) {
          continue;
        }
        String before = i > 0 ? s.token(i - 1).toLowerCase(Locale.ROOT) : "";
        boolean ahead = before.equals("next") || (forward && !before.equals("last"));
        out.add(
            published
                .with(
                    ahead
                        ? TemporalAdjusters.nextOrSame(weekday)
                        : TemporalAdjusters.previousOrSame(weekday))
                .toString());
        continue;
      }
      Integer offset = DAY_WORDS.get(lower);
      if (offset != null) {
        if (published != null) {
          out.add(published.plusDays(offset).toString());
        }
        continue;
      }
      int month = month(s.token(i));
      if (month < 0 || (month == 4 && !"PROPN".equals(s.tag(i)) && !capitalised(s.token(i)))) {
        continue;
      }
      int day = -1;
      int yearAt = i + 1;
      if (i > 0) {
        day = day(s.token(i - 1));
      }
      if (day < 0 && i + 1 < s.size()) {
        day = day(s.token(i + 1));
        yearAt = i + 2;
        if (yearAt < s.size() && s.token(yearAt).equals(",")) {
          yearAt++;
        }
      }
      if (day < 0) {
        continue;
      }
      Integer year =
          yearAt < s.size() && YEAR.matcher(s.token(yearAt)).matches()
              ? Integer.valueOf(s.token(yearAt))
              : null;
      if (year == null && published == null) {
        continue;
      }
      LocalDate d = date(year == null ? published.getYear() : year, month + 1, day);
      if (d == null) {
        continue;
      }
      if (year == null && d.isAfter(published.plusDays(MAX_DAYS_AHEAD))) {
        d = date(published.getYear() - 1, month + 1, day);
      }
      if (d != null) {
        out.add(d.toString());
      }
    }
    return List.copyOf(out);
  }

  private static boolean capitalised(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
  }

  private static int month(String token) {
    if (!capitalised(token)) {
      return -1;
    }
    String t = token.toLowerCase(Locale.ROOT).replace(".", "");
    for (int m = 0; m < MONTHS.size(); m++) {
      String name = MONTHS.get(m);
      if (name.equals(t) || ((t.length() == 3 || t.equals("sept")) && name.startsWith(t))) {
        return m;
      }
    }
    return -1;
  }

  private static int day(String token) {
    var m = DAY.matcher(token);
    if (!m.matches()) {
      return -1;
    }
    int d = Integer.parseInt(m.group(1));
    return d >= 1 && d <= 31 ? d : -1;
  }

  private static LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException e) {
      return null; // "31 February"
    }
  }
}
