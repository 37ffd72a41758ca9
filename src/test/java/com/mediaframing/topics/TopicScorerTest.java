package com.mediaframing.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.clean.BoilerplateCleaner;
import com.mediaframing.clean.CleanedText;
import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicScorerTest {
  private static final TopicScorer SCORER =
      new TopicScorer(
          TopicDictionary.parse(
              new StringReader(
                  "topic_id,label,terms\n"
                      + "military,Military action,strike|airstrike\n"
                      + "yemen,Yemen,Houthi|Red Sea|Yemen\n"
                      + "shipping,Shipping,Red Sea shipping|peace talks\n"
                      + "alliances,Alliances,NATO|UN|US-Russia\n"),
              "test-topics.csv"));

  /** A sentence from {@code token/lemma} pairs; a bare token is its own lower-cased lemma. */
  private static AnnotatedSentence sentence(String... tokensWithLemmas) {
    int n = tokensWithLemmas.length;
    String[] tokens = new String[n];
    String[] lemmas = new String[n];
    String[] tags = new String[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    int pos = 0;
    for (int i = 0; i < n; i++) {
      String[] parts = tokensWithLemmas[i].split("/", 2);
      tokens[i] = parts[0];
      lemmas[i] = parts.length > 1 ? parts[1] : parts[0].toLowerCase(Locale.ROOT);
      tags[i] = "X";
      starts[i] = pos;
      ends[i] = pos + tokens[i].length();
      pos = ends[i] + 1;
    }
    return new AnnotatedSentence(0, tokens, starts, ends, tags, lemmas);
  }

  private static Map<String, Integer> matches(AnnotatedSentence... sentences) {
    return SCORER.score(List.of(sentences)).matches();
  }

  @Test
  void termsMatchInflectedFormsThroughLemmas() {
    assertEquals(
        Map.of("military", 2),
        matches(sentence("The/the", "strikes/strike", "struck/strike", "targets/target")));
    assertEquals(Map.of("military", 1), matches(sentence("bombs", "striking/strike", "targets")));
    assertEquals(Map.of(), matches(sentence("strikers/striker", "met")));
  }

  @Test
  void unknownPluralsAndPossessivesStillMatch() {
    // OpenNLP leaves "Houthis" as lemma "houthis" and "Yemen's" as "yemen+'s".
    assertEquals(
        Map.of("yemen", 3),
        matches(sentence("Houthis/houthis", "attacked", "Yemen's/yemen+'s", "Houthi", "ports")));
    assertEquals(Map.of("yemen", 1), matches(sentence("Houthi-controlled", "territories")));
  }

  @Test
  void phrasesMatchConsecutiveTokensLongestFirst() {
    assertEquals(Map.of("yemen", 1), matches(sentence("in", "the", "Red", "Sea", ".")));
    assertEquals(Map.of(), matches(sentence("a", "red", "flag", "at", "sea")));
    assertEquals(
        Map.of("shipping", 1), matches(sentence("attacks", "on", "Red", "Sea", "shipping")));
    assertEquals(
        Map.of("shipping", 1), matches(sentence("pushing", "for", "peace", "talks/talk", "now")));
  }

  @Test
  void acronymsMatchCaseSensitively() {
    assertEquals(Map.of("alliances", 2), matches(sentence("NATO", "and", "the", "UN's", "envoy")));
    assertEquals(Map.of(), matches(sentence("Nato", "un", "Un", "nato")));
  }

  @Test
  void hyphenatedTermsMatchSplitAndJoinedTokens() {
    assertEquals(Map.of("alliances", 1), matches(sentence("US", "-", "Russia", "talks")));
    assertEquals(Map.of("alliances", 1), matches(sentence("US-Russia/us-russia", "talks")));
    assertEquals(Map.of(), matches(sentence("US", "and", "Russia")));
  }

  @Test
  void weightsAreSharesOfRetainedMatches() {
    TopicProfile profile =
        SCORER.score(
            List.of(
                sentence("Houthi", "strikes/strike", "in", "Yemen"),
                sentence("Red", "Sea", "airstrike", "near", "Yemen")));
    assertEquals(Map.of("military", 2, "yemen", 4), profile.matches());
    assertEquals(2 / 6.0, profile.weight("military"), 1e-12);
    assertEquals(4 / 6.0, profile.weight("yemen"), 1e-12);
    assertEquals(1.0, profile.weights().values().stream().mapToDouble(d -> d).sum(), 1e-12);
  }

  @Test
  void weakTopicsAreDroppedOnlyWhenAnotherTopicHasEnoughEvidence() {
    TopicProfile oneStrong = SCORER.score(List.of(sentence("Houthi", "Yemen", "NATO")));
    assertEquals(Map.of("yemen", 2, "alliances", 1), oneStrong.matches());
    assertEquals(Map.of("yemen", 1.0), oneStrong.weights());

    TopicProfile allWeak = SCORER.score(List.of(sentence("Yemen", "and", "NATO")));
    assertEquals(Map.of("yemen", 0.5, "alliances", 0.5), allWeak.weights());

    TopicProfile none = SCORER.score(List.of(sentence("nothing", "here")));
    assertEquals(Map.of(), none.weights());
    assertEquals(0, none.totalMatches());
  }

  @Test
  void isSerializable() throws IOException {
    try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
      out.writeObject(SCORER);
    }
  }

  private static TopicProfile scoreSeed(String file, TopicScorer scorer, ArticleAnnotator annotator)
      throws IOException {
    String text = Files.readString(Path.of("seeds", file));
    CleanedText cleaned = BoilerplateCleaner.withDefaultRules().clean(text);
    return scorer.score(annotator.annotate(text, cleaned.kept()));
  }

  @Test
  void seedsGetTheExpectedTopics() throws IOException {
    TopicScorer scorer = new TopicScorer(TopicDictionary.load(Path.of("config", "topics.csv")));
    ArticleAnnotator annotator = new ArticleAnnotator(NlpModels.get());
    TopicProfile seed000 = scoreSeed("000_d08e899dbdaafca3.txt", scorer, annotator);
    TopicProfile seed002 = scoreSeed("002_1a35994561af305b.txt", scorer, annotator);
    assertTrue(seed002.weight("yemen_red_sea") > seed000.weight("yemen_red_sea"));
    assertTrue(seed000.weight("ukraine_war") > seed002.weight("ukraine_war"));
    // 002 mentions the Gaza ceasefire once: evidence too weak to count next to Yemen.
    assertEquals(1, seed002.matches().get("ukraine_war"));
    assertEquals(0.0, seed002.weight("ukraine_war"));
    assertEquals(
        "yemen_red_sea",
        seed002.weights().entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .orElseThrow()
            .getKey());
    assertEquals(1.0, seed000.weights().values().stream().mapToDouble(d -> d).sum(), 1e-12);
  }
}
