package com.mediaframing.actors;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One surface form under which an actor appears in news text, optionally valid only in a window of
 * publication dates (for role titles whose holder changes, e.g. "Secretary of State"). The window
 * is half-open: {@code validFrom} inclusive, {@code validUntil} exclusive, so consecutive holders
 * can share a boundary date; a {@code null} end is open. In the dictionary CSV a window is written
 * {@code alias@FROM..UNTIL} with ISO dates, either end may be empty. Immutable and thread-safe.
 *
 * @param text the alias as written in the dictionary (without the window)
 * @param validFrom first publication date on which the alias matches, or {@code null} for no limit
 * @param validUntil first publication date on which it no longer matches, or {@code null}
 */
public record ActorAlias(String text, LocalDate validFrom, LocalDate validUntil)
    implements Serializable {

  public ActorAlias {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("alias text is blank");
    }
    if (validFrom != null && validUntil != null && !validFrom.isBefore(validUntil)) {
      throw new IllegalArgumentException(
          "alias window of '" + text + "' is empty: " + validFrom + ".." + validUntil);
    }
  }

  /** An alias without a validity window. */
  public static ActorAlias of(String text) {
    return new ActorAlias(text, null, null);
  }

  /** Whether the alias has a validity window. */
  public boolean windowed() {
    return validFrom != null || validUntil != null;
  }

  /**
   * Whether the alias matches in an article published on {@code published}. Aliases without a
   * window always match; windowed aliases never match an article without a date.
   */
  public boolean validOn(LocalDate published) {
    if (!windowed()) {
      return true;
    }
    if (published == null) {
      return false;
    }
    return (validFrom == null || !published.isBefore(validFrom))
        && (validUntil == null || published.isBefore(validUntil));
  }

  @Override
  public String toString() {
    if (!windowed()) {
      return text;
    }
    return text
        + "@"
        + (validFrom == null ? "" : validFrom)
        + ".."
        + (validUntil == null ? "" : validUntil);
  }
}
