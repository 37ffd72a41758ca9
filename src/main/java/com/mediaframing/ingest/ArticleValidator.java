package com.mediaframing.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one input record against the article contract (id, outlet, ISO date, non-empty text within
 * the size limit, supported language) and normalizes what it accepts: trimmed id and outlet, {@code
 * published} as {@code YYYY-MM-DD}, language as a lower-case ISO 639-1 code. Duplicate ids are a
 * corpus-wide property and are checked elsewhere. Immutable and thread-safe.
 */
public final class ArticleValidator implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The outcome for one record: a reason and detail when it is rejected. */
  public record Verdict(RejectReason reason, String detail) {}

  private final int maxTextChars;
  private final Set<String> languages;

  /**
   * @param maxTextChars longest accepted text, in characters
   * @param languages accepted ISO 639-1 codes (e.g. {@code en}); records whose {@code language}
   *     field is empty are accepted here and checked by language detection later
   */
  public ArticleValidator(int maxTextChars, Set<String> languages) {
    this.maxTextChars = maxTextChars;
    this.languages = Set.copyOf(languages);
  }

  /**
   * Validates {@code a} and normalizes its fields in place.
   *
   * @return empty when the record is accepted
   */
  public Optional<Verdict> check(RawArticle a) {
    if (a.getError() != null) {
      return reject(RejectReason.MALFORMED_RECORD, a.getError());
    }
    a.setId(trimToNull(a.getId()));
    a.setOutlet(trimToNull(a.getOutlet()));
    if (a.getId() == null) {
      return reject(RejectReason.MISSING_ID, "the record has no id");
    }
    if (a.getOutlet() == null) {
      return reject(RejectReason.MISSING_OUTLET, "the record has no outlet");
    }
    if (a.getText() == null || a.getText().isBlank()) {
      return reject(RejectReason.EMPTY_TEXT, "text is empty");
    }
    if (a.getText().length() > maxTextChars) {
      return reject(
          RejectReason.TEXT_TOO_LONG, a.getText().length() + " characters, limit " + maxTextChars);
    }
    String published = trimToNull(a.getPublished());
    if (published == null) {
      return reject(RejectReason.MISSING_DATE, "published is empty");
    }
    Optional<LocalDate> date = parseDate(published);
    if (date.isEmpty()) {
      return reject(
          RejectReason.BAD_DATE, "published '" + published + "' is not an ISO date (YYYY-MM-DD)");
    }
    a.setPublished(date.get().toString());
    String language = trimToNull(a.getLanguage());
    if (language != null) {
      String code = normalizeLanguage(language);
      if (!languages.contains(code)) {
        return reject(
            RejectReason.UNSUPPORTED_LANGUAGE,
            "language '" + language + "' is not one of " + languages);
      }
      a.setLanguage(code);
    }
    return Optional.empty();
  }

  /** Parses {@code YYYY-MM-DD}, or an ISO date-time with offset, to a date. */
  public static Optional<LocalDate> parseDate(String value) {
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(OffsetDateTime.parse(value).toLocalDate());
      } catch (DateTimeParseException e2) {
        try {
          return Optional.of(LocalDateTime.parse(value).toLocalDate());
        } catch (DateTimeParseException e3) {
          return Optional.empty();
        }
      }
    }
  }

  /** {@code EN}, {@code en-US}, {@code eng} and {@code english} all become {@code en}. */
  public static String normalizeLanguage(String language) {
    String l = language.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    int dash = l.indexOf('-');
    if (dash > 0) {
      l = l.substring(0, dash);
    }
    if (l.length() == 3 || l.length() > 3) {
      for (String iso : Locale.getISOLanguages()) {
        Locale loc = Locale.forLanguageTag(iso);
        if (l.equals(loc.getISO3Language())
            || l.equals(loc.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT))) {
          return iso;
        }
      }
    }
    return l;
  }

  private static Optional<Verdict> reject(RejectReason reason, String detail) {
    return Optional.of(new Verdict(reason, detail));
  }

  private static String trimToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = s.trim();
    return t.isEmpty() ? null : t;
  }
}
