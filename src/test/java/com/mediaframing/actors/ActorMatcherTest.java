package com.mediaframing.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActorMatcherTest {
  private static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 15);

  private static final ActorMatcher MATCHER =
      new ActorMatcher(
          ActorDictionary.parse(
              new StringReader(
                  """
                  actor_id,name,type,aliases
                  marco-rubio,Marco Rubio,person,Rubio|Secretary of State@2025-01-21..
                  mike-pompeo,Mike Pompeo,person,Pompeo|Secretary of State@2018-04-26..2021-01-20
                  sergei-lavrov,Sergei Lavrov,person,Lavrov|Russian Foreign Minister@2004-03-09..
                  donald-trump,Donald Trump,person,Trump|POTUS@2017-01-20..2021-01-20|POTUS@2025-01-20..
                  volodymyr-zelensky,Volodymyr Zelensky,person,Zelenskyy
                  tammy-bruce,Tammy Bruce,person,State Department spokesperson@2025-01-21..
                  hillary-clinton,Hillary Clinton,person,Secretary Clinton
                  bill-clinton,Bill Clinton,person,President Clinton
                  elizabeth-warren,Elizabeth Warren,person,
                  tucker-carlson,Tucker Carlson,person,
                  ben-carson,Ben Carson,person,
                  xi-jinping,Xi Jinping,person,
                  houthis,Houthis,group,Houthi|Ansar Allah
                  russian-foreign-ministry,Russian Foreign Ministry,institution,Russia's Foreign Ministry
                  stop,Phrases,stop,Washington Post
                  united-states,United States,country,US|U.S.|Washington
                  united-kingdom,United Kingdom,country,UK
                  russia,Russia,country,Moscow
                  iran,Iran,country,
                  bayda,al-Bayda,place,
                  """),
              "test.csv"));

  private static List<ActorMention> find(LocalDate published, String... sentences) {
    TaggedArticle article = TaggedArticle.of(sentences);
    List<ActorMention> mentions = MATCHER.find(article.text(), article.sentences(), published);
    for (ActorMention m : mentions) {
      assertEquals(m.surface(), article.text().substring(m.charStart(), m.charEnd()));
    }
    return mentions;
  }

  /** Mentions as "actor=surface(kind)", comma-separated, for compact assertions. */
  private static String found(LocalDate published, String... sentences) {
    return find(published, sentences).stream()
        .map(m -> m.actorId() + "=" + m.surface() + "(" + m.matchKind().label() + ")")
        .collect(Collectors.joining(", "));
  }

  @Test
  void aliasesIgnoreCaseAndAccents() {
    assertEquals(
        "sergei-lavrov=LAVROV(alias), sergei-lavrov=lavrov(alias), sergei-lavrov=Lávrov(alias),"
            + " volodymyr-zelensky=ZELENSKYY(alias), houthis=ansar allah(alias)",
        found(null, "LAVROV met lavrov and Lávrov , ZELENSKYY and ansar allah"));
  }

  @Test
  void possessivesAreLeftOutOfTheMention() {
    List<ActorMention> mentions =
        find(null, "Lavrov's aide , Lavrov’s deputy , Lavrov 's wife and the Houthis' leader");
    assertEquals(4, mentions.size());
    ActorMention first = mentions.get(0);
    assertEquals(
        new ActorMention("sergei-lavrov", 0, 0, 1, 0, 6, "Lavrov", MatchKind.ALIAS), first);
    assertEquals("Lavrov", mentions.get(1).surface());
    assertEquals(16, mentions.get(1).charStart());
    ActorMention split = mentions.get(2);
    assertEquals(6, split.tokenStart());
    assertEquals(7, split.tokenEnd());
    assertEquals("Houthis", mentions.get(3).surface());
    assertEquals(
        "russian-foreign-ministry=Russia’s Foreign Ministry(alias)",
        found(null, "Russia’s Foreign Ministry said"));
  }

  @Test
  void acronymsMatchOnlyInCapitals() {
    assertEquals(
        "united-states=U.S.(alias), united-states=US(alias), united-kingdom=UK(alias)",
        found(null, "The U.S. told us , and the US and UK told Us so ."));
  }

  @Test
  void hyphensAndDashesSeparateNames() {
    assertEquals(
        "united-states=US(alias), russia=Russia(alias), iran=Iran(alias),"
            + " bayda=al - Bayda(alias), sergei-lavrov=Lavrov(alias), marco-rubio=Rubio(alias)",
        found(
            null,
            "US-Russia talks on Iran-backed strikes in al - Bayda and the Lavrov–Rubio call"));
  }

  @Test
  void titleBeforeNameIsOneMentionCoveringBoth() {
    List<ActorMention> mentions = find(MARCH_2025, "Secretary of State Marco Rubio spoke");
    assertEquals(
        List.of(
            new ActorMention(
                "marco-rubio", 0, 0, 5, 0, 30, "Secretary of State Marco Rubio", MatchKind.ALIAS)),
        mentions);
    assertEquals(
        "sergei-lavrov=Russian Foreign Minister Sergei Lavrov(alias)",
        found(MARCH_2025, "Russian Foreign Minister Sergei Lavrov said"));
    assertEquals(
        "marco-rubio=Secretary of State(alias), marco-rubio=Marco Rubio(alias)",
        found(MARCH_2025, "Secretary of State , Marco Rubio , said"),
        "punctuation between title and name keeps two mentions");
  }

  @Test
  void titlesMatchOnlyInsideTheirWindow() {
    String sentence = "Secretary of State Mike Pompeo met Lavrov";
    assertEquals(
        "mike-pompeo=Secretary of State Mike Pompeo(alias), sergei-lavrov=Lavrov(alias)",
        found(LocalDate.of(2019, 6, 1), sentence));
    assertEquals(
        "marco-rubio=Secretary of State(alias), mike-pompeo=Mike Pompeo(alias),"
            + " sergei-lavrov=Lavrov(alias)",
        found(MARCH_2025, sentence));
    assertEquals(
        "mike-pompeo=Mike Pompeo(alias), sergei-lavrov=Lavrov(alias)", found(null, sentence));
    assertEquals("donald-trump=POTUS(alias)", found(LocalDate.of(2019, 6, 1), "POTUS said"));
    assertEquals("", found(LocalDate.of(2023, 6, 1), "POTUS said"));
    assertEquals("donald-trump=POTUS(alias)", found(LocalDate.of(2025, 1, 20), "POTUS said"));
    assertEquals("", found(LocalDate.of(2021, 1, 20), "POTUS said"), "window end is exclusive");
  }

  @Test
  void misspelledFirstNamesMatchFuzzily() {
    assertEquals(
        "sergei-lavrov=Segrei Lavrov(fuzzy), sergei-lavrov=Sergey Lavrov(fuzzy),"
            + " sergei-lavrov=Sergei Lavorv(fuzzy)",
        found(null, "Segrei Lavrov and Sergey Lavrov and Sergei Lavorv"));
    assertEquals(
        "volodymyr-zelensky=Volodymir Zelensky(fuzzy), elizabeth-warren=Elisabeth Warren(fuzzy)",
        found(null, "Volodymir Zelensky met Elisabeth Warren"));
  }

  @Test
  void standaloneSurnameVariantsMatchWhenProperNouns() {
    assertEquals(
        "sergei-lavrov=Lavorv(fuzzy), volodymyr-zelensky=Zelenski(fuzzy)",
        found(null, "Lavorv_PROPN and Zelenski_PROPN spoke"));
  }

  @Test
  void shortAndCommonWordsNeverMatchFuzzily() {
    assertEquals(
        "",
        found(
            null,
            "Trunp_PROPN and Brice_PROPN and Putn_PROPN arrived",
            "The warden_NOUN came . Warden_PROPN Smith said",
            "Warren_NOUN and Lavorv_NOUN left",
            "He played his trump_NOUN card"));
    assertEquals(
        "ben-carson=Ben Carson(alias), ben-carson=Carson(surname)",
        found(null, "Ben Carson spoke . Carson_PROPN left"),
        "a piece of another alias is never a variant (Carson is not Carlson)");
  }

  @Test
  void bareSurnameNeedsAnEarlierFullMention() {
    assertEquals(
        "tammy-bruce=Tammy Bruce(alias), tammy-bruce=Bruce(surname)",
        found(null, "Bruce said", "Tammy Bruce spoke", "Bruce added and bruce_NOUN"));
  }

  @Test
  void sharedSurnameGoesToTheMostRecentPerson() {
    assertEquals(
        "hillary-clinton=Hillary Clinton(alias), bill-clinton=Bill Clinton(alias),"
            + " bill-clinton=Clinton(surname), hillary-clinton=Secretary Clinton(alias),"
            + " hillary-clinton=Clinton(surname)",
        found(
            null,
            "Hillary Clinton met Bill Clinton",
            "Clinton said",
            "Secretary Clinton replied",
            "Clinton left"));
  }

  @Test
  void titleFollowedByBareSurnameIsOneMention() {
    assertEquals(
        "tammy-bruce=State Department spokesperson Bruce(alias)",
        found(MARCH_2025, "State Department spokesperson Bruce said"));
  }

  @Test
  void stopPhrasesShadowShorterAliases() {
    assertEquals(
        "united-states=Washington(alias)",
        found(null, "The Washington Post says Washington will act"));
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(MATCHER);
    }
    ActorMatcher copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (ActorMatcher) in.readObject();
    }
    TaggedArticle article = TaggedArticle.of("Segrei Lavrov told the US", "Lavrov left");
    List<ActorMention> expected = MATCHER.find(article.text(), article.sentences(), null);
    assertEquals(3, expected.size());
    assertEquals(expected, copy.find(article.text(), article.sentences(), null));
    assertTrue(copy.dictionary().actor("houthis").isPresent());
  }
}
