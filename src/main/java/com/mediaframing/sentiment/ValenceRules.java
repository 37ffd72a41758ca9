package com.mediaframing.sentiment;

/**
 * How single words' lexicon valences are adjusted by their neighbours before any target logic:
 * VADER's rules for negation, intensifiers and "but". The defaults ({@link #VADER}) are VADER's
 * published constants. Immutable and thread-safe.
 *
 * @param negationWindow how many tokens before a sentiment word a negator still reaches (VADER: 3)
 * @param negationScalar factor applied to a negated word's valence (VADER's N_SCALAR: -0.74)
 * @param boosterIncrement magnitude a booster adds or a dampener removes (VADER's B_INCR: 0.293)
 * @param beforeButWeight factor on words before "but" in the same sentence (VADER: 0.5)
 * @param afterButWeight factor on words after "but" (VADER: 1.5)
 * @param contentWordsOnly whether only NOUN, VERB, ADJ, ADV, INTJ (and untagged X) tokens may carry
 *     valence; this keeps "like" as a preposition, "no" as a determiner and names such as "Liberty"
 *     from counting. VADER itself has no such filter.
 */
public record ValenceRules(
    int negationWindow,
    double negationScalar,
    double boosterIncrement,
    double beforeButWeight,
    double afterButWeight,
    boolean contentWordsOnly) {

  /** VADER's rules without a POS filter. */
  public static final ValenceRules VADER = new ValenceRules(3, -0.74, 0.293, 0.5, 1.5, false);

  public ValenceRules {
    if (negationWindow < 0) {
      throw new IllegalArgumentException("negationWindow " + negationWindow + " is negative");
    }
  }

  /** The same rules with the given POS filter setting. */
  public ValenceRules withContentWordsOnly(boolean only) {
    return new ValenceRules(
        negationWindow, negationScalar, boosterIncrement, beforeButWeight, afterButWeight, only);
  }
}
