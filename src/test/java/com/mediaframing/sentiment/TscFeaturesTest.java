package com.mediaframing.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import com.mediaframing.nlp.WordClusters;
import com.mediaframing.nlp.WordVectors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TscFeaturesTest {
  private static final ArticleAnnotator ANNOTATOR = new ArticleAnnotator(NlpModels.get());
  private final TscFeatures features = new TscFeatures();

  private static AnnotatedSentence tag(String text) {
    List<AnnotatedSentence> sentences = ANNOTATOR.annotate(text);
    assertEquals(1, sentences.size(), text);
    return sentences.get(0);
  }

  @Test
  void objectOfANegativeVerb() {
    // Critics/NOUN slammed/VERB Trump/PROPN ./PUNCT
    AnnotatedSentence s = tag("Critics slammed Trump.");
    List<String> f = Arrays.asList(features.extract(s, new TokenSpan(2, 3), List.of()));
    assertEquals("bias", f.get(0));
    assertEquals("lex=--", f.get(1));
    assertEquals("tone=--", f.get(2));
    for (String expected :
        List.of(
            "wL1=slam",
            "wL3=critic",
            "bow=critic",
            "tL1=VERB",
            "tL2=NOUN",
            "sL1c-",
            "sl=c-slam",
            "neg-=m",
            "pos+=0",
            "lb=critic_slam",
            "rb=._</s>",
            "lp=NOUN_VERB",
            "role=object",
            "ov=slam",
            "rl=object|--",
            "nt=0")) {
      assertTrue(f.contains(expected), expected + " missing from " + f);
    }
    assertTrue(f.stream().noneMatch(x -> x.contains("trump")), "target words are masked: " + f);
  }

  @Test
  void otherTargetsAreMaskedAndRolesDiffer() {
    // 0 Smith 1 heroically 2 rescued 3 the 4 children 5 , 6 while 7 Jones 8 shamefully
    // 9 abandoned 10 them 11 .
    AnnotatedSentence s =
        tag("Smith heroically rescued the children, while Jones shamefully abandoned them.");
    TokenSpan smith = new TokenSpan(0, 1);
    TokenSpan jones = new TokenSpan(7, 8);
    List<String> forSmith = Arrays.asList(features.extract(s, smith, List.of(jones)));
    List<String> forJones = Arrays.asList(features.extract(s, jones, List.of(smith)));
    assertTrue(forSmith.contains("role=agent+"), forSmith.toString());
    assertTrue(forSmith.contains("av=rescue"), forSmith.toString());
    assertTrue(forSmith.contains("wR8=<t>"), forSmith.toString());
    assertTrue(forSmith.contains("sl=o-shamefully"), "outside Smith's clause: " + forSmith);
    assertTrue(forSmith.contains("nt=1"));
    assertTrue(forJones.contains("role=agent-"), forJones.toString());
    assertTrue(forJones.contains("sl=c-abandon"), forJones.toString());
    assertTrue(forJones.contains("wL1=while"), forJones.toString());
    assertTrue(forJones.contains("lb=,_while"), forJones.toString());
    assertFalse(forJones.stream().anyMatch(x -> x.contains("smith")), forJones.toString());
  }

  @Test
  void creditedSpeakerOfAQuote() {
    AnnotatedSentence s = tag("\"We will win,\" said Lavrov.");
    List<String> f = Arrays.asList(features.extract(s, new TokenSpan(7, 8), List.of()));
    assertTrue(f.contains("role=credited"), f.toString());
    assertTrue(f.contains("lb=<q>_say"), f.toString());
    assertTrue(f.contains("sl=o+win"), "the quote is outside the speaker's clause: " + f);
  }

  @Test
  void wordClustersOfContextAndRoleButNotOfTargets() {
    // 0 Critics 1 slammed 2 Trump 3 and 4 Biden 5 . ; "trump" and "biden" are in the table too.
    WordClusters table =
        new WordClusters(
            Map.of(
                "critics", new int[] {0, 11, 111},
                "slammed", new int[] {1, 12, 112},
                "and", new int[] {2, 13, 113},
                "trump", new int[] {3, 14, 114},
                "biden", new int[] {3, 14, 114}),
            3,
            "");
    TscFeatures withTable = new TscFeatures(VaderLexicon.get(), table, WordVectors.bundled());
    AnnotatedSentence s = tag("Critics slammed Trump and Biden.");
    List<String> f =
        Arrays.asList(withTable.extract(s, new TokenSpan(2, 3), List.of(new TokenSpan(4, 5))));
    for (String expected : List.of("cb=11", "cb=12", "cb=13", "cL=112", "cL=111", "cR=113")) {
      assertTrue(f.contains(expected), expected + " missing from " + f);
    }
    assertTrue(f.contains("ovc=112"), "object of slammed: " + f);
    assertTrue(f.stream().noneMatch(x -> x.endsWith("=14") || x.endsWith("=114")), f.toString());
    assertTrue(f.stream().noneMatch(x -> x.startsWith("cb=") && x.equals("cb=-1")), f.toString());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new TscFeatures(
                VaderLexicon.get(), new WordClusters(Map.of(), 2, ""), WordVectors.bundled()));
  }

  @Test
  void furtherMentionsAreMaskedGiveRolesAndBringContextNearer() {
    // 0 Smith 1 said 2 on 3 Monday 4 that 5 he 6 bravely 7 saved 8 the 9 boy 10 .
    AnnotatedSentence s = tag("Smith said on Monday that he bravely saved the boy.");
    TokenSpan smith = new TokenSpan(0, 1);
    List<String> once = Arrays.asList(features.extract(s, smith, List.of()));
    List<String> twice =
        Arrays.asList(features.extract(s, smith, List.of(), List.of(new TokenSpan(5, 6))));
    assertTrue(once.contains("wR8=save"), once.toString());
    assertTrue(once.contains("bow=he"), once.toString());
    assertTrue(
        once.stream().noneMatch(x -> x.startsWith("m") || x.startsWith("nm=")), once.toString());
    for (String expected :
        List.of("self", "wR3=save", "wR1=bravely", "mrole=agent+", "mav=save", "nm=1")) {
      assertTrue(twice.contains(expected), expected + " missing from " + twice);
    }
    assertTrue(twice.stream().noneMatch(x -> x.endsWith("=he")), "he is the target: " + twice);
    assertTrue(twice.contains("role=speaker"), "the first mention's own role stays: " + twice);
    assertThrows(
        IllegalArgumentException.class,
        () -> features.extract(s, smith, List.of(), List.of(new TokenSpan(10, 12))));
  }

  @Test
  void contextWordsWithVectorsLeaveOutTargetsAndCountFromTheNearestMention() {
    WordVectors table =
        WordVectors.quantise(
            Map.of(
                "smith", new float[] {1f},
                "said", new float[] {1f},
                "monday", new float[] {1f},
                "he", new float[] {1f},
                "bravely", new float[] {1f},
                "boy", new float[] {1f},
                "jones", new float[] {1f}),
            "test");
    TscFeatures withTable = new TscFeatures(VaderLexicon.get(), WordClusters.bundled(), table);
    // 0 Smith 1 said 2 on 3 Monday 4 that 5 he 6 bravely 7 saved 8 the 9 boy 10 to 11 Jones 12 .
    AnnotatedSentence s = tag("Smith said on Monday that he bravely saved the boy to Jones.");
    ContextWords c =
        withTable
            .features(
                s,
                new TokenSpan(0, 1),
                List.of(new TokenSpan(11, 12)),
                List.of(new TokenSpan(5, 6)))
            .context();
    // said (distance 1), Monday (3), bravely (1 from "he"), boy (4 from "he"); not Smith, he,
    // Jones.
    assertEquals(4, c.size());
    int[] expectedIds = {
      table.id("said"), table.id("monday"), table.id("bravely"), table.id("boy")
    };
    double[] expectedNearness = {1.0, 0.5, 1.0, 0.25};
    boolean[] expectedLeft = {false, true, false, false};
    for (int i = 0; i < 4; i++) {
      assertEquals(expectedIds[i], c.ids()[i], "word " + i);
      assertEquals(expectedNearness[i], c.nearness()[i], 1e-12, "word " + i);
      assertEquals(expectedLeft[i], c.left()[i], "word " + i);
    }
    assertTrue(c.inClause()[0], "said is in Smith's clause");
    // A target at the end has its context on the left.
    ContextWords last =
        withTable.features(s, new TokenSpan(11, 12), List.of(), List.of()).context();
    assertTrue(last.size() >= 5);
    for (int i = 0; i < last.size(); i++) {
      assertTrue(last.left()[i]);
    }
  }

  @Test
  void clauseToneAndFinalPunctuation() {
    // 0 Smith 1 won 2 , 3 but 4 critics 5 attacked 6 Jones 7 ?
    AnnotatedSentence s = tag("Smith won, but critics attacked Jones?");
    List<String> f = Arrays.asList(features.extract(s, new TokenSpan(0, 1), List.of()));
    assertTrue(f.contains("ctone=+") || f.contains("ctone=++"), f.toString());
    assertTrue(f.contains("otone=-") || f.contains("otone=--"), f.toString());
    assertTrue(f.contains("end=?"), f.toString());
    List<String> headline =
        Arrays.asList(features.extract(tag("Smith wins the vote"), new TokenSpan(0, 1), List.of()));
    assertTrue(headline.contains("end=none"), headline.toString());
    assertTrue(headline.contains("otone=0"), headline.toString());
  }

  @Test
  void scoringHashesAreTheHashesOfTheTrainingStrings() {
    // Every family: roles of both mentions, further mentions, other targets, quotes, clusters.
    AnnotatedSentence s =
        tag("\"We will win,\" Smith said, but critics said he bravely failed Jones.");
    TokenSpan smith = new TokenSpan(6, 7);
    TokenSpan he = new TokenSpan(11, 12);
    TokenSpan jones = new TokenSpan(14, 15);
    List<List<TokenSpan>> cases =
        List.of(
            List.of(smith),
            List.of(smith, jones),
            List.of(smith, jones, he),
            List.of(jones, smith),
            List.of(he, jones));
    for (List<TokenSpan> c : cases) {
      TokenSpan target = c.get(0);
      List<TokenSpan> others = c.size() > 1 ? List.of(c.get(1)) : List.of();
      List<TokenSpan> further = c.size() > 2 ? List.of(c.get(2)) : List.of();
      String[] strings = features.features(s, target, others, further).sparse();
      FeatureHashes hashes = new FeatureHashes();
      features.addTo(hashes, s, target, others, further);
      assertEquals(strings.length, hashes.size(), c.toString());
      for (int i = 0; i < strings.length; i++) {
        assertEquals(FeatureHashes.of(strings[i]), hashes.get(i), strings[i]);
      }
      if (c.size() > 2) {
        assertTrue(Arrays.asList(strings).contains("mrole=agent-"), Arrays.toString(strings));
      }
    }
  }

  @Test
  void theLastSentenceMemoChangesNothing() {
    // 0 Smith 1 won 2 , 3 but 4 critics 5 attacked 6 Jones 7 ?
    AnnotatedSentence two = tag("Smith won, but critics attacked Jones?");
    AnnotatedSentence one = tag("Critics slammed Trump.");
    TokenSpan smith = new TokenSpan(0, 1);
    TokenSpan jones = new TokenSpan(6, 7);
    TscFeatures warm = new TscFeatures();
    List<List<String>> seen = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      seen.add(Arrays.asList(warm.extract(two, smith, List.of(jones))));
      seen.add(Arrays.asList(warm.extract(two, jones, List.of(smith))));
      seen.add(Arrays.asList(warm.extract(one, new TokenSpan(2, 3), List.of())));
    }
    List<List<String>> fresh =
        List.of(
            Arrays.asList(new TscFeatures().extract(two, smith, List.of(jones))),
            Arrays.asList(new TscFeatures().extract(two, jones, List.of(smith))),
            Arrays.asList(new TscFeatures().extract(one, new TokenSpan(2, 3), List.of())));
    for (int i = 0; i < seen.size(); i++) {
      assertEquals(fresh.get(i % 3), seen.get(i), "call " + i);
    }
    assertFalse(seen.get(0).equals(seen.get(1)));
  }

  @Test
  void buckets() {
    assertEquals("1", FeatureNames.distanceBucket(1));
    assertEquals("3", FeatureNames.distanceBucket(2));
    assertEquals("8", FeatureNames.distanceBucket(8));
    assertEquals("f", FeatureNames.distanceBucket(9));
    assertEquals("--", FeatureNames.bucket(-0.5));
    assertEquals("-", FeatureNames.bucket(-0.05));
    assertEquals("0", FeatureNames.bucket(0.0));
    assertEquals("+", FeatureNames.bucket(0.05));
    assertEquals("++", FeatureNames.bucket(0.5));
    assertEquals("0", FeatureNames.magnitude(0.0));
    assertEquals("s", FeatureNames.magnitude(0.9));
    assertEquals("m", FeatureNames.magnitude(1.0));
    assertEquals("l", FeatureNames.magnitude(2.5));
  }
}
