package com.mediaframing.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The tags {@link POSTaggerME} (opennlp-tools 2.5.x, beam size 3) gives with the English UD POS
 * model ({@link NlpModels#POS_MODEL}), computed with a fraction of the work. Two facts about that
 * model make this possible without changing a single tag:
 *
 * <ul>
 *   <li><b>Greedy decoding is the beam search's answer.</b> The model's feature generator is
 *       declared {@code cache="true"}: OpenNLP's {@code CachedFeatureGenerator} keeps the features
 *       of each token position, keyed by the position alone, so every hypothesis of the beam at a
 *       position gets the features (and so the probabilities) computed for the first one, the best.
 *       With one distribution per position shared by all hypotheses, the best sequence is the
 *       best-scoring tag at each position given the best tags before it: the greedy path. Ties
 *       between equally likely tags resolve as in the beam's priority queue, to the lower outcome
 *       index.
 *   <li><b>Most features depend on one token only.</b> The feature strings ({@code def}, {@code
 *       suf=}, {@code pre=}, {@code w=}, the neighbours' {@code p1w=} … {@code n2w=}, {@code
 *       S=begin} windows, {@code wc=}, {@code w&c=}, {@code t=}, {@code t2=}) are resolved to the
 *       model's parameters once per distinct token and kept in a JVM-wide table of at most 100,000
 *       tokens (about 45 MB; 2,000 AllSides articles have some 50,000 distinct tokens); the sum of
 *       a token's own leading features ({@code def} to {@code w=}) is kept too. Every score is the
 *       same sequence of floating-point additions as in {@code GISModel.eval}, per outcome and in
 *       feature order, followed by the same {@code StrictMath.exp} and normalisation, so the
 *       probabilities are bit-identical.
 * </ul>
 *
 * The constructor refuses a model it cannot reproduce (not GIS maxent, a tag dictionary) and checks
 * its tags against {@link POSTaggerME}'s on probe sentences. Sentences too long for the beam
 * search's score floor to be provably out of reach are tagged by {@link POSTaggerME} itself.
 * Thread-safe: one instance serves all threads of a JVM.
 */
public final class FastPosTagger {
  /** OpenNLP's floor for sequence scores, with the beam search's default. */
  private static final double MIN_SEQUENCE_SCORE = -100000;

  private static final int MAX_CACHED_TOKENS = 100_000;
  private static final String SENTENCE_BEGIN = "S=begin";
  private static final String[][] PROBES = {
    {
      "The", "president", "said", "on", "Tuesday", "that", "he", "would", "veto", "the", "bill", "."
    },
    {"Critics", ",", "including", "Sen.", "Smith", "(", "D-N.Y.", ")", ",", "called", "it", "\"a"},
    {"U.S.", "GDP", "rose", "3.2%", "in", "2019", "--", "its", "fastest", "pace", "since", "2015"},
    {"Yes", "!"},
    {"Ok"}
  };

  private final POSModel model;
  private final Map<String, Context> parameters;
  private final String[] outcomes;
  private final double logPrior;
  private final Context[] sentenceBegin;
  private final Context[] previousTag;
  private final Context[][] previousTags;
  private final int longestGreedySentence;
  private final ConcurrentHashMap<String, TokenFeatures> tokens = new ConcurrentHashMap<>();

  /**
   * @throws IllegalArgumentException if the model is not one whose tags this class reproduces
   */
  @SuppressWarnings("unchecked")
  public FastPosTagger(POSModel model) {
    Object maxent = model.getArtifact("pos.model");
    if (!(maxent instanceof GISModel gis)) {
      throw new IllegalArgumentException(
          "FastPosTagger needs a GIS maxent POS model, got " + maxent.getClass().getName());
    }
    if (model.getFactory().getTagDictionary() != null) {
      throw new IllegalArgumentException("FastPosTagger does not apply tag dictionaries");
    }
    this.model = model;
    Object[] data = gis.getDataStructures();
    this.parameters = (Map<String, Context>) data[1];
    this.outcomes = ((String[]) data[2]).clone();
    // UniformPrior: StrictMath.log(1.0 / numOutcomes) for every outcome
    this.logPrior = StrictMath.log(1.0 / outcomes.length);
    this.sentenceBegin =
        new Context[] {
          parameters.get(SENTENCE_BEGIN),
          parameters.get("p1" + SENTENCE_BEGIN),
          parameters.get("p2" + SENTENCE_BEGIN)
        };
    int n = outcomes.length;
    this.previousTag = new Context[n];
    this.previousTags = new Context[n][n];
    for (int a = 0; a < n; a++) {
      previousTag[a] = parameters.get("t=" + outcomes[a]);
      for (int b = 0; b < n; b++) {
        previousTags[a][b] = parameters.get("t2=" + outcomes[a] + "," + outcomes[b]);
      }
    }
    // Every step adds log(p) of the best tag, p >= 1/n: below this length no path can reach the
    // floor, so the beam search never drops the greedy one.
    this.longestGreedySentence =
        (int) Math.min(Integer.MAX_VALUE, Math.floor(-MIN_SEQUENCE_SCORE / Math.log(n)) - 1);
    POSTaggerME reference = new POSTaggerME(model);
    for (String[] probe : PROBES) {
      String[] expected = reference.tag(probe);
      String[] actual = tag(probe);
      if (!Arrays.equals(expected, actual)) {
        throw new IllegalArgumentException(
            "FastPosTagger disagrees with POSTaggerME on "
                + String.join(" ", probe)
                + ": "
                + Arrays.toString(actual)
                + " instead of "
                + Arrays.toString(expected)
                + " (a different feature generator?)");
      }
    }
    tokens.clear();
  }

  /** The tags of one sentence's tokens, as {@link POSTaggerME#tag(String[])} gives them. */
  public String[] tag(String[] sentence) {
    int n = sentence.length;
    if (n > longestGreedySentence) {
      return new POSTaggerME(model).tag(sentence);
    }
    TokenFeatures[] features = new TokenFeatures[n];
    for (int i = 0; i < n; i++) {
      features[i] = featuresOf(sentence[i]);
    }
    int[] tagIds = new int[n];
    String[] tags = new String[n];
    double[] sums = new double[outcomes.length];
    for (int i = 0; i < n; i++) {
      sums(features, i, tagIds, sums);
      int best = bestOutcome(sums);
      tagIds[i] = best;
      tags[i] = outcomes[best];
    }
    return tags;
  }

  /**
   * The first index of the largest of the probabilities {@code GISModel.eval} derives from these
   * log-linear sums ({@code StrictMath.exp} of each, divided by their total), usually without
   * computing them: a sum more than {@value #CLEAR_MARGIN} below the largest gives a probability
   * smaller by a factor far beyond the rounding of {@code exp} and division, so when one sum leads
   * all others by that margin its outcome is the answer. Otherwise the probabilities are computed
   * as the model does and compared (so are sums out of the range where exp is finite and non-zero).
   * Overwrites {@code sums} in that case.
   */
  static int bestOutcome(double[] sums) {
    int best = 0;
    for (int o = 1; o < sums.length; o++) {
      if (sums[o] > sums[best]) {
        best = o;
      }
    }
    // within these bounds no exp underflows to 0 for the best or overflows the total
    boolean clear = sums[best] > -700 && sums[best] < 690;
    for (int o = 0; o < sums.length && clear; o++) {
      clear = o == best || sums[o] < sums[best] - CLEAR_MARGIN;
    }
    if (clear) {
      return best;
    }
    normalize(sums);
    best = 0;
    for (int o = 1; o < sums.length; o++) {
      if (sums[o] > sums[best]) {
        best = o;
      }
    }
    return best;
  }

  /** See {@link #bestOutcome}: exp(-1e-6) is 1 - 1e-6, while exp and division err by 1e-16. */
  private static final double CLEAR_MARGIN = 1e-6;

  /**
   * The model's probabilities at position {@code i} given the tags before it, as {@code
   * GISModel.eval} gives them for OpenNLP's context: for tests.
   */
  double[] probabilities(String[] sentence, int i, String[] previousTags) {
    TokenFeatures[] features = new TokenFeatures[sentence.length];
    for (int k = 0; k < sentence.length; k++) {
      features[k] = featuresOf(sentence[k]);
    }
    int[] tagIds = new int[i];
    for (int k = 0; k < i; k++) {
      tagIds[k] = Arrays.asList(outcomes).indexOf(previousTags[k]);
    }
    double[] scores = new double[outcomes.length];
    sums(features, i, tagIds, scores);
    normalize(scores);
    return scores;
  }

  /**
   * The feature strings at position {@code i}, in the order of the model's generator
   * (ConfigurablePOSContextGenerator's context for the same tags): for tests.
   */
  static String[] context(String[] sentence, int i, String[] previousTags) {
    List<String> out = new ArrayList<>();
    String token = sentence[i];
    out.addAll(ownFeatures(token));
    String[] window = {"p1w=", "p2w=", "n1w=", "n2w="};
    int[] offsets = {-1, -2, 1, 2};
    for (int k = 0; k < offsets.length; k++) {
      int j = i + offsets[k];
      if (j >= 0 && j < sentence.length) {
        out.add(window[k] + lowerCase(sentence[j]));
      }
    }
    if (i < 3) {
      out.add((i == 0 ? "" : "p" + i) + SENTENCE_BEGIN);
    }
    String cls = FeatureGeneratorUtil.tokenFeature(token);
    out.add("wc=" + cls);
    out.add("w&c=" + lowerCase(token) + "," + cls);
    if (i >= 1) {
      out.add("t=" + previousTags[i - 1]);
    }
    if (i >= 2) {
      out.add("t2=" + previousTags[i - 2] + "," + previousTags[i - 1]);
    }
    return out.toArray(new String[0]);
  }

  /**
   * OpenNLP's {@code StringUtil.toLowerCase}, the lower case of each code point ({@link
   * Character#toLowerCase(int)}), without its stream of code points, which cost about 2% of the
   * analysis: the same string for every input (FastPosTaggerTest), and no copy when the token has
   * no upper-case ASCII letter and nothing beyond ASCII.
   */
  static String lowerCase(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
        break;
      }
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder out = new StringBuilder(n);
    out.append(s, 0, i);
    while (i < n) {
      int cp = s.codePointAt(i);
      out.appendCodePoint(Character.toLowerCase(cp));
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** {@code def}, the suffixes and prefixes of up to 4 characters (shortest first), {@code w=}. */
  private static List<String> ownFeatures(String token) {
    List<String> out = new ArrayList<>(10);
    out.add("def");
    int affixes = Math.min(4, token.length());
    for (int k = 0; k < affixes; k++) {
      out.add("suf=" + token.substring(Math.max(token.length() - k - 1, 0)));
    }
    for (int k = 0; k < affixes; k++) {
      out.add("pre=" + token.substring(0, Math.min(k + 1, token.length())));
    }
    out.add("w=" + lowerCase(token));
    return out;
  }

  /** The log prior plus the weights of the features at position {@code i}, per outcome. */
  private void sums(TokenFeatures[] f, int i, int[] tagIds, double[] scores) {
    int n = f.length;
    System.arraycopy(f[i].ownSums, 0, scores, 0, scores.length);
    if (i >= 1) {
      add(scores, f[i - 1].asPrevious1);
    }
    if (i >= 2) {
      add(scores, f[i - 2].asPrevious2);
    }
    if (i + 1 < n) {
      add(scores, f[i + 1].asNext1);
    }
    if (i + 2 < n) {
      add(scores, f[i + 2].asNext2);
    }
    if (i < 3) {
      add(scores, sentenceBegin[i]);
    }
    add(scores, f[i].wordClass);
    add(scores, f[i].wordAndClass);
    if (i >= 1) {
      add(scores, previousTag[tagIds[i - 1]]);
    }
    if (i >= 2) {
      add(scores, previousTags[tagIds[i - 2]][tagIds[i - 1]]);
    }
  }

  /** GISModel.eval's last steps: exponentiate, summing in outcome order, then divide. */
  static void normalize(double[] scores) {
    double total = 0;
    for (int o = 0; o < scores.length; o++) {
      scores[o] = StrictMath.exp(scores[o]);
      total += scores[o];
    }
    for (int o = 0; o < scores.length; o++) {
      scores[o] /= total;
    }
  }

  /** ArrayMath.sumFeatures for one feature of value 1 ({@code p * 1.0 == p}). */
  private static void add(double[] scores, Context feature) {
    if (feature != null) {
      int[] ids = feature.getOutcomes();
      double[] weights = feature.getParameters();
      for (int k = 0; k < ids.length; k++) {
        scores[ids[k]] += weights[k];
      }
    }
  }

  private TokenFeatures featuresOf(String token) {
    TokenFeatures cached = tokens.get(token);
    if (cached != null) {
      return cached;
    }
    TokenFeatures made = new TokenFeatures(token);
    if (tokens.size() < MAX_CACHED_TOKENS) {
      tokens.putIfAbsent(token, made);
    }
    return made;
  }

  /** What one token contributes to the scores at its own position and at its neighbours'. */
  private final class TokenFeatures {
    /** The log prior plus the token's own leading features, {@code def} to {@code w=}. */
    final double[] ownSums;

    final Context asPrevious1;
    final Context asPrevious2;
    final Context asNext1;
    final Context asNext2;
    final Context wordClass;
    final Context wordAndClass;

    TokenFeatures(String token) {
      ownSums = new double[outcomes.length];
      Arrays.fill(ownSums, logPrior);
      for (String feature : ownFeatures(token)) {
        add(ownSums, parameters.get(feature));
      }
      String lower = lowerCase(token);
      asPrevious1 = parameters.get("p1w=" + lower);
      asPrevious2 = parameters.get("p2w=" + lower);
      asNext1 = parameters.get("n1w=" + lower);
      asNext2 = parameters.get("n2w=" + lower);
      String cls = FeatureGeneratorUtil.tokenFeature(token);
      wordClass = parameters.get("wc=" + cls);
      wordAndClass = parameters.get("w&c=" + lower + "," + cls);
    }
  }
}
