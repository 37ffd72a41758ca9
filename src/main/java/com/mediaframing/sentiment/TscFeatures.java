package com.mediaframing.sentiment;

import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.WordClusters;
import com.mediaframing.nlp.WordVectors;
import java.util.List;
import java.util.Locale;

/**
 * Turns one target in a tagged sentence into the binary feature strings of the target sentiment
 * model ({@link ModelTargetScorer}). The target's own words are masked: the model learns how the
 * sentence speaks about a target, not which targets the training news liked. Feature families:
 *
 * <ul>
 *   <li>{@code lex=}, {@code tone=}: the {@link LexiconTargetScorer} score toward the target and
 *       the {@link SentenceToneScorer} score of the whole sentence, each in five buckets;
 *   <li>{@code wL1=}, {@code wR3=}, {@code wLf=} …: context lemmas with their side (L/R) and
 *       distance bucket (1, 3, 8, far), {@code wo=}: lemmas outside the target's clause, {@code
 *       bow=}: every context lemma regardless of position; other targets appear as {@code <t>},
 *       numbers as {@code <num>}; {@code tL2=} …: POS tags of the three tokens on either side;
 *   <li>{@code sL3+}, {@code sRf-} …: signs of contextual VADER valences (after negation and
 *       intensifiers) by side, distance bucket and clause, and {@code sl=}: sentiment lemma with
 *       its contextual sign and clause;
 *   <li>{@code pos+=}, {@code neg-=}: distance-weighted sums of positive and negative valence in
 *       the target's clause, bucketed;
 *   <li>{@code lb=}, {@code rb=}, {@code lp=}, {@code rp=}: lemma bigrams and POS pairs next to the
 *       target;
 *   <li>{@code role=}: subject of a reporting verb, subject of another verb (with the verb's lemma
 *       and valence sign), speaker credited after a quote, "according to", possessor, object of a
 *       verb; {@code inq}: the target stands inside a quotation; {@code nt=}: number of other
 *       targets; {@code rl=}: the role joined with the lexicon bucket;
 *   <li>word clusters ({@link WordClusters}, Word2Vec + k-means over news text), so that words the
 *       labelled data rarely shows share weights with their neighbours: {@code cb=}: the
 *       256-cluster id of every context word; {@code cL=}, {@code cR=}: the 1024-cluster id of the
 *       three tokens on either side; {@code rvc=}, {@code avc=}, {@code ovc=}, {@code pvc=}: the
 *       1024-cluster id of the verb (or preposition) that gives the target its role;
 *   <li>(v3) further mentions of the same target (NewsMTSC's {@code further_mentions}, or the same
 *       actor named again in the job): masked as {@code self}; context distance and side count from
 *       the nearest mention; each further mention's role with an {@code m} prefix ({@code
 *       mrole=speaker}, {@code mav=}); {@code nm=}: how many (1, 2+);
 *   <li>(v3) {@code ctone=}, {@code otone=}: bucketed valence sums inside and outside the target's
 *       clause; {@code end=}: the sentence's final punctuation ({@code none} for headlines).
 * </ul>
 *
 * <p>(v4) Next to the strings, {@link #features} returns the {@link ContextWords}: the context
 * words that have a {@link WordVectors} entry, with the same nearness, side and clause as the
 * strings use, for the dense features of {@link ContextVectors}.
 *
 * <p>Training and evaluation take the strings ({@link #features}); {@link ModelTargetScorer} takes
 * the same features as 64-bit hashes of the same strings, computed from their parts without
 * building them ({@link FeatureHashes}). One method puts both ({@code addTo}, with a {@link
 * FeatureSink}), and a test checks that the hashes are those of the strings.
 *
 * <p>Other targets never contribute their words or clusters. Thread-safe: the lexicon scorers,
 * tables and cue sets are shared read-only, and each thread keeps the target-independent analyses
 * (clauses, contextual valences, sentence tone, each token's cluster and vector table lookups) of
 * the last sentence it saw, so that the job's several mentions of one sentence compute them once
 * ({@link AnnotatedSentence} is immutable).
 */
public final class TscFeatures {
  /** Cluster table column of the bag-of-clusters feature (k = 256). */
  static final int BAG_LEVEL = 1;

  /** Cluster table column of the near-context and verb cluster features (k = 1024). */
  static final int FINE_LEVEL = 2;

