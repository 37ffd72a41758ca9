package com.mediaframing.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default dictionary on the real seed articles, tagged by OpenNLP. */
class SeedArticleTest {
  private static ActorDictionary dictionary;
  private static ActorMatcher matcher;
  private static final ArticleAnnotator ANNOTATOR = new ArticleAnnotator(NlpModels.get());

  @BeforeAll
  static void loadDictionary() {
    dictionary = ActorDictionary.load(Path.of(ActorDictionary.DEFAULT_FILE));
    matcher = new ActorMatcher(dictionary);
  }

  private static String seed(String file) throws IOException {
    return Files.readString(Path.of("seeds", file));
  }

  private static List<ActorMention> find(String text, LocalDate published) {
    List<ActorMention> mentions = matcher.find(text, ANNOTATOR.annotate(text), published);
    for (ActorMention m : mentions) {
      assertEquals(m.surface(), text.substring(m.charStart(), m.charEnd()), m.toString());
    }
    return mentions;
  }

  /** Asserts a mention of {@code actorId} with exactly this surface at its first occurrence. */
  private static ActorMention assertMention(
      List<ActorMention> mentions, String text, String actorId, String surface, MatchKind kind) {
    int start = text.indexOf(surface);
    assertTrue(start >= 0, surface);
    ActorMention found =
        mentions.stream()
            .filter(m -> m.charStart() == start)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no mention at " + start + " (" + surface + ")"));
    assertEquals(actorId, found.actorId());
    assertEquals(start + surface.length(), found.charEnd());
    assertEquals(surface, found.surface());
    assertEquals(kind, found.matchKind());
    return found;
  }

  @Test
  void defaultDictionaryLoads() {
    assertTrue(dictionary.size() >= 70, "actors: " + dictionary.size());
    Actor trump = dictionary.actor("donald-trump").orElseThrow();
    assertEquals("person", trump.type());
    assertEquals(
        2, trump.aliases().stream().filter(a -> a.text().equals("POTUS")).count(), "two terms");
    Set<String> forbidden = Set.of("russian", "american", "president", "the president");
    for (Actor actor : dictionary.actors()) {
      for (ActorAlias alias : actor.aliases()) {
        assertFalse(forbidden.contains(alias.text().toLowerCase()), actor + " " + alias);
        assertTrue(Pieces.ofAlias(alias.text()).size > 0, alias.text());
      }
    }
  }

  @Test
  void findsTheActorsOfTheEuromaidanArticle() throws IOException {
    String text = seed("000_d08e899dbdaafca3.txt");
    List<ActorMention> mentions = find(text, LocalDate.of(2025, 3, 15));

    ActorMention rubio =
        assertMention(
            mentions, text, "marco-rubio", "Secretary of State Marco Rubio", MatchKind.ALIAS);
    assertEquals(675, rubio.charStart());
    assertEquals(15, rubio.tokenStart());
    assertEquals(20, rubio.tokenEnd());
    assertMention(mentions, text, "marco-rubio", "US State Secretary", MatchKind.ALIAS);
    assertMention(mentions, text, "sergei-lavrov", "Russian FM", MatchKind.ALIAS);
    assertMention(mentions, text, "sergei-lavrov", "Segrei Lavrov", MatchKind.FUZZY);
    assertMention(
        mentions, text, "sergei-lavrov", "Russian Foreign Minister Sergei Lavrov", MatchKind.ALIAS);
    assertMention(mentions, text, "donald-trump", "US President Donald Trump", MatchKind.ALIAS);
    assertMention(mentions, text, "donald-trump", "President Trump", MatchKind.ALIAS);
    assertMention(mentions, text, "houthis", "Houthis", MatchKind.ALIAS);
    assertMention(mentions, text, "houthis", "Houthi movement", MatchKind.ALIAS);
    assertMention(mentions, text, "houthis", "Ansar Allah", MatchKind.ALIAS);
    assertMention(
        mentions,
        text,
        "tammy-bruce",
        "State Department spokesperson Tammy Bruce",
        MatchKind.ALIAS);
    assertMention(
        mentions, text, "keir-starmer", "British Prime Minister Keir Starmer", MatchKind.ALIAS);
    assertMention(
        mentions, text, "emmanuel-macron", "French President Emmanuel Macron", MatchKind.ALIAS);
    assertMention(
        mentions, text, "russian-foreign-ministry", "Russia’s Foreign Ministry", MatchKind.ALIAS);

    assertEquals(
        Set.of("US", "United States", "Washington"),
        surfaces(mentions, "united-states"),
        "never the pronoun us");
    assertEquals(8, count(mentions, "sergei-lavrov"));
    assertEquals(9, count(mentions, "marco-rubio"));
    assertEquals(4, count(mentions, "donald-trump"));
    assertEquals(2, count(mentions, "keir-starmer"));
    assertTrue(
        mentions.stream().noneMatch(m -> m.surface().equals(m.surface().toLowerCase())),
        "the lower-case keyword line yields nothing");
  }

