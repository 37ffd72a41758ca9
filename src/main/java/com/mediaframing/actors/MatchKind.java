package com.mediaframing.actors;

import java.util.Locale;

/** How an {@link ActorMention} was recognised. */
public enum MatchKind {
  /** An alias from the dictionary, matched exactly up to normalization. */
  ALIAS,
  /** A spelling variant of a person's name within a small edit distance ("Segrei Lavrov"). */
  FUZZY,
  /** A bare surname referring back to a person mentioned in full earlier in the article. */
  SURNAME;

  /**
   * The lower-case name written to output tables: {@code alias}, {@code fuzzy}, {@code surname}.
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
