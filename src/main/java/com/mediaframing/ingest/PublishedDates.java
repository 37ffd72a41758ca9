package com.mediaframing.ingest;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article's {@code published} field as real feeds write it, to the calendar date as
 * written (a date-time's own offset is kept, not converted to UTC). Tried in this order:
 *
 * <ol>
 *   <li>the {@code --date-format} pattern, when one is given ({@link DateTimeFormatter} syntax,
 *       e.g. {@code d/M/yy} for day-first feeds); it replaces rule 5;
 *   <li>ISO dates, {@code 2025-03-16};
 *   <li>ISO date-times, with or without offset or zone, {@code T} or a space between date and time:
 *       {@code 2025-03-16T10:00:00Z}, {@code 2025-03-16 10:00:00+03:00};
 *   <li>RFC 1123 (RSS {@code pubDate}), day of week optional: {@code Sun, 16 Mar 2025 10:00:00
 *       GMT};
 *   <li>the US short form {@code M/D/YY} or {@code M/D/YYYY}, month first ({@code 7/23/17} is 23
 *       July 2017); a two-digit year {@code YY} is {@code 20YY} when below {@value #PIVOT_YEAR},
 *       else {@code 19YY} (the POSIX {@code %y} rule).
 * </ol>
 *
 * A value none of these read is unreadable: the article stays undated (see {@link
 * ArticleValidator}). Immutable, thread-safe and serializable.
 */
public final class PublishedDates implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Two-digit years below this are in the 2000s, the others in the 1900s. */
  public static final int PIVOT_YEAR = 69;

  private static final Pattern US_SHORT = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{2}|\\d{4})");

  private static final Pattern ISO_SPACE = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d.*");

  private final String pattern;
  private transient DateTimeFormatter formatter;

  /** The built-in forms only. */
  public static PublishedDates builtIn() {
    return new PublishedDates(null);
  }

  /**
   * @param pattern a {@link DateTimeFormatter} pattern tried first, or null
   * @throws IllegalArgumentException naming the pattern when it is not a valid one
   */
  public PublishedDates(String pattern) {
    this.pattern = pattern == null || pattern.isBlank() ? null : pattern.trim();
    if (this.pattern != null) {
      formatter(); // fail on the driver, not in a task
    }
  }

  /** The {@code --date-format} pattern, or null. */
  public String pattern() {
    return pattern;
  }

  /** The date {@code value} stands for, or empty when no rule reads it. */
  public Optional<LocalDate> parse(String value) {
    String v = value.trim();
    if (pattern != null) {
      Optional<LocalDate> d = withPattern(v);
      if (d.isPresent()) {
        return d;
      }
    }
    Optional<LocalDate> d = iso(v);
    if (d.isPresent()) {
      return d;
    }
    try {
      return Optional.of(
          ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeParseException e) {
      // not RFC 1123
    }
    return pattern == null ? usShort(v) : Optional.empty();
  }

  private Optional<LocalDate> withPattern(String v) {
    try {
      return Optional.of(LocalDate.from(formatter().parse(v)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> iso(String v) {
    try {
      return Optional.of(LocalDate.parse(v));
    } catch (DateTimeParseException e) {
      // try the date-time forms
    }
    try {
      return Optional.of(OffsetDateTime.parse(v).toLocalDate());
    } catch (DateTimeParseException e) {
      // next
    }
    try {
      return Optional.of(ZonedDateTime.parse(v).toLocalDate());
    } catch (DateTimeParseException e) {
      // next
    }
    try {
      return Optional.of(LocalDateTime.parse(v).toLocalDate());
    } catch (DateTimeParseException e) {
      // next
    }
    return ISO_SPACE.matcher(v).matches() ? iso(v.replaceFirst(" ", "T")) : Optional.empty();
  }

  /** {@code M/D/YY} or {@code M/D/YYYY}, month first; empty when it is not a real date. */
  static Optional<LocalDate> usShort(String v) {
    Matcher m = US_SHORT.matcher(v);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(3));
    if (m.group(3).length() == 2) {
      year += year < PIVOT_YEAR ? 2000 : 1900;
    }
    try {
      return Optional.of(
          LocalDate.of(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private DateTimeFormatter formatter() {
    if (formatter == null) {
      try {
        formatter =
            DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.SMART);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--date-format '" + pattern + "' is not a date pattern: " + e.getMessage(), e);
      }
    }
    return formatter;
  }
}
