package com.mediaframing.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.actors.Actor;
import com.mediaframing.actors.ActorAlias;
import com.mediaframing.actors.ActorDictionary;
import com.mediaframing.actors.ActorMention;
import com.mediaframing.actors.MatchKind;
import com.mediaframing.nlp.AnnotatedSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FactExtractorTest {
  private static final ActorDictionary ACTORS =
      ActorDictionary.of(
          List.of(
              new Actor(
                  "houthis", "Houthis", "group", List.of(new ActorAlias("Houthi", null, null))),
              new Actor(
                  "yemen", "Yemen", "country", List.of(new ActorAlias("Yemen", null, null)))));

  /** A sentence from "token_TAG" words; lemmas are lower-case tokens unless "token_TAG_lemma". */
  static AnnotatedSentence sentence(int index, String text) {
    String[] raw = text.trim().split("\\s+");
    int n = raw.length;
    String[] tokens = new String[n];
    String[] tags = new String[n];
    String[] lemmas = new String[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    int pos = 0;
    for (int i = 0; i < n; i++) {
      String[] parts = raw[i].split("_");
      tokens[i] = parts[0];
      tags[i] = parts.length > 1 ? parts[1] : "X";
      lemmas[i] = parts.length > 2 ? parts[2] : parts[0].toLowerCase(Locale.ROOT);
      starts[i] = pos;
      ends[i] = pos + tokens[i].length();
      pos = ends[i] + 1;
    }
    return new AnnotatedSentence(index, tokens, starts, ends, tags, lemmas);
  }

  private static Map<String, List<Integer>> facts(
      List<AnnotatedSentence> sentences, List<ActorMention> mentions) {
    return new FactExtractor(ACTORS)
        .extract(sentences, mentions).stream()
            .collect(
                Collectors.toMap(f -> f.getType() + ":" + f.getFact(), FactRecord::getSentences));
  }

  @Test
  void numbersKeepTheirUnitNounAsLemma() {
    var f =
        facts(
            List.of(
                sentence(0, "Strikes_NOUN killed_VERB 32_NUM people_NOUN ._PUNCT"),
                sentence(
                    1,
                    "Ukraine_PROPN agreed_VERB to_ADP a_DET 30_NUM -_PUNCT day_NOUN"
                        + " truce_NOUN in_ADP 2025_NUM ._PUNCT"),
                sentence(2, "It_PRON hit_VERB 3_NUM large_ADJ vessels_NOUN_vessel")),
            List.of());
    assertEquals(List.of(0), f.get("number:32 people"));
    assertEquals(List.of(1), f.get("number:30-day truce"));
    assertEquals(List.of(2), f.get("number:3 vessel"));
    assertFalse(f.keySet().stream().anyMatch(k -> k.contains("2025")), f.toString());
  }

  @Test
  void datesAreNormalizedAndMonthsAreNotPlaces() {
    var f =
        facts(
            List.of(
                sentence(0, "They_PRON spoke_VERB on_ADP 15_NUM March_PROPN ._PUNCT"),
                sentence(1, "On_ADP March_PROPN 15_NUM ,_PUNCT and_CCONJ on_ADP Saturday_PROPN"),
                sentence(2, "They_PRON met_VERB in_ADP February_PROPN")),
            List.of());
    assertEquals(List.of(0, 1), f.get("date:15 March"));
    assertEquals(List.of(1), f.get("date:Saturday"));
    assertFalse(f.containsKey("place:February"), f.toString());
  }

  @Test
  void actorsPlacesQuotesAndTerms() {
    List<AnnotatedSentence> s =
        List.of(
            sentence(
                0,
                "Houthi_PROPN attacks_NOUN_attack in_ADP the_DET Red_PROPN Sea_PROPN hit_VERB"
                    + " Yemen_PROPN ._PUNCT"),
            sentence(
                1,
                "“_PUNCT Attacks_NOUN_attack will_AUX not_PART be_AUX tolerated_VERB ,_PUNCT ”_PUNCT"
                    + " said_VERB Tammy_PROPN Bruce_PROPN according_VERB to_ADP Radio_PROPN"
                    + " Liberty_PROPN"));
    List<ActorMention> mentions = new ArrayList<>();
    mentions.add(mention("houthis", 0, 0, 1));
    mentions.add(mention("yemen", 0, 7, 8));
    var f = facts(s, mentions);
    assertEquals(List.of(0), f.get("actor:Houthis"));
    assertEquals(List.of(0), f.get("place:Yemen"), "countries are places");
    assertEquals(List.of(0), f.get("place:Red Sea"));
    assertEquals(List.of(1), f.get("quote:attacks will not be tolerated"));
    assertEquals(List.of(1), f.get("term:Tammy Bruce"), "names outside the dictionary are terms");
    assertEquals(List.of(1), f.get("term:Radio Liberty"), "'according to' is not a place");
    assertEquals(List.of(0, 1), f.get("term:attack"), "a noun used twice is a key term");
    assertTrue(f.keySet().stream().noneMatch(k -> k.startsWith("term:Houthi")), f.toString());
  }

  private static ActorMention mention(String actor, int sentence, int from, int to) {
    return new ActorMention(actor, sentence, from, to, 1, 2, actor, MatchKind.ALIAS);
  }
}
