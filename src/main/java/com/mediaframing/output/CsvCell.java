package com.mediaframing.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Formats one table value as a CSV cell: numbers in plain notation (doubles rounded to 6 decimals,
 * never {@code 1.0E-5}), dates as ISO {@code YYYY-MM-DD}, timestamps as ISO instants, null as an
 * empty cell. Text that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or
 * carriage return) is prefixed with an apostrophe; only text columns are escaped, so numbers stay
 * numbers. Stateless and thread-safe.
 */
public final class CsvCell {
  private CsvCell() {}

  public static String format(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        return "";
      }
      return BigDecimal.valueOf(d)
          .setScale(6, RoundingMode.HALF_EVEN)
          .stripTrailingZeros()
          .toPlainString();
    }
    if (value instanceof Float f) {
      return format(f.doubleValue());
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof Date d) {
      return d.toLocalDate().toString();
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    if (value instanceof Timestamp t) {
      return t.toInstant().toString();
    }
    if (value instanceof Instant i) {
      return i.toString();
    }
    return escapeFormula(value.toString());
  }

  /** Prefixes text that a spreadsheet would evaluate with an apostrophe. */
  public static String escapeFormula(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char c = text.charAt(0);
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
      return "'" + text;
    }
    return text;
  }
}
