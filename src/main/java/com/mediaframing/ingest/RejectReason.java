package com.mediaframing.ingest;

/**
 * Why an input record was not processed. The {@link #id()} is what the {@code rejects} table's
 * {@code reason} column holds; the table's {@code detail} column says more about the record. A
 * record is rejected only when it cannot be analyzed; {@link #MISSING_DATE} and {@link #BAD_DATE}
 * occur only under {@code --require-date}, and {@link #MISSING_OUTLET} no longer occurs (an article
 * without an outlet is kept under {@link ArticleValidator#UNKNOWN_OUTLET}; the id stays so that
 * older rejects tables keep their meaning).
 */
public enum RejectReason {
  MALFORMED_RECORD("malformed_record"),
  MISSING_ID("missing_id"),
  MISSING_OUTLET("missing_outlet"),
  EMPTY_TEXT("empty_text"),
  MISSING_DATE("missing_date"),
  BAD_DATE("bad_date"),
  TEXT_TOO_LONG("text_too_long"),
  UNSUPPORTED_LANGUAGE("unsupported_language"),
  DUPLICATE_ID("duplicate_id"),
  NO_TEXT_AFTER_CLEANING("no_text_after_cleaning");

  private final String id;

  RejectReason(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