  private final LexiconTargetScorer lexicon;
  private final SentenceToneScorer tone;
  private final TokenValences valences;
  private final ClauseSegmenter segmenter = new ClauseSegmenter();
  private final WordClusters clusters;
  private final WordVectors vectors;

  private final ThreadLocal<SentenceAnalysis> lastSentence = new ThreadLocal<>();

  /**
   * @param clusters a table with at least {@value #FINE_LEVEL} + 1 levels, as built by {@code
   *     train-clusters}
   * @param vectors the word vectors of the dense context features
   */
  public TscFeatures(VaderLexicon vader, WordClusters clusters, WordVectors vectors) {
    if (clusters.levels() <= FINE_LEVEL) {
      throw new IllegalArgumentException(
          "the word cluster table has " + clusters.levels() + " levels, need " + (FINE_LEVEL + 1));
    }
    this.clusters = clusters;
    this.vectors = vectors;
    this.lexicon = new LexiconTargetScorer(vader, LexiconScorerOptions.DEFAULTS);
    this.tone = new SentenceToneScorer(vader);
    this.valences = new TokenValences(vader, LexiconScorerOptions.DEFAULTS.valenceRules());
  }

  /**
   * Features with {@link VaderLexicon#get()}, {@link WordClusters#bundled()} and {@link
   * WordVectors#bundled()}.
   */
  public TscFeatures() {
    this(VaderLexicon.get(), WordClusters.bundled(), WordVectors.bundled());
  }

  /** The word vectors behind {@link MentionFeatures#context()}. */
  public WordVectors vectors() {
    return vectors;
  }

  /**
   * The features of the target at {@code target} in {@code s} when the sentence names it once, in a
   * fixed order.
   *
   * @param others spans of the sentence's other targets, not containing {@code target}
   */
  public String[] extract(AnnotatedSentence s, TokenSpan target, List<TokenSpan> others) {
    return extract(s, target, others, List.of());
  }

  /**
   * The features of the target at {@code target} in {@code s}, in a fixed order.
   *
   * @param others spans of the sentence's other targets, not containing {@code target}
   * @param further other mentions of the same target in the sentence (a pronoun, a repeated name),
   *     not overlapping {@code target}: masked like the target, and a context word's distance and
   *     side count from the nearest mention
   */
  public String[] extract(
      AnnotatedSentence s, TokenSpan target, List<TokenSpan> others, List<TokenSpan> further) {
    return features(s, target, others, further).sparse();
  }

  /**
   * The feature strings of {@link #extract(AnnotatedSentence, TokenSpan, List, List)} and the
   * context words of the dense features.
   */
  public MentionFeatures features(
      AnnotatedSentence s, TokenSpan target, List<TokenSpan> others, List<TokenSpan> further) {
    FeatureSink.Strings strings = new FeatureSink.Strings();
    ContextWords context = addTo(strings, s, target, others, further);
    return new MentionFeatures(strings.toArray(), context);
  }

