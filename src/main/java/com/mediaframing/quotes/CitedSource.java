package com.mediaframing.quotes;

import java.io.Serializable;
import java.util.Objects;

/**
 * A news organisation an article cites as its source: "TASS reported", "according to Reuters",
 * "told Reuters", "the Post has learned". Offsets are 0-based, end exclusive, into the article text
 * as given in the input. Immutable and thread-safe.
 *
 * @param name the organisation as the text names it ("the Post", "RFE/RL")
 * @param nameStart offset of the naming
 * @param nameEnd offset just after the naming
 * @param canonical the organisation's canonical name from the media list ("Reuters")
 * @param cue the phrase that cites it ("reported", "according to", "told")
 * @param quoteIndex the {@link Quote#quoteIndex()} of the attribution the citation belongs to, or
 *     -1 when the citation carries no extracted quote
 */
public record CitedSource(
    String name, int nameStart, int nameEnd, String canonical, String cue, int quoteIndex)
    implements Serializable {
  public CitedSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(canonical, "canonical");
    Objects.requireNonNull(cue, "cue");
    if (nameStart < 0 || nameEnd <= nameStart) {
      throw new IllegalArgumentException("bad name span [" + nameStart + ", " + nameEnd + ")");
    }
  }
}
