package com.mediaframing.clean;

import com.mediaframing.nlp.TextSpan;
import java.io.Serializable;
import java.util.Objects;

/**
 * A line that {@link BoilerplateCleaner} dropped: its trimmed span in the article text and why,
 * e.g. {@code rule:donation_appeal}, {@code repeated_in_outlet}, {@code tag_line}, {@code
 * duplicate_line} or {@code footer}. Immutable.
 */
public record RemovedLine(TextSpan span, String reason) implements Serializable {
  public RemovedLine {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(reason, "reason");
  }
}