  @Test
  void findsTheActorsOfTheMiddleEastArticle() throws IOException {
    String text = seed("002_1a35994561af305b.txt");
    List<ActorMention> mentions = find(text, LocalDate.of(2025, 3, 16));
    assertMention(
        mentions, text, "marco-rubio", "US Secretary of State Marco Rubio", MatchKind.ALIAS);
    assertMention(mentions, text, "sergei-lavrov", "Sergey Lavrov", MatchKind.ALIAS);
    assertMention(
        mentions,
        text,
        "tammy-bruce",
        "US State Department spokesperson Tammy Bruce",
        MatchKind.ALIAS);
    assertMention(mentions, text, "irgc", "Iran’s Revolutionary Guards", MatchKind.ALIAS);
    assertMention(mentions, text, "hossein-salami", "Hossein Salami", MatchKind.ALIAS);
    assertMention(mentions, text, "esmaeil-baqaei", "Esmaeil Baqaei", MatchKind.ALIAS);
    assertMention(mentions, text, "houthis", "Ansarullah", MatchKind.ALIAS);
    assertMention(mentions, text, "united-kingdom", "UK", MatchKind.ALIAS);
    assertEquals(
        Set.of("Russia’s foreign ministry"), surfaces(mentions, "russian-foreign-ministry"));
  }

  @Test
  void titlesOutsideTheirWindowDoNotMatch() throws IOException {
    String text = seed("000_d08e899dbdaafca3.txt");
    List<ActorMention> undated = find(text, null);
    assertMention(undated, text, "marco-rubio", "Marco Rubio", MatchKind.ALIAS);
    assertTrue(
        surfaces(undated, "marco-rubio").stream().noneMatch(s -> s.contains("Secretary of")));
    assertFalse(surfaces(undated, "marco-rubio").contains("US State Secretary"));
  }

  @Test
  void printsThroughput() throws IOException {
    List<String> texts = new ArrayList<>();
    List<List<AnnotatedSentence>> annotated = new ArrayList<>();
    long tokens = 0;
    for (String file :
        List.of(
            "000_d08e899dbdaafca3.txt", "002_1a35994561af305b.txt", "004_e5f6e30fa9121122.txt")) {
      String text = seed(file);
      List<AnnotatedSentence> sentences = ANNOTATOR.annotate(text);
      texts.add(text);
      annotated.add(sentences);
      tokens += sentences.stream().mapToInt(AnnotatedSentence::size).sum();
    }
    LocalDate published = LocalDate.of(2025, 3, 15);
    int rounds = 2_000;
    long mentions = 0;
    long t0 = 0;
    for (int r = 0; r < rounds; r++) {
      if (r == rounds / 4) {
        t0 = System.nanoTime();
        mentions = 0;
      }
      for (int i = 0; i < texts.size(); i++) {
        mentions += matcher.find(texts.get(i), annotated.get(i), published).size();
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long measured = tokens * (rounds - rounds / 4);
    System.out.printf(
        "ActorMatcher: %,d tokens in %.2f s = %,.0f tokens/s (%,d mentions)%n",
        measured, seconds, measured / seconds, mentions);
    assertTrue(mentions > 0);
  }

  private static Set<String> surfaces(List<ActorMention> mentions, String actorId) {
    return mentions.stream()
        .filter(m -> m.actorId().equals(actorId))
        .map(ActorMention::surface)
        .collect(Collectors.toSet());
  }

  private static long count(List<ActorMention> mentions, String actorId) {
    return mentions.stream().filter(m -> m.actorId().equals(actorId)).count();
  }
}
