package com.mediaframing.sentiment;

import com.mediaframing.nlp.AnnotatedSentence;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Scores the sentiment toward a target with the VADER lexicon, weighing each sentiment word by
 * where it stands relative to the target rather than averaging the whole sentence:
 *
 * <ol>
 *   <li>each token gets its contextual valence ({@link TokenValences}: negation, intensifiers,
 *       "but");
 *   <li>words count fully only in the target's clause ({@link ClauseSegmenter}, plus a relative
 *       clause right after the target); outside it they are multiplied by {@link
 *       LexiconScorerOptions#outsideClauseWeight()};
 *   <li>within that, a word {@code d} tokens from the mention weighs {@code decay^(d-1)}, and a
 *       word closer to another target of the sentence is damped;
 *   <li>the target's role is read from word order and POS tags. When the target is the subject of a
 *       reporting verb ("Lavrov said …"), is credited after it ("…, said Lavrov") or introduced by
 *       "according to", what it says is the speaker's view, not a view of the speaker, and is
 *       damped by {@link LexiconScorerOptions#speakerContentWeight()}. When the target is the
 *       subject of a verb with valence ("Iran condemned the US strikes"), the verb and its object
 *       phrase are damped for the target; the object, scored on its own, gets them in full. Passive
 *       subjects ("Trump was criticized") and copular subjects ("Trump is reckless") keep
 *       everything;
 *   <li>the weighted sum {@code x} maps to {@code x / sqrt(x^2 + alpha)} in [-1, 1] and to a label
 *       by the two thresholds.
 * </ol>
 *
 * Immutable and thread-safe: the lexicon and options are shared read-only, all state is local.
 */
public final class LexiconTargetScorer implements TargetSentimentScorer {
  /** Identifier written to the run manifest. */
  public static final String ID = "lexicon-v1";

  /** Tokens between two commas that still count as an apposition of the target. */
  public static final int MAX_APPOSITION_TOKENS = 8;

  /**
   * Title words ("Foreign Minister") allowed between a postposed reporting verb and its speaker.
   */
  public static final int MAX_TITLE_TOKENS = 4;

  private final LexiconScorerOptions options;
  private final TokenValences valences;
  private final ClauseSegmenter segmenter = new ClauseSegmenter();

  public LexiconTargetScorer(VaderLexicon lexicon, LexiconScorerOptions options) {
    this.options = options;
    this.valences = new TokenValences(lexicon, options.valenceRules());
  }

  /** A scorer with {@link VaderLexicon#get()} and {@link LexiconScorerOptions#DEFAULTS}. */
  public LexiconTargetScorer() {
    this(VaderLexicon.get(), LexiconScorerOptions.DEFAULTS);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public TargetSentiment score(
      AnnotatedSentence s, TokenSpan target, List<TokenSpan> otherTargets) {
    TargetSentimentScorer.checkSpan(s, target.start(), target.end());
    double score = normalise(weightedValence(s, target, otherTargets));
    return new TargetSentiment(score, label(score));
  }

  /** A weighted valence sum mapped to a score in [-1, 1]. */
  double normalise(double sum) {
    return sum / Math.sqrt(sum * sum + options.alpha());
  }

  /** The weighted sum of valences toward the target, before normalisation; for tuning and tests. */
  double weightedValence(AnnotatedSentence s, TokenSpan target, List<TokenSpan> otherTargets) {
    double[] v = valences.compute(s);
    int[] seg = segmenter.segment(s);
    return weightedValence(s, v, seg, ownClause(s, seg, target), target, otherTargets);
  }

  /**
   * The same sum from the sentence's contextual valences ({@link TokenValences} with this scorer's
   * rules), clause segments and the target's own clause, for callers that computed them already.
   */
  double weightedValence(
      AnnotatedSentence s,
      double[] v,
      int[] seg,
      boolean[] own,
      TokenSpan target,
      List<TokenSpan> otherTargets) {
    double[] role = roleWeights(s, seg, own, target);
    double sum = 0.0;
    for (int i = 0; i < v.length; i++) {
      if (v[i] == 0.0) {
        continue;
      }
      double w;
      if (target.contains(i)) {
        w = options.mentionWeight();
      } else {
        int d = target.distanceTo(i);
        w = Math.max(options.minDistanceWeight(), Math.pow(options.distanceDecay(), d - 1));
        if (!own[i]) {
          w *= options.outsideClauseWeight();
        }
        if (closerToOther(i, d, otherTargets)) {
          w *= options.otherTargetWeight();
        }
      }
      sum += w * role[i] * v[i];
    }
    return sum;
  }

  private SentimentLabel label(double score) {
    if (score != 0.0 && score <= -options.negativeThreshold()) {
      return SentimentLabel.NEGATIVE;
    }
    if (score != 0.0 && score >= options.positiveThreshold()) {
      return SentimentLabel.POSITIVE;
    }
    return SentimentLabel.NEUTRAL;
  }

  private static boolean closerToOther(int i, int d, List<TokenSpan> others) {
    for (TokenSpan o : others) {
      if (o.distanceTo(i) < d) {
        return true;
      }
    }
    return false;
  }

  /** Tokens of the target's own segment(s), plus a relative clause opening right after it. */
  static boolean[] ownClause(AnnotatedSentence s, int[] seg, TokenSpan target) {
    boolean[] own = new boolean[s.size()];
    for (int k = target.start(); k < target.end(); k++) {
      own[k] = true;
      markSegment(seg, seg[k], own);
    }
    int rel = attachedRelative(s, seg, target);
    if (rel >= 0) {
      markSegment(seg, seg[rel], own);
    }
    return own;
  }

  private static void markSegment(int[] seg, int id, boolean[] own) {
    if (id == ClauseSegmenter.BOUNDARY) {
      return;
    }
    for (int i = 0; i < seg.length; i++) {
      if (seg[i] == id) {
        own[i] = true;
      }
    }
  }

  /** Index of a relative pronoun right after the target (a comma may intervene), else -1. */
  private static int attachedRelative(AnnotatedSentence s, int[] seg, TokenSpan target) {
    int j = target.end();
    if (j < s.size() && ",".equals(s.token(j))) {
      j++;
    }
    if (j < s.size()
        && seg[j] != ClauseSegmenter.BOUNDARY
        && SentimentCues.RELATIVE_PRONOUNS.contains(lower(s, j))) {
      return j;
    }
    return -1;
  }

  private double[] roleWeights(AnnotatedSentence s, int[] seg, boolean[] own, TokenSpan target) {
    int n = s.size();
    double[] role = new double[n];
    Arrays.fill(role, 1.0);
    int verb = subjectVerb(s, seg, target);
    if (verb >= 0) {
      boolean reporting = SentimentCues.REPORTING_VERBS.contains(s.lemma(verb));
      if (reporting) {
        role[verb] = options.agentVerbWeight();
        for (int i = 0; i < n; i++) {
          if (i > verb || (i < target.start() && !own[i])) {
            role[i] = options.speakerContentWeight();
          }
        }
        return role;
      }
      if (valences.isSentimentWord(s, verb)) {
        role[verb] = options.agentVerbWeight();
        for (int i = verb + 1; i < n && seg[i] == seg[verb]; i++) {
          role[i] = options.agentObjectWeight();
        }
      }
      return role;
    }
    int attribution = postposedReportingVerb(s, seg, target);
    int phraseStart = attribution;
    if (attribution < 0 && accordingTo(s, target)) {
      phraseStart = target.start() - 2;
    }
    if (phraseStart >= 0) {
      if (attribution >= 0) {
        role[attribution] = options.agentVerbWeight();
      }
      for (int i = 0; i < n; i++) {
        if ((i < phraseStart || i >= target.end()) && !own[i]) {
          role[i] = options.speakerContentWeight();
        }
      }
    }
    return role;
  }

  /**
   * The verb whose subject the target is, judged by word order: the first VERB after the target in
   * its clause, across auxiliaries, adverbs, a comma-delimited apposition, an attached relative
   * clause and at most {@code maxSubjectGap} other tokens. -1 when the target is not a subject, is
   * a passive subject (be/get + verb) or a copular subject (be + non-verb).
   */
  int subjectVerb(AnnotatedSentence s, int[] seg, TokenSpan target) {
    int n = s.size();
    int own = seg[target.end() - 1];
    int gap = 0;
    int j = target.end();
    int rel = attachedRelative(s, seg, target);
    if (rel >= 0) {
      j = rel;
      while (j < n && seg[j] == seg[rel]) {
        j++;
      }
      own = j < n ? seg[j] : own;
    }
    boolean passive = false;
    while (j < n) {
      if (seg[j] == ClauseSegmenter.BOUNDARY || seg[j] != own) {
        return -1;
      }
      String tag = s.tag(j);
      if (",".equals(s.token(j))) {
        int close = appositionEnd(s, seg, j);
        if (close < 0) {
          return -1;
        }
        j = close + 1;
        continue;
      }
      switch (tag) {
        case "VERB":
          boolean progressive = lower(s, j).endsWith("ing");
          return passive && !progressive ? -1 : j;
        case "AUX":
          String lemma = s.lemma(j);
          if ("be".equals(lemma) || "get".equals(lemma)) {
            if (!verbFollows(s, j)) {
              return -1;
            }
            passive = true;
          }
          break;
        case "ADV", "PART":
          break;
        default:
          if (++gap > options.maxSubjectGap()) {
            return -1;
          }
      }
      j++;
    }
    return -1;
  }

  /** Whether a VERB follows token {@code j} across adverbs and particles. */
  private static boolean verbFollows(AnnotatedSentence s, int j) {
    for (int k = j + 1; k < s.size(); k++) {
      String tag = s.tag(k);
      if ("VERB".equals(tag)) {
        return true;
      }
      if (!"ADV".equals(tag) && !"PART".equals(tag) && !"AUX".equals(tag)) {
        return false;
      }
    }
    return false;
  }

  /** The closing comma of an apposition opened by the comma at {@code open}, or -1. */
  private static int appositionEnd(AnnotatedSentence s, int[] seg, int open) {
    for (int k = open + 1; k < s.size() && k <= open + MAX_APPOSITION_TOKENS; k++) {
      if (seg[k] != seg[open] || "VERB".equals(s.tag(k))) {
        return -1;
      }
      if (",".equals(s.token(k))) {
        return k > open + 1 ? k : -1;
      }
    }
    return -1;
  }

  /**
   * A reporting verb just before the target that follows a comma, quotation mark or the sentence
   * start ("…," said Foreign Minister Lavrov), or -1.
   */
  static int postposedReportingVerb(AnnotatedSentence s, int[] seg, TokenSpan target) {
    int k = target.start() - 1;
    int titles = 0;
    while (k >= 0 && titles < MAX_TITLE_TOKENS && isTitleWord(s.tag(k))) {
      k--;
      titles++;
    }
    if (k < 0 || !SentimentCues.REPORTING_VERBS.contains(s.lemma(k))) {
      return -1;
    }
    if (k == 0 || ",".equals(s.token(k - 1)) || seg[k - 1] == ClauseSegmenter.BOUNDARY) {
      return k;
    }
    return -1;
  }

  private static boolean isTitleWord(String tag) {
    return "PROPN".equals(tag) || "NOUN".equals(tag) || "ADJ".equals(tag) || "DET".equals(tag);
  }

  static boolean accordingTo(AnnotatedSentence s, TokenSpan target) {
    int k = target.start();
    return k >= 2 && "according".equals(lower(s, k - 2)) && "to".equals(lower(s, k - 1));
  }

  private static String lower(AnnotatedSentence s, int i) {
    return s.token(i).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
  }
}