  /**
   * Puts the features of {@link #features} into {@code f} (the same strings in the same order, or
   * their hashes) and returns the context words of the dense features.
   */
  ContextWords addTo(
      FeatureSink f,
      AnnotatedSentence s,
      TokenSpan target,
      List<TokenSpan> others,
      List<TokenSpan> further) {
    TargetSentimentScorer.checkSpan(s, target.start(), target.end());
    for (TokenSpan m : further) {
      TargetSentimentScorer.checkSpan(s, m.start(), m.end());
    }
    f.add("bias");
    int n = s.size();
    SentenceAnalysis analysis = analyse(s);
    int[] seg = analysis.clauses;
    boolean[] own = LexiconTargetScorer.ownClause(s, seg, target);
    double[] v = analysis.valences;
    // The lexicon score from the same valences and clauses (computed once, not per scorer).
    String lex =
        FeatureNames.bucket(
            lexicon.normalise(lexicon.weightedValence(s, v, seg, own, target, others)));
    f.add("lex=", lex);
    f.add("tone=", FeatureNames.bucket(analysis.tone));
    boolean[] other = new boolean[n];
    for (TokenSpan o : others) {
      for (int i = o.start(); i < o.end() && i < n; i++) {
        other[i] = !target.contains(i);
      }
    }
    boolean[] self = new boolean[n];
    for (TokenSpan m : further) {
      for (int i = m.start(); i < m.end(); i++) {
        self[i] = !target.contains(i);
        other[i] = false;
      }
    }
    double posSum = 0.0;
    double negSum = 0.0;
    int[] ids = new int[n];
    double[] nearness = new double[n];
    boolean[] left = new boolean[n];
    boolean[] inClause = new boolean[n];
    int words = 0;
    for (int i = 0; i < n; i++) {
      if (target.contains(i)) {
        continue;
      }
      if (self[i]) {
        f.add("self");
        continue;
      }
      int side = i < target.start() ? 0 : 1;
      int d = target.distanceTo(i);
      for (TokenSpan m : further) {
        int dm = m.distanceTo(i);
        if (dm < d) {
          d = dm;
          side = i < m.start() ? 0 : 1;
        }
      }
      int near = FeatureNames.bucketIndex(d);
      String word = other[i] ? "<t>" : analysis.word(i);
      if (d <= 3) {
        f.add(FeatureNames.TAG_PREFIX[side][d], s.tag(i));
      }
      if (!other[i]) {
        addClusters(analysis.clusterRow(i), side, d, f);
        int id = analysis.vectorId(i);
        if (id >= 0) {
          ids[words] = id;
          nearness[words] = 1.0 / d;
          left[words] = side == 0;
          inClause[words] = own[i];
          words++;
        }
      }
      if (!word.isEmpty()) {
        f.add(FeatureNames.WORD_PREFIX[side][near], word);
        f.add("bow=", word);
        if (!own[i]) {
          f.add("wo=", word);
        }
      }
      if (v[i] != 0.0 && !other[i]) {
        int sign = v[i] > 0 ? 0 : 1;
        int clause = own[i] ? 0 : 1;
        f.add(FeatureNames.SIGN_FEATURE[side][near][clause][sign]);
        f.add(FeatureNames.SIGN_LEMMA_PREFIX[clause][sign], word);
        if (own[i]) {
          double w = v[i] / d;
          if (w > 0) {
            posSum += w;
          } else {
            negSum -= w;
          }
        }
      }
    }
    f.add("pos+=", FeatureNames.magnitude(posSum));
    f.add("neg-=", FeatureNames.magnitude(negSum));
    f.add("pn=", FeatureNames.magnitude(posSum), FeatureNames.magnitude(negSum));
    addNeighbours(analysis, target, other, f);
    String role = addRole(s, seg, v, analysis, target, "", f);
    f.add("rl=", role, "|", lex);
    for (TokenSpan m : further) {
      addRole(s, seg, v, analysis, m, "m", f);
    }
    if (!further.isEmpty()) {
      f.add("nm=", Math.min(further.size(), 2));
    }
    addClauseTone(v, own, target, f);
    String last = s.token(n - 1);
    f.add("end=", ".".equals(last) || "?".equals(last) || "!".equals(last) ? last : "none");
    if (FeatureNames.insideQuote(s, target.start())) {
      f.add("inq");
    }
    f.add("nt=", Math.min(others.size(), 3));
    return new ContextWords(ids, nearness, left, inClause, words);
  }

  /** The sentence's analyses, from this thread's memo when it is the same sentence as last time. */
  private SentenceAnalysis analyse(AnnotatedSentence s) {
    SentenceAnalysis last = lastSentence.get();
    if (last != null && last.sentence == s) {
      return last;
    }
    SentenceAnalysis analysis =
        new SentenceAnalysis(s, segmenter, valences, tone, clusters, vectors);
    lastSentence.set(analysis);
    return analysis;
  }

  /**
   * {@code ctone=}, {@code otone=}: the bucketed sum of contextual valences inside the target's
   * clause (the target's own words left out) and outside it, unweighted by distance.
   */
  private void addClauseTone(double[] v, boolean[] own, TokenSpan target, FeatureSink f) {
    double inside = 0.0;
    double outside = 0.0;
    for (int i = 0; i < v.length; i++) {
      if (own[i] && !target.contains(i)) {
        inside += v[i];
      } else if (!own[i]) {
        outside += v[i];
      }
    }
    f.add("ctone=", FeatureNames.bucket(lexicon.normalise(inside)));
    f.add("otone=", FeatureNames.bucket(lexicon.normalise(outside)));
  }

