package com.mediaframing.ingest;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one input record against the article contract and normalizes what it accepts: trimmed id
 * and outlet, {@code published} as {@code YYYY-MM-DD}, language as a lower-case ISO 639-1 code.
 * Only a record that cannot be analyzed is rejected: one that could not be parsed, has no id, no
 * text, a text over the size limit, or a language that is not accepted. An article without an
 * outlet is kept under the outlet {@value #UNKNOWN_OUTLET}. An article without a date, or whose
 * date no rule of {@link PublishedDates} reads, is kept undated ({@code published} null; the value
 * as given stays in {@code publishedRaw}); with {@code requireDate} (the {@code --require-date}
 * option) it is rejected as {@code missing_date} or {@code bad_date} instead. Duplicate ids are a
 * corpus-wide property and are checked elsewhere. Immutable and thread-safe.
 */
public final class ArticleValidator implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The outlet of an article whose record names none. */
  public static final String UNKNOWN_OUTLET = "unknown";

  /** The outcome for one record: a reason and detail when it is rejected. */
  public record Verdict(RejectReason reason, String detail) {}

  private final int maxTextChars;
  private final Set<String> languages;
  private final PublishedDates dates;
  private final boolean requireDate;

  /** A validator with the built-in date forms that keeps undated articles. */
  public ArticleValidator(int maxTextChars, Set<String> languages) {
    this(maxTextChars, languages, PublishedDates.builtIn(), false);
  }

  /**
   * @param maxTextChars longest accepted text, in characters
   * @param languages accepted ISO 639-1 codes (e.g. {@code en}); records whose {@code language}
   *     field is empty are accepted here and checked by language detection later
   * @param dates how {@code published} values are read
   * @param requireDate reject articles without a readable date (the rule before undated articles
   *     were kept)
   */
  public ArticleValidator(
      int maxTextChars, Set<String> languages, PublishedDates dates, boolean requireDate) {
    this.maxTextChars = maxTextChars;
    this.languages = Set.copyOf(languages);
    this.dates = dates;
    this.requireDate = requireDate;
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
    if (a.getText() == null || a.getText().isBlank()) {
      return reject(RejectReason.EMPTY_TEXT, "text is empty");
    }
    if (a.getText().length() > maxTextChars) {
      return reject(
          RejectReason.TEXT_TOO_LONG, a.getText().length() + " characters, limit " + maxTextChars);
    }
    String published = trimToNull(a.getPublished());
    a.setPublishedRaw(published);
    a.setPublished(null);
    if (published == null && requireDate) {
      return reject(RejectReason.MISSING_DATE, "published is empty (--require-date)");
    }
    if (published != null) {
      Optional<LocalDate> date = dates.parse(published);
      if (date.isEmpty() && requireDate) {
        return reject(
            RejectReason.BAD_DATE,
            "published '" + published + "' is not a date any rule reads (--require-date)");
      }
      a.setPublished(date.map(LocalDate::toString).orElse(null));
    }
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
    if (a.getOutlet() == null) {
      a.setOutlet(UNKNOWN_OUTLET);
    }
    return Optional.empty();
  }

  /** The date of {@code value} by the built-in rules of {@link PublishedDates}. */
  public static Optional<LocalDate> parseDate(String value) {
    return PublishedDates.builtIn().parse(value);
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
