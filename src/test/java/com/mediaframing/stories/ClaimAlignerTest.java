package com.mediaframing.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.analysis.ClaimRecord;
import com.mediaframing.nlp.OnnxSentenceEncoder;
import com.mediaframing.nlp.Vectors;
import com.mediaframing.stories.ClaimAligner.Claim;
import com.mediaframing.stories.ClaimAligner.Input;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimAlignerTest {
  static ClaimRecord claim(
      int index, String text, List<String> actors, List<String> dates, List<String> numbers) {
    ClaimRecord r = new ClaimRecord();
    r.setSentenceIndex(index);
    r.setText(text);
    List<String> lemmas = new ArrayList<>();
    for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() > 3) {
        lemmas.add(w);
      }
    }
    r.setLemmas(lemmas);
    r.setActors(actors);
    r.setDates(dates);
    r.setNumbers(numbers);
    return r;
  }

  static Input input(String doc, String bloc, int index, List<String> actors) {
    return new Input(
        doc, bloc, claim(index, doc + " sentence " + index, actors, List.of(), List.of()));
  }

  /** A unit vector at {@code degrees} in the plane of the first two axes (cosines are known). */
  static float[] at(double degrees) {
    float[] v = new float[4];
    v[0] = (float) Math.cos(Math.toRadians(degrees));
    v[1] = (float) Math.sin(Math.toRadians(degrees));
    return v;
  }

  private static Map<String, String> claimOf(List<Claim> claims) {
    Map<String, String> out = new HashMap<>();
    for (Claim c : claims) {
      c.members()
          .forEach(m -> out.put(m.docId() + "[" + m.claim().getSentenceIndex() + "]", c.claimId()));
    }
    return out;
  }

  @Test
  void theLexicalGateKeepsThePairsWhoseTfIdfCosineOrAnchorSaysSo() {
    java.util.Random random = new java.util.Random(34);
    String[] words = new String[30];
    for (int w = 0; w < words.length; w++) {
      words[w] = "word" + (char) ('a' + w % 26) + (w / 26);
    }
    List<Input> in = new ArrayList<>();
    for (int k = 0; k < 90; k++) {
      StringBuilder text = new StringBuilder();
      for (int w = random.nextInt(7); w >= 0; w--) {
        text.append(words[random.nextInt(words.length)]).append(' ');
      }
      List<String> dates =
          random.nextInt(8) == 0 ? List.of("2020-01-0" + random.nextInt(3)) : List.of();
      List<String> numbers =
          random.nextInt(8) == 0 ? List.of(random.nextInt(3) + " people") : List.of();
      in.add(
          new Input(
              "d" + k / 6, "b" + k % 2, claim(k % 6, text.toString(), List.of(), dates, numbers)));
    }
    in = ClaimAligner.sorted(in);
    // the definition, pair by pair: TF-IDF over the sentences, cosine, or a shared anchor
    int n = in.size();
    Map<String, Integer> df = new HashMap<>();
    for (Input x : in) {
      new java.util.HashSet<>(x.claim().getLemmas()).forEach(l -> df.merge(l, 1, Integer::sum));
    }
    List<Map<String, Double>> tfidf = new ArrayList<>();
    for (Input x : in) {
      Map<String, Double> w = new HashMap<>();
      x.claim().getLemmas().forEach(l -> w.merge(l, Math.log((n + 1.0) / df.get(l)), Double::sum));
      double norm = Math.sqrt(w.values().stream().mapToDouble(v -> v * v).sum());
      w.replaceAll((l, v) -> v / norm);
      tfidf.add(w);
    }
    java.util.Set<Long> gate = ClaimAligner.lexicalCandidates(in, ClaimAligner.MIN_LEXICAL);
    int kept = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        boolean inGate = gate.contains((long) i << 32 | j);
        if (in.get(i).docId().equals(in.get(j).docId())) {
          assertTrue(!inGate, "a pair within one article");
          continue;
        }
        double dot = 0;
        for (var e : tfidf.get(i).entrySet()) {
          dot += e.getValue() * tfidf.get(j).getOrDefault(e.getKey(), 0.0);
        }
        boolean anchored =
            !java.util.Collections.disjoint(
                    in.get(i).claim().getDates(), in.get(j).claim().getDates())
                || !java.util.Collections.disjoint(
                    in.get(i).claim().getNumbers(), in.get(j).claim().getNumbers());
        if (anchored || dot >= ClaimAligner.MIN_LEXICAL + 1e-9) {
          assertTrue(inGate, i + "," + j + " dot " + dot);
          kept++;
        } else if (dot < ClaimAligner.MIN_LEXICAL - 1e-9) {
          assertTrue(!inGate, i + "," + j + " dot " + dot);
        }
      }
    }
    assertTrue(kept > 100 && kept < n * (n - 1) / 4, "kept " + kept);
  }

  @Test
  void theEchoCosineIsTheLowestThresholdSoBelowItNothingIsCompared() {
    // ClaimAligner.echoes returns false below MIN_COSINE_ECHO before it compares actors
    assertTrue(ClaimAligner.MIN_COSINE_ECHO < ClaimAligner.MIN_COSINE_ANCHORED);
    assertTrue(ClaimAligner.MIN_COSINE_ANCHORED <= ClaimAligner.MIN_COSINE);
    assertTrue(ClaimAligner.MIN_COSINE <= ClaimAligner.MIN_COSINE_ACTORS_APART);
  }

  @Test
  void mutualNearestNeighboursAboveTheCosineShareAClaim() {
    List<Input> in =
        ClaimAligner.sorted(
            List.of(
                input("a", "left", 0, List.of("x")),
                input("a", "left", 1, List.of("x")),
                input("b", "right", 0, List.of("x")),
                input("b", "right", 1, List.of("x")),
                input("c", "right", 0, List.of("y"))));
    float[][] v = {
      at(0), // a[0]
      at(90), // a[1]
      at(20), // b[0]: cos 0.94 with a[0]
      at(40), // b[1]: a[1]'s nearest (cos 0.64), but b[1]'s nearest is a[0]
      at(10), // c[0]: cos 0.98 with a[0] but another actor (y): only >= 0.80 links it
    };
    List<Claim> claims = ClaimAligner.alignEncoded("s", in, v);
    Map<String, String> of = claimOf(claims);
    assertEquals(of.get("a[0]"), of.get("b[0]"));
    assertEquals(of.get("a[0]"), of.get("c[0]"), "cos 0.98 links even across actors");
    assertNotEquals(of.get("a[1]"), of.get("b[1]"), "not mutual nearest neighbours");
    assertEquals("s#1", of.get("a[0]"), "the claim in most blocs and articles comes first");
    assertEquals(3, claims.get(0).nDocs());
    assertEquals(List.of("left", "right"), claims.get(0).blocs());
    assertEquals(3, claims.size(), "{a0 b0 c0} {a1} {b1}");
  }

  @Test
  void aCloseSentenceTheMatchingGaveToAnotherPartnerEchoesTheClaimSoItIsNoBlindSpot() {
    List<Input> in =
        ClaimAligner.sorted(
            List.of(
                input("a", "left", 0, List.of("x")),
                input("a", "left", 1, List.of("x")),
                input("b", "right", 0, List.of("x")),
                input("b", "right", 1, List.of("x"))));
    float[][] v = {
      at(0), // a[0]
      at(120), // a[1]: cos 0.17 at best, nothing near it in right
      at(20), // b[0]: a[0]'s match (cos 0.94)
      at(40), // b[1]: cos 0.77 with a[0], which is taken: an echo of b[1] in left
    };
    List<Claim> claims = ClaimAligner.alignEncoded("s", in, v);
    Map<String, Claim> byMember = new HashMap<>();
    claims.forEach(
        c -> c.members().forEach(m -> byMember.put(m.docId() + m.claim().getSentenceIndex(), c)));
    assertEquals(List.of("left"), byMember.get("b1").echoedIn());
    assertEquals(List.of(), byMember.get("a1").echoedIn());
    assertEquals(List.of(), byMember.get("a0").echoedIn(), "its own blocs are no echo");

    ClaimReading r =
        ClaimReading.of(
            List.of("left", "right"),
            List.of(),
            claims,
            List.of(),
            DistinctiveWords.Background.of(Map.of()));
    List<String> blind =
        r.blindSpots().stream()
            .filter(b -> b.claim() != null)
            .map(b -> b.missing() + ":" + b.claim().members().get(0).docId() + b.claim().lead())
            .toList();
    assertEquals(List.of("right:a1"), blind, "left echoes b[1]; nothing in right is near a[1]");
  }

  @Test
  void actorsApartNeedAHighCosineAndOneArticleGivesOneSentencePerClaim() {
    List<Input> in =
        ClaimAligner.sorted(
            List.of(
                input("a", "left", 0, List.of("x")),
                input("b", "right", 0, List.of("y")),
                input("b", "right", 1, List.of("x"))));
    float[][] v = {at(0), at(38), at(39)};
    Map<String, String> of = claimOf(ClaimAligner.alignEncoded("s", in, v));
    assertNotEquals(of.get("a[0]"), of.get("b[0]"), "cos 0.79 but disjoint actors: not linked");
    assertNotEquals(of.get("a[0]"), of.get("b[1]"), "b[1] is not a[0]'s nearest neighbour");
  }

  @Test
  void actorsAreCompatibleWhenOneNamesNoneOrTheyShareOne() {
    double between = (ClaimAligner.MIN_COSINE + ClaimAligner.MIN_COSINE_ACTORS_APART) / 2;
    Input xy = new Input("a", "left", claim(0, "x and y", List.of("x", "y"), List.of(), List.of()));
    Input y = new Input("b", "right", claim(0, "y", List.of("y"), List.of(), List.of()));
    Input z = new Input("c", "right", claim(0, "z", List.of("z"), List.of(), List.of()));
    Input none = new Input("d", "right", claim(0, "no one", List.of(), List.of(), List.of()));
    assertEquals(true, ClaimAligner.accepts(xy, y, between), "share y");
    assertEquals(false, ClaimAligner.accepts(xy, z, between), "share none");
    assertEquals(true, ClaimAligner.accepts(z, none, between), "one names none");
    assertEquals(true, ClaimAligner.accepts(xy, z, ClaimAligner.MIN_COSINE_ACTORS_APART));
  }

  @Test
  void aSharedDateAnchorsALowerCosine() {
    Input a =
        new Input(
            "a",
            "left",
            claim(0, "spoke on 15 March", List.of("x", "y"), List.of("2025-03-15"), List.of()));
    Input b =
        new Input(
            "b",
            "right",
            claim(0, "spoke on Saturday", List.of("y"), List.of("2025-03-15"), List.of()));
    Input nobody =
        new Input(
            "b",
            "right",
            claim(0, "they spoke on Saturday", List.of(), List.of("2025-03-15"), List.of()));
    assertEquals(
        false, ClaimAligner.accepts(a, nobody, 0.70), "the anchor needs an actor in common");
    assertEquals(true, ClaimAligner.accepts(a, nobody, 0.79));
    Input c = new Input("c", "right", claim(0, "spoke this week", List.of(), List.of(), List.of()));
    assertEquals(true, ClaimAligner.accepts(a, b, 0.70), "same date: 0.68 is enough");
    assertEquals(false, ClaimAligner.accepts(a, c, 0.70), "no shared date: 0.78");
    assertEquals(false, ClaimAligner.accepts(a, c, 0.76), "no shared date: 0.78");
    assertEquals(false, ClaimAligner.accepts(a, b, 0.66), "below the anchored threshold");
    assertEquals(true, ClaimAligner.accepts(a, c, 0.79));
  }

  @Test
  void contradictingDatesOrNumbersAreDifferentClaimsAtAnyCosine() {
    Input march15 =
        new Input(
            "a",
            "left",
            claim(0, "spoke on 15 March", List.of(), List.of("2025-03-15"), List.of()));
    Input march14 =
        new Input(
            "b", "right", claim(0, "spoke on Friday", List.of(), List.of("2025-03-14"), List.of()));
    Input both =
        new Input(
            "c",
            "right",
            claim(
                0,
                "spoke on Friday and Saturday",
                List.of(),
                List.of("2025-03-14", "2025-03-15"),
                List.of()));
    assertEquals(false, ClaimAligner.accepts(march15, march14, 0.95), "two days, two events");
    assertEquals(true, ClaimAligner.accepts(march15, both, 0.95), "a day in common");

    Input dead = numbers("a", "left", "32 people", "101");
    assertEquals(
        true,
        ClaimAligner.accepts(dead, numbers("b", "right", "31 people"), 0.9),
        "one count of people, two values: a disagreement of one claim");
    assertEquals(
        true,
        ClaimAligner.accepts(dead, numbers("b", "right", "101 injury"), 0.9),
        "a value in common");
    assertEquals(
        true,
        ClaimAligner.accepts(numbers("a", "left", "32 people"), numbers("b", "right", "31"), 0.9),
        "a lone number that counts nothing named is compared (ClaimReading.numberConflict)");
    assertEquals(
        false,
        ClaimAligner.accepts(dead, numbers("b", "right", "30 day", "5 soldier"), 0.9),
        "neither a value nor what is counted in common");
    assertEquals(
        false,
        ClaimAligner.accepts(
            numbers("a", "left", "2 million"), numbers("b", "right", "40 percent"), 0.9));
    assertEquals(true, ClaimAligner.accepts(dead, numbers("b", "right"), 0.9), "one names none");
  }

  private static Input numbers(String doc, String bloc, String... numbers) {
    return new Input(
        doc, bloc, claim(0, doc + " counts", List.of("x"), List.of(), List.of(numbers)));
  }

  @Test
  void aChainThroughAMiddleSentenceIsNoClaimOfItsEnds() {
    // A~B and B~C pass the pair test, A and C are far apart: single linkage made one claim of
    // three blocs of it; complete linkage keeps A and C apart, whatever blocs the ends are in.
    for (List<String> blocs :
        List.of(List.of("left", "center", "right"), List.of("left", "right", "left"))) {
      List<Input> in =
          ClaimAligner.sorted(
              List.of(
                  input("a", blocs.get(0), 0, List.of("x")),
                  input("b", blocs.get(1), 0, List.of("x")),
                  input("c", blocs.get(2), 0, List.of("x"))));
      float[][] v = {at(0), at(30), at(62)}; // a~b 0.87, b~c 0.85, a~c 0.47
      List<Claim> claims = ClaimAligner.alignEncoded("s", in, v);
      Map<String, String> of = claimOf(claims);
      assertEquals(of.get("a[0]"), of.get("b[0]"), "the closest link still joins: " + blocs);
      assertNotEquals(of.get("b[0]"), of.get("c[0]"), "c would sit in a claim with a: " + blocs);
      assertEquals(2, claims.size());
      assertEquals(
          List.of("a", "b"), claims.get(0).members().stream().map(m -> m.docId()).toList());
    }
    // and the narrative's shared data points: no claim of all three blocs
    List<Input> in =
        ClaimAligner.sorted(
            List.of(
                input("a", "left", 0, List.of("x")),
                input("b", "center", 0, List.of("x")),
                input("c", "right", 0, List.of("x"))));
    List<Claim> claims = ClaimAligner.alignEncoded("s", in, new float[][] {at(0), at(30), at(62)});
    ClaimReading r =
        ClaimReading.of(
            List.of("center", "left", "right"),
            List.of(),
            claims,
            List.of(),
            DistinctiveWords.Background.of(Map.of()));
    assertEquals(List.of(), r.shared());
  }

  @Test
  void aClaimJoinsAnotherOnlyWhenEveryPairPassesTheTestOnItsOwnCosine() {
    // {a, b} and {c, d} each pass; a~c is the link between them (0.82), but b~d at 0.64 fails:
    // two claims. The claim's centre is close to all four, which is why the test is pairwise.
    List<Input> in =
        ClaimAligner.sorted(
            List.of(
                input("a", "left", 0, List.of("x")),
                input("b", "left", 0, List.of("x")),
                input("c", "right", 0, List.of("x")),
                input("d", "right", 0, List.of("x"))));
    float[][] v = {at(0), at(-15), at(35), at(35.5)};
    List<Claim> claims = ClaimAligner.alignEncoded("s", in, v);
    Map<String, String> of = claimOf(claims);
    assertEquals(of.get("a[0]"), of.get("b[0]"));
    assertEquals(of.get("c[0]"), of.get("d[0]"));
    assertNotEquals(of.get("a[0]"), of.get("c[0]"), "b and d are 50.5 degrees apart");
    // closer, every pair passes (b~d 0.79): one claim of two blocs
    v = new float[][] {at(0), at(-5), at(30), at(33)};
    claims = ClaimAligner.alignEncoded("s", in, v);
    assertEquals(1, claims.size());
    assertEquals(List.of("left", "right"), claims.get(0).blocs());
  }

  @Test
  void contradictingNumbersKeepTwoCloseSentencesApart() {
    List<Input> in =
        ClaimAligner.sorted(
            List.of(
                numbers("a", "left", "32 people", "101"),
                numbers("b", "right", "30 day", "5 soldier"),
                numbers("c", "right", "31 people")));
    float[][] v = {at(0), at(5), at(10)}; // all above 0.98
    Map<String, String> of = claimOf(ClaimAligner.alignEncoded("s", in, v));
    assertNotEquals(of.get("a[0]"), of.get("b[0]"), "they count different things");
    assertEquals(of.get("a[0]"), of.get("c[0]"), "32 against 31 people: one claim, two numbers");
  }

  @Test
  void theSeedSentencesAlignWithTheEncoder() {
    String cessation000 =
        "In response, Lavrov “emphasized the necessity of immediate cessation of force by all"
            + " parties” and stressed the importance of entering into political dialogue “to find a"
            + " solution excluding further bloodshed,” according to Russia’s Foreign Ministry.";
    String cessation002 =
        "“In response to the American representative’s arguments, Sergey Lavrov stressed the need"
            + " for an immediate cessation of the use of force and the importance for all sides to"
            + " engage in political dialogue in order to find a solution that would prevent further"
            + " bloodshed,” the ministry said.";
    String designation =
        "Earlier this year, the White House designated the Houthi movement “Ansar Allah” as a"
            + " terrorist organization.";
    String iran =
        "Iran also condemned the US airstrikes, calling them a “gross violation of international law.”";
    List<Input> in =
        List.of(
            new Input(
                "seed-000",
                "ukraine",
                claim(8, cessation000, List.of("sergei-lavrov"), List.of(), List.of())),
            new Input(
                "seed-000",
                "ukraine",
                claim(9, designation, List.of("houthis"), List.of(), List.of())),
            new Input(
                "seed-002",
                "middle_east",
                claim(2, cessation002, List.of("sergei-lavrov"), List.of(), List.of())),
            new Input(
                "seed-002", "middle_east", claim(18, iran, List.of("iran"), List.of(), List.of())));
    List<Claim> claims = ClaimAligner.align("seed-000", in, OnnxSentenceEncoder.minilm());
    Map<String, String> of = claimOf(claims);
    assertEquals(of.get("seed-000[8]"), of.get("seed-002[2]"));
    assertNotEquals(of.get("seed-000[9]"), of.get("seed-002[18]"));
    assertEquals("seed-000#1", of.get("seed-000[8]"));
    assertEquals(
        0.966, claims.get(0).members().get(0).similarity(), 0.01, "cosine 0.87 to each other");
    float[][] v = OnnxSentenceEncoder.minilm().encode(List.of(cessation000, cessation002));
    assertEquals(0.866, Vectors.dot(v[0], v[1]), 0.01);
  }
}
