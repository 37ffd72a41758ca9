package com.mediaframing.sentiment;

import java.util.Set;

/**
 * The closed word classes the lexicon scorers react to: negators, VADER's boosters and dampeners,
 * contrastive conjunctions, relative pronouns and reporting verbs. All sets hold lower-case forms
 * and are immutable, so the class is thread-safe. Negators and intensifiers follow VADER's lists
 * (vaderSentiment 3.3), with OpenNLP's split clitic {@code n't} added.
 */
public final class SentimentCues {
  private SentimentCues() {}

  /** Words that flip or damp the valence of the following words (VADER's NEGATE, plus n't, no). */
  public static final Set<String> NEGATORS =
      Set.of(
          "not",
          "n't",
          "no",
          "never",
          "none",
          "nothing",
          "nowhere",
          "neither",
          "nor",
          "without",
          "cannot",
          "rarely",
          "seldom",
          "despite",
          "nope",
          "aint",
          "arent",
          "cant",
          "couldnt",
          "didnt",
          "doesnt",
          "dont",
          "hadnt",
          "hasnt",
          "havent",
          "isnt",
          "wasnt",
          "werent",
          "wont",
          "wouldnt",
          "shouldnt",
          "mustnt",
          "neednt",
          "ain't",
          "aren't",
          "can't",
          "couldn't",
          "didn't",
          "doesn't",
          "don't",
          "hadn't",
          "hasn't",
          "haven't",
          "isn't",
          "wasn't",
          "weren't",
          "won't",
          "wouldn't",
          "shouldn't",
          "mustn't",
          "needn't");

  /** Intensifiers that add VADER's B_INCR to the magnitude of the next sentiment word. */
  public static final Set<String> BOOSTERS =
      Set.of(
          "absolutely",
          "amazingly",
          "awfully",
          "completely",
          "considerably",
          "decidedly",
          "deeply",
          "enormously",
          "entirely",
          "especially",
          "exceptionally",
          "extremely",
          "fully",
          "greatly",
          "highly",
          "hugely",
          "incredibly",
          "intensely",
          "majorly",
          "more",
          "most",
          "particularly",
          "purely",
          "quite",
          "really",
          "remarkably",
          "so",
          "substantially",
          "thoroughly",
          "totally",
          "tremendously",
          "unbelievably",
          "unusually",
          "utterly",
          "very");

  /** Downtoners that subtract VADER's B_INCR from the magnitude (hardly is one, as in VADER). */
  public static final Set<String> DAMPENERS =
      Set.of(
          "almost",
          "barely",
          "hardly",
          "less",
          "little",
          "marginally",
          "occasionally",
          "partly",
          "scarcely",
          "slightly",
          "somewhat",
          "kinda",
          "sorta");

  /** Conjunctions and adverbs that open a contrasting or subordinate clause. */
  public static final Set<String> CLAUSE_OPENERS =
      Set.of(
          "but",
          "however",
          "although",
          "though",
          "whereas",
          "while",
          "yet",
          "nevertheless",
          "nonetheless",
          "because",
          "unless");

  /** Relative pronouns: they open a clause that describes the noun before them. */
  public static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "whose", "which");

  /** Punctuation that always separates clauses. */
  public static final Set<String> CLAUSE_PUNCTUATION =
      Set.of(";", ":", "—", "–", "--", "(", ")", "[", "]");

  /** Quotation marks as the tokenizer emits them; each one opens or closes a quote. */
  public static final Set<String> QUOTES = Set.of("\"", "“", "”", "``", "''", "‘", "’", "'");

  /**
   * Lemmas of verbs that introduce what someone says, claims or thinks, including evaluative speech
   * acts (condemn, accuse, praise): their complement is the subject's view, not a view of the
   * subject.
   */
  public static final Set<String> REPORTING_VERBS =
      Set.of(
          "say",
          "tell",
          "warn",
          "stress",
          "urge",
          "claim",
          "argue",
          "add",
          "note",
          "insist",
          "accuse",
          "call",
          "write",
          "tweet",
          "state",
          "announce",
          "declare",
          "suggest",
          "contend",
          "proclaim",
          "boast",
          "brag",
          "tout",
          "allege",
          "assert",
          "explain",
          "predict",
          "complain",
          "deny",
          "admit",
          "acknowledge",
          "reply",
          "respond",
          "ask",
          "demand",
          "vow",
          "promise",
          "threaten",
          "report",
          "testify",
          "emphasize",
          "caution",
          "charge",
          "describe",
          "reiterate",
          "maintain",
          "believe",
          "think",
          "condemn",
          "criticize",
          "denounce",
          "blame",
          "slam",
          "blast",
          "praise",
          "welcome",
          "defend",
          "dismiss",
          "reject",
          "attack",
          "label",
          "lament",
          "question",
          "decry",
          "recall");

  /** The word "but", which VADER uses to shift weight to the clause after it. */
  public static final String BUT = "but";
}
