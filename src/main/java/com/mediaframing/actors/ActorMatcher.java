package com.mediaframing.actors;

import com.mediaframing.nlp.AnnotatedSentence;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Finds the actors of an {@link ActorDictionary} in a tagged article and returns their mentions in
 * text order. Aliases are matched on normalized word pieces (see {@link Pieces}: case-, accent-,
 * apostrophe- and dash-insensitive, possessives and acronym periods ignored) through a trie, so the
 * cost per token does not grow with the dictionary. Rules, in order of precedence:
 *
 * <ul>
 *   <li><b>Longest match wins</b>, mentions never overlap, and a multi-word alias never spans
 *       punctuation other than hyphens and dashes.
 *   <li><b>Case</b>: short all-capital aliases ("US", "UK", "EU", "UN", "FBI") match only in
 *       capitals ("U.S." counts), so the pronoun "us" is never the United States. An alias found
 *       entirely in lower case ("trump card", "russian foreign minister" in a keyword line) matches
 *       only when the tagger calls one of its words a proper noun (or the text is untagged, {@code
 *       X}).
 *   <li><b>Windows</b>: a windowed alias matches only in articles published inside its window; with
 *       no publication date it does not match.
 *   <li><b>Titles</b>: role titles are ordinary aliases. Adjacent mentions of the same actor with
 *       no punctuation between them are merged into one mention covering the whole span, so
 *       "Secretary of State Marco Rubio" is one mention whose surface includes the title.
 *   <li><b>Ambiguity</b>: when an alias belongs to several actors, the one mentioned most recently
 *       in the article wins, otherwise the one listed first in the dictionary.
 *   <li><b>Spelling variants</b> ({@link MatchKind#FUZZY}, persons only): in a multi-word alias one
 *       capitalized piece may differ from a name token of the person by an optimal-string-alignment
 *       edit distance of 1 (name tokens of {@link Options#minFuzzyLength} to {@link
 *       Options#longNameLength}-1 letters) or 2 (longer names) while the other pieces match exactly
 *       ("Segrei Lavrov"). A lone capitalized piece of at least {@link Options#minStandaloneLength}
 *       letters within distance 1 of a person's surname or one-word alias also matches. Variants
 *       are only tried on pieces that are capitalized, tagged {@code PROPN} (or untagged {@code
 *       X}), not a piece of any alias, and do not occur in lower case elsewhere in the article (a
 *       common word).
 *   <li><b>Bare surnames</b> ({@link MatchKind#SURNAME}, persons only): the last token of a
 *       person's name, capitalized, refers to that person once the person was mentioned by an alias
 *       earlier in the article; if several persons share it, to the one mentioned most recently.
 *       Surnames listed as aliases in the dictionary match everywhere, as {@link MatchKind#ALIAS}.
 *   <li><b>Stop rows</b>: aliases of actors of type {@link Actor#STOP_TYPE} are matched but
 *       dropped, which keeps "Washington" in "Washington Post" from counting as the United States.
 * </ul>
 *
 * <p>Immutable and thread-safe; Serializable so that Spark can ship it to executors (the lookup
 * structures are rebuilt on deserialization from the dictionary).
 */
public final class ActorMatcher implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /**
   * Tuning of spelling variants and bare surnames.
   *
   * @param spellingVariants whether to match spelling variants of person names (default true)
   * @param bareSurnames whether a bare surname refers back to a person named earlier (default true)
   * @param minFuzzyLength shortest name token that may have variants, distance 1 (default 5)
   * @param longNameLength shortest name token that allows distance 2 (default 8)
   * @param minStandaloneLength shortest lone text piece matched as a surname variant (default 6)
   */
  public record Options(
      boolean spellingVariants,
      boolean bareSurnames,
      int minFuzzyLength,
      int longNameLength,
      int minStandaloneLength)
      implements Serializable {
    /** The defaults listed above. */
    public static final Options DEFAULTS = new Options(true, true, 5, 8, 6);

    public Options {
      if (minFuzzyLength < 3 || longNameLength <= minFuzzyLength || minStandaloneLength < 3) {
        throw new IllegalArgumentException(
            "bad fuzzy lengths: min "
                + minFuzzyLength
                + ", long "
                + longNameLength
                + ", standalone "
                + minStandaloneLength);
      }
    }
  }

  private final ActorDictionary dictionary;
  private final Options options;
  private final transient AliasIndex index;

  /** A matcher with {@link Options#DEFAULTS}. */
  public ActorMatcher(ActorDictionary dictionary) {
    this(dictionary, Options.DEFAULTS);
  }

  public ActorMatcher(ActorDictionary dictionary, Options options) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.options = Objects.requireNonNull(options, "options");
    this.index = new AliasIndex(dictionary, options);
  }

  public ActorDictionary dictionary() {
    return dictionary;
  }

  public Options options() {
    return options;
  }

  /**
   * The actor mentions of one article, in text order.
   *
   * @param text the article text the sentences' offsets point into
   * @param sentences the article's tagged sentences, in order
   * @param published publication date, or {@code null} when unknown (windowed aliases then never
   *     match)
   */
  public List<ActorMention> find(
      String text, List<AnnotatedSentence> sentences, LocalDate published) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentences, "sentences");
    ArticleScan scan = new ArticleScan(index, options, text, sentences, published);
    for (AnnotatedSentence sentence : sentences) {
      scan.sentence(sentence);
    }
    return scan.mentions();
  }

  @Serial
  private Object readResolve() {
    return new ActorMatcher(dictionary, options);
  }
}