  /** Cluster features of a context word's cluster table row, {@code d} tokens from the target. */
  private void addClusters(int row, int side, int d, FeatureSink f) {
    int bag = clusters.cluster(row, BAG_LEVEL);
    if (bag >= 0) {
      f.add("cb=", bag);
    }
    if (d <= 3) {
      int fine = clusters.cluster(row, FINE_LEVEL);
      if (fine >= 0) {
        f.add(FeatureNames.NEAR_CLUSTER[side], fine);
      }
    }
  }

  /** The fine cluster of the role-giving word {@code i}, -1 when the table lacks it. */
  private int roleCluster(SentenceAnalysis analysis, int i) {
    return clusters.cluster(analysis.clusterRow(i), FINE_LEVEL);
  }

  private static void addNeighbours(
      SentenceAnalysis analysis, TokenSpan target, boolean[] other, FeatureSink f) {
    AnnotatedSentence s = analysis.sentence;
    int l1 = target.start() - 1;
    int r1 = target.end();
    String lw1 = l1 >= 0 ? maskedWord(analysis, l1, other) : "<s>";
    String lw2 = l1 - 1 >= 0 ? maskedWord(analysis, l1 - 1, other) : "<s>";
    String rw1 = r1 < s.size() ? maskedWord(analysis, r1, other) : "</s>";
    String rw2 = r1 + 1 < s.size() ? maskedWord(analysis, r1 + 1, other) : "</s>";
    f.add("lb=", lw2, "_", lw1);
    f.add("rb=", rw1, "_", rw2);
    f.add("lp=", FeatureNames.tag(s, l1 - 1), "_", FeatureNames.tag(s, l1));
    f.add("rp=", FeatureNames.tag(s, r1), "_", FeatureNames.tag(s, r1 + 1));
  }

  /**
   * The role features of one mention of the target, each name after {@code prefix} ("" for the
   * target, "m" for its further mentions); returns the role ({@code speaker}, {@code agent+} …).
   */
  private String addRole(
      AnnotatedSentence s,
      int[] seg,
      double[] v,
      SentenceAnalysis analysis,
      TokenSpan target,
      String prefix,
      FeatureSink f) {
    String role;
    int verb = lexicon.subjectVerb(s, seg, target);
    if (verb >= 0) {
      String lemma = s.lemma(verb).toLowerCase(Locale.ROOT);
      if (SentimentCues.REPORTING_VERBS.contains(lemma)) {
        role = "speaker";
        f.add(prefix, "role=", role);
        f.add(prefix, "rv=", lemma);
        f.add(prefix.concat("rvc="), roleCluster(analysis, verb));
      } else {
        double valence = v[verb];
        role = valence > 0 ? "agent+" : valence < 0 ? "agent-" : "agent";
        f.add(prefix, "role=", role);
        f.add(prefix, "av=", lemma);
        f.add(prefix.concat("avc="), roleCluster(analysis, verb));
      }
    } else if (LexiconTargetScorer.postposedReportingVerb(s, seg, target) >= 0) {
      role = "credited";
      f.add(prefix, "role=", role);
    } else if (LexiconTargetScorer.accordingTo(s, target)) {
      role = "according";
      f.add(prefix, "role=", role);
    } else {
      int k = target.start() - 1;
      while (k >= 0 && ("DET".equals(s.tag(k)) || "ADJ".equals(s.tag(k)))) {
        k--;
      }
      if (k >= 0 && "VERB".equals(s.tag(k))) {
        role = "object";
        f.add(prefix, "role=", role);
        f.add(prefix, "ov=", s.lemma(k).toLowerCase(Locale.ROOT));
        f.add(prefix.concat("ovc="), roleCluster(analysis, k));
      } else if (k >= 0 && "ADP".equals(s.tag(k))) {
        role = "pobj";
        f.add(prefix, "role=", role);
        f.add(prefix, "pv=", s.lemma(k).toLowerCase(Locale.ROOT));
        f.add(prefix.concat("pvc="), roleCluster(analysis, k));
      } else {
        role = "none";
        f.add(prefix, "role=", role);
      }
    }
    int after = target.end();
    if (after < s.size() && ("'s".equals(s.token(after)) || "’s".equals(s.token(after)))) {
      f.add(prefix, "poss");
    }
    return role;
  }

  private static String maskedWord(SentenceAnalysis analysis, int i, boolean[] other) {
    if (other[i]) {
      return "<t>";
    }
    String w = analysis.word(i);
    return w.isEmpty() ? analysis.sentence.token(i) : w;
  }
}
