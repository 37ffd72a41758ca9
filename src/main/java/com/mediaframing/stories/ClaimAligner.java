package com.mediaframing.stories;

import com.mediaframing.analysis.ClaimRecord;
import com.mediaframing.nlp.SentenceEncoder;
import com.mediaframing.nlp.Vectors;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Aligns the claim sentences of one story's articles by meaning: sentences that state the same
 * claim, in any article and bloc, get the same claim id.
 *
 * <ol>
 *   <li>Lexical candidates: two sentences of different articles whose content lemmas have a TF-IDF
 *       cosine (IDF over the story's claim sentences) of at least {@link #MIN_LEXICAL}, or that
 *       name the same resolved date or number. Only sentences with a candidate are encoded (the
 *       encoder is the costly step; a sentence with no lexical neighbour is a bloc-only claim).
 *   <li>For each pair of articles, encoded sentences that are mutual nearest neighbours by cosine
 *       are linked when they pass the pair test ({@link #accepts}): a cosine of at least {@link
 *       #MIN_COSINE} and compatible actors (one names none, or they share one); at least {@link
 *       #MIN_COSINE_ANCHORED} when they name an actor in common and share a date or number (a
 *       number or a weekday alone anchors little: "20 first graders" against "20 first-graders",
 *       said by two different speakers); at least {@link #MIN_COSINE_ACTORS_APART} whatever the
 *       actors; and in every case dates and numbers that do not contradict ({@link #consistent}).
 *   <li>Links join claims from the most similar down, by complete linkage: two claims join only
 *       when every sentence of one passes the pair test with every sentence of the other, on their
 *       own cosine (not through the link's two sentences or the claim's centre), and no article
 *       would have two sentences in the joined claim. So every two members of a claim, of any two
 *       blocs, state the same thing by the pair test; a chain A~B~C with A and C apart stays two
 *       claims (issue 38: a cross-bloc claim read as one claim in 14 of 20 with single linkage).
 * </ol>
 *
 * Thresholds were first set on the seed story's sentence pairs with all-MiniLM-L6-v2 (int8): the
 * same claim in other words scores 0.73-0.87 (the cessation-of-force and deterrence sentences 0.87,
 * "15 March" against "Saturday" 0.73, "32" against "31 killed" 0.83), related but different claims
 * of the same story 0.57-0.60. On real stories related claims score higher: in a hand check of
 * cross-bloc matches of the AllSides corpus (docs/stories.md) 9 of 11 matches between 0.60 and 0.72
 * were different claims of one event (a count of the wounded against a count of the dead; criticism
 * of a decision against its defence). Read by band of pair cosine (issue 38), the two-sentence
 * cross-bloc claims were the same claim in 6 of 20 at 0.72-0.76, 10 of 14 at 0.76-0.78, 13 of 15 at
 * 0.78-0.80 and 14 of 15 at 0.80-0.85, and in 11 of 12 at 0.68-0.72 with a shared date or number;
 * so {@link #MIN_COSINE} is 0.78 and {@link #MIN_COSINE_ANCHORED} 0.68. Claims are ordered by the
 * number of blocs, then articles stating them, then lead position; {@code storyId#1} is the first.
 * Stateless and thread-safe.
 */
public final class ClaimAligner {
  /**
   * The lexical gate: 0.15 encodes a quarter fewer sentences than 0.10 and keeps 93% of its
   * same-claim pairs (ClaimAlignmentBench, 120 multi-bloc AllSides stories, 15,089 claim sentences:
   * 9,546 encoded against 12,659, encoder CPU 33.4 s against 45.5 s, 1,348 of 1,450 pairs kept and
   * 35 new); 0.20 keeps 82%.
   */
  public static final double MIN_LEXICAL = 0.15;

  public static final double MIN_COSINE = 0.78;

  /** With an actor, and a date or number, in common (see the class comment). */
  public static final double MIN_COSINE_ANCHORED = 0.68;

  public static final double MIN_COSINE_ACTORS_APART = 0.80;

  /**
   * A sentence of another bloc this close to a claim's member, with compatible actors, echoes the
   * claim (see {@link Claim#echoedIn}) though it states no match: half-way between the cosines of
   * unrelated sentences of one story (up to about 0.5 on the seeds) and {@link #MIN_COSINE}. Saying
   * that a bloc leaves a claim out needs more than a missed match.
   */
  public static final double MIN_COSINE_ECHO = 0.55;

  /** Sentences are cut here before encoding (the start of a sentence carries its claim). */
  public static final int MAX_ENCODED_CHARS = 320;

  private ClaimAligner() {}

  /** A claim sentence of one article of the story. */
  public record Input(String docId, String bloc, ClaimRecord claim) implements Serializable {}

  /** A sentence in its claim, with its cosine to the claim's centre (1 for a lone sentence). */
  public record Member(Input sentence, double similarity) implements Serializable {
    public String docId() {
      return sentence.docId();
    }

    public String bloc() {
      return sentence.bloc();
    }

    public ClaimRecord claim() {
      return sentence.claim();
    }
  }

  /**
   * One claim: its members sorted by doc id, the blocs stating it, and the other blocs that echo
   * it: they have a sentence close to a member ({@link #MIN_COSINE_ECHO}) that the one-to-one
   * matching did not give to this claim. An echoing bloc does not leave the claim out, so it is no
   * blind spot of that bloc.
   */
  public record Claim(
      String claimId, List<Member> members, List<String> blocs, List<String> echoedIn)
      implements Serializable {
    /** A claim no other bloc echoes. */
    public Claim(String claimId, List<Member> members, List<String> blocs) {
      this(claimId, members, blocs, List.of());
    }

    public int nDocs() {
      return members.size();
    }

    /** Earliest sentence index among the members: 0 is the lead. */
    public int lead() {
      return members.stream().mapToInt(m -> m.claim().getSentenceIndex()).min().orElse(0);
    }

    public List<Member> of(String bloc) {
      return members.stream().filter(m -> m.bloc().equals(bloc)).toList();
    }
  }

  /** Encodes what needs it and aligns; {@code inputs} in any order. */
  public static List<Claim> align(String storyId, List<Input> inputs, SentenceEncoder encoder) {
    return align(storyId, inputs, ClaimVectors.encoding(encoder));
  }

  /** Aligns with the vectors of the gated sentences from {@code vectors}; inputs in any order. */
  public static List<Claim> align(String storyId, List<Input> inputs, ClaimVectors vectors) {
    List<Input> in = sorted(inputs);
    return alignEncoded(storyId, in, vectors.of(in));
  }

  /** {@link #align(String, List, SentenceEncoder)} with another lexical gate (benchmarks). */
  public static List<Claim> align(
      String storyId, List<Input> inputs, SentenceEncoder encoder, double minLexical) {
    List<Input> in = sorted(inputs);
    return alignEncoded(storyId, in, encodeGated(in, encoder, minLexical));
  }

  /** The vectors of the sentences of sorted {@code in} the gate passes; null for the others. */
  static float[][] encodeGated(List<Input> in, SentenceEncoder encoder, double minLexical) {
    TreeSet<Integer> encode = toEncode(in, minLexical);
    float[][] vectors = new float[in.size()][];
    if (!encode.isEmpty()) {
      List<String> texts = new ArrayList<>();
      for (int i : encode) {
        texts.add(encodedText(in.get(i)));
      }
      float[][] v = encoder.encode(texts);
      int k = 0;
      for (int i : encode) {
        vectors[i] = v[k++];
      }
    }
    return vectors;
  }

  /** A sentence the lexical gate passes: its position in the sorted sentences, its encoded text. */
  public record Gated(int position, String text) implements Serializable {}

  /**
   * The sentences {@link #align(String, List, SentenceEncoder)} would encode for these inputs, in
   * its order: those with a lexical candidate, by position in the sorted inputs, each with its text
   * cut at {@link #MAX_ENCODED_CHARS}. The story stage looks the texts up in the vector store and
   * hands the vectors back by position ({@link ClaimVectors#gated}).
   */
  public static List<Gated> gate(List<Input> inputs) {
    List<Input> in = sorted(inputs);
    List<Gated> out = new ArrayList<>();
    for (int i : toEncode(in, MIN_LEXICAL)) {
      out.add(new Gated(i, encodedText(in.get(i))));
    }
    return out;
  }

  /** Indexes into sorted {@code in} of the sentences with a lexical candidate. */
  private static TreeSet<Integer> toEncode(List<Input> in, double minLexical) {
    TreeSet<Integer> encode = new TreeSet<>();
    for (long p : lexicalCandidates(in, minLexical)) {
      encode.add((int) (p >>> 32));
      encode.add((int) p);
    }
    return encode;
  }

  private static String encodedText(Input x) {
    return encodedText(x.claim().getText());
  }

  /** A claim sentence as the encoder sees it: cut at {@link #MAX_ENCODED_CHARS}. */
  public static String encodedText(String sentence) {
    return sentence.length() > MAX_ENCODED_CHARS
        ? sentence.substring(0, MAX_ENCODED_CHARS)
        : sentence;
  }

  static List<Input> sorted(List<Input> inputs) {
    List<Input> in = new ArrayList<>(inputs);
    in.sort(Comparator.comparing(Input::docId).thenComparingInt(i -> i.claim().getSentenceIndex()));
    return in;
  }

  /**
   * Pairs {@code i << 32 | j} (i < j, different docs) worth encoding: TF-IDF cosine at least {@code
   * minLexical}, or a shared date or number.
   */
  static Set<Long> lexicalCandidates(List<Input> in, double minLexical) {
    int n = in.size();
    Map<String, Integer> df = new HashMap<>();
    for (Input x : in) {
      new HashSet<>(x.claim().getLemmas()).forEach(l -> df.merge(l, 1, Integer::sum));
    }
    List<Map<String, Double>> weights = new ArrayList<>();
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Map<String, Double> w = new HashMap<>();
      for (String l : in.get(i).claim().getLemmas()) {
        w.merge(l, Math.log((n + 1.0) / df.get(l)), Double::sum);
      }
      double norm = Math.sqrt(w.values().stream().mapToDouble(x -> x * x).sum());
      w.replaceAll((k, v) -> norm == 0 ? 0 : v / norm);
      weights.add(w);
      for (String l : w.keySet()) {
        postings.computeIfAbsent(l, k -> new ArrayList<>()).add(i);
      }
      for (String d : in.get(i).claim().getDates()) {
        postings.computeIfAbsent("date:" + d, k -> new ArrayList<>()).add(i);
      }
      for (String num : in.get(i).claim().getNumbers()) {
        postings.computeIfAbsent("number:" + value(num), k -> new ArrayList<>()).add(i);
      }
    }
    // Each sentence's dot products with the later ones, accumulated over the index of its keys.
    // The keys are visited in the index's own order (as one pass over the whole index would visit
    // them), so every pair sums its terms in the same order: the same sums to the bit.
    List<List<String>> keysOf = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      keysOf.add(new ArrayList<>());
    }
    for (var e : postings.entrySet()) {
      int last = -1;
      for (int i : e.getValue()) {
        if (i != last) {
          keysOf.get(i).add(e.getKey()); // in the index's order
        }
        last = i;
      }
    }
    Set<Long> out = new HashSet<>();
    double[] dot = new double[n];
    boolean[] touched = new boolean[n];
    List<Integer> partners = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String docI = in.get(i).docId();
      for (String key : keysOf.get(i)) {
        boolean anchor = key.contains(":");
        for (int j : postings.get(key)) {
          if (j <= i || docI.equals(in.get(j).docId())) {
            continue;
          }
          if (anchor) {
            out.add((long) i << 32 | j);
          } else {
            dot[j] += weights.get(i).get(key) * weights.get(j).get(key);
            if (!touched[j]) {
              touched[j] = true;
              partners.add(j);
            }
          }
        }
      }
      for (int j : partners) {
        if (dot[j] >= minLexical) {
          out.add((long) i << 32 | j);
        }
        dot[j] = 0;
        touched[j] = false;
      }
      partners.clear();
    }
    return out;
  }

  /** The number's value: "32 people" is 32. */
  static String value(String number) {
    int space = number.indexOf(' ');
    return space < 0 ? number : number.substring(0, space);
  }

  /**
   * Aligns sentences given their vectors ({@code null} for a sentence not encoded); {@code in} must
   * be sorted by doc id and sentence index (see {@link #sorted}).
   */
  static List<Claim> alignEncoded(String storyId, List<Input> in, float[][] vectors) {
    int n = in.size();
    List<Integer> docStarts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i == 0 || !in.get(i).docId().equals(in.get(i - 1).docId())) {
        docStarts.add(i);
      }
    }
    docStarts.add(n);
    record Link(int i, int j, double cos) {}
    List<Link> links = new ArrayList<>();
    List<Set<String>> echoes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      echoes.add(new TreeSet<>());
    }
    ActorSets actors = new ActorSets(in);
    for (int a = 0; a + 1 < docStarts.size(); a++) {
      for (int b = a + 1; b + 1 < docStarts.size(); b++) {
        int a0 = docStarts.get(a);
        int a1 = docStarts.get(a + 1);
        int b0 = docStarts.get(b);
        int b1 = docStarts.get(b + 1);
        double[][] cos = new double[a1 - a0][b1 - b0];
        int[] bestOfA = new int[a1 - a0];
        int[] bestOfB = new int[b1 - b0];
        Arrays.fill(bestOfA, -1);
        Arrays.fill(bestOfB, -1);
        for (int i = a0; i < a1; i++) {
          for (int j = b0; j < b1; j++) {
            if (vectors[i] == null || vectors[j] == null) {
              cos[i - a0][j - b0] = Double.NaN;
              continue;
            }
            double c = Vectors.dot(vectors[i], vectors[j]);
            cos[i - a0][j - b0] = c;
            if (bestOfA[i - a0] < 0 || c > cos[i - a0][bestOfA[i - a0]]) {
              bestOfA[i - a0] = j - b0;
            }
            if (bestOfB[j - b0] < 0 || c > cos[bestOfB[j - b0]][j - b0]) {
              bestOfB[j - b0] = i - a0;
            }
          }
        }
        for (int i = 0; i < bestOfA.length; i++) {
          int j = bestOfA[i];
          if (j >= 0
              && bestOfB[j] == i
              && accepts(in.get(a0 + i), in.get(b0 + j), cos[i][j], actors, a0 + i, b0 + j)) {
            links.add(new Link(a0 + i, b0 + j, cos[i][j]));
          }
        }
        String blocA = in.get(a0).bloc();
        String blocB = in.get(b0).bloc();
        if (!blocA.equals(blocB)) {
          for (int i = a0; i < a1; i++) {
            for (int j = b0; j < b1; j++) {
              // NaN (a sentence not encoded) echoes nothing
              if (echoes(in.get(i), in.get(j), cos[i - a0][j - b0], actors, i, j)) {
                echoes.get(i).add(blocB);
                echoes.get(j).add(blocA);
              }
            }
          }
        }
      }
    }
    links.sort(Comparator.comparingDouble(Link::cos).reversed());
    int[] parent = new int[n];
    List<Set<String>> docsOf = new ArrayList<>();
    List<List<Integer>> membersOf = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      docsOf.add(new HashSet<>(Set.of(in.get(i).docId())));
      membersOf.add(new ArrayList<>(List.of(i)));
    }
    for (Link l : links) {
      int ri = root(parent, l.i());
      int rj = root(parent, l.j());
      if (ri == rj
          || !Collections.disjoint(docsOf.get(ri), docsOf.get(rj))
          || !allPairsAccepted(membersOf.get(ri), membersOf.get(rj), in, vectors, actors)) {
        continue;
      }
      parent[rj] = ri;
      docsOf.get(ri).addAll(docsOf.get(rj));
      membersOf.get(ri).addAll(membersOf.get(rj));
      membersOf.set(rj, null);
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<Claim> claims = new ArrayList<>();
    for (List<Integer> g : groups.values()) {
      List<float[]> vs = new ArrayList<>();
      for (int i : g) {
        if (vectors[i] != null) {
          vs.add(vectors[i]);
        }
      }
      float[] centre = g.size() > 1 && !vs.isEmpty() ? Vectors.centroid(vs) : null;
      List<Member> members = new ArrayList<>();
      TreeSet<String> blocs = new TreeSet<>();
      TreeSet<String> echoedIn = new TreeSet<>();
      for (int i : g) {
        double sim = centre == null || vectors[i] == null ? 1.0 : Vectors.dot(centre, vectors[i]);
        members.add(new Member(in.get(i), sim));
        blocs.add(in.get(i).bloc());
        echoedIn.addAll(echoes.get(i));
      }
      echoedIn.removeAll(blocs);
      claims.add(new Claim(null, members, List.copyOf(blocs), List.copyOf(echoedIn)));
    }
    claims.sort(
        Comparator.comparingInt((Claim c) -> -c.blocs().size())
            .thenComparingInt(c -> -c.nDocs())
            .thenComparingInt(Claim::lead)
            .thenComparing(c -> c.members().get(0).docId()));
    List<Claim> out = new ArrayList<>();
    for (int k = 0; k < claims.size(); k++) {
      Claim c = claims.get(k);
      out.add(new Claim(storyId + "#" + (k + 1), c.members(), c.blocs(), c.echoedIn()));
    }
    return out;
  }

  /**
   * Complete linkage: whether every sentence of claim {@code g} passes the pair test with every
   * sentence of claim {@code h} (indexes into {@code in}), each pair on its own cosine.
   */
  private static boolean allPairsAccepted(
      List<Integer> g, List<Integer> h, List<Input> in, float[][] vectors, ActorSets actors) {
    for (int i : g) {
      for (int j : h) {
        if (vectors[i] == null
            || vectors[j] == null
            || !accepts(in.get(i), in.get(j), Vectors.dot(vectors[i], vectors[j]), actors, i, j)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The pair test: whether two sentences at cosine {@code cos} state the same claim (see the class
   * comment). Used for the links and, under complete linkage, for every pair of a claim's members.
   */
  static boolean accepts(Input a, Input b, double cos) {
    return accepts(a, b, cos, new ActorSets(List.of(a, b)), 0, 1);
  }

  /**
   * {@link #accepts(Input, Input, double)} for inputs {@code i} and {@code j} of {@code actors}.
   */
  private static boolean accepts(Input a, Input b, double cos, ActorSets actors, int i, int j) {
    if (!(cos >= MIN_COSINE_ANCHORED)) {
      return false; // NaN too: a sentence not encoded
    }
    boolean close =
        cos >= MIN_COSINE_ACTORS_APART
            || cos >= MIN_COSINE && actors.compatible(i, j)
            || actors.share(i, j) && anchored(a.claim(), b.claim());
    return close && consistent(a.claim(), b.claim());
  }

  /**
   * Whether two sentences' dates and numbers can belong to one claim. Dates: one names none, or
   * they share one (two different resolved days are two events). Numbers: one names none, they
   * share a value, or they count the same thing — a counted noun in common, or each names one
   * number and one of the two counts nothing named — the cases where {@link
   * ClaimReading#numberConflict} reports a differing number as a disagreement of one claim ("32
   * people" against "31 people"). Numbers that share neither value nor what they count ("32 people"
   * against "30 days" and "5 soldiers") are different claims.
   */
  static boolean consistent(ClaimRecord a, ClaimRecord b) {
    if (!a.getDates().isEmpty()
        && !b.getDates().isEmpty()
        && Collections.disjoint(a.getDates(), b.getDates())) {
      return false;
    }
    List<String> na = a.getNumbers();
    List<String> nb = b.getNumbers();
    if (na.isEmpty() || nb.isEmpty()) {
      return true;
    }
    if (na.size() == 1
        && nb.size() == 1
        && (unit(na.get(0)).isEmpty() || unit(nb.get(0)).isEmpty())) {
      return true;
    }
    Set<String> values = new HashSet<>();
    Set<String> units = new HashSet<>();
    for (String x : na) {
      values.add(value(x));
      units.add(unit(x));
    }
    units.remove("");
    for (String x : nb) {
      if (values.contains(value(x)) || units.contains(unit(x))) {
        return true;
      }
    }
    return false;
  }

  /** What the number counts: "people" of "32 people", empty for "101". */
  static String unit(String number) {
    int space = number.indexOf(' ');
    return space < 0 ? "" : number.substring(space + 1);
  }

  /**
   * Whether b's sentence echoes a's claim (or states it), {@code i} and {@code j} their indexes in
   * {@code actors}: at least {@link #MIN_COSINE_ECHO} with compatible actors, or a pair {@link
   * #accepts} whatever the actors (what accepts adds to the first: {@link #MIN_COSINE_ACTORS_APART}
   * with consistent dates and numbers).
   */
  private static boolean echoes(Input a, Input b, double cos, ActorSets actors, int i, int j) {
    return cos >= MIN_COSINE_ECHO
        && (actors.compatible(i, j)
            || cos >= MIN_COSINE_ACTORS_APART && consistent(a.claim(), b.claim()));
  }

  /**
   * The actors each input names, as bit sets over the actors of all the inputs: whether two inputs
   * are compatible (one of the two names no actor, or they share one) is one intersection, where
   * comparing the two lists took a scan of one for each actor of the other (a story's cross-bloc
   * sentence pairs above the echo cosine are many).
   */
  private static final class ActorSets {
    private final BitSet[] sets;

    ActorSets(List<Input> in) {
      Map<String, Integer> index = new HashMap<>();
      sets = new BitSet[in.size()];
      for (int i = 0; i < sets.length; i++) {
        BitSet set = new BitSet();
        for (String actor : in.get(i).claim().getActors()) {
          set.set(index.computeIfAbsent(actor, k -> index.size()));
        }
        sets[i] = set;
      }
    }

    /** One of inputs {@code i} and {@code j} names no actor, or they share one. */
    boolean compatible(int i, int j) {
      return sets[i].isEmpty() || sets[j].isEmpty() || sets[i].intersects(sets[j]);
    }

    /** Inputs {@code i} and {@code j} name an actor in common. */
    boolean share(int i, int j) {
      return sets[i].intersects(sets[j]);
    }
  }

  private static boolean anchored(ClaimRecord a, ClaimRecord b) {
    if (!Collections.disjoint(a.getDates(), b.getDates())) {
      return true;
    }
    Set<String> values = new HashSet<>();
    a.getNumbers().forEach(x -> values.add(value(x)));
    return b.getNumbers().stream().anyMatch(x -> values.contains(value(x)));
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
