package com.mediaframing.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.base.ConfigException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicDictionaryTest {
  private static TopicDictionary parse(String csv) {
    return TopicDictionary.parse(new StringReader(csv), "topics.csv");
  }

  private static String error(String csv) {
    return assertThrows(ConfigException.class, () -> parse(csv)).getMessage();
  }

  @Test
  void parsesTopicsWithPhrasesAndComments() {
    TopicDictionary dictionary =
        parse(
            "# test topics\n"
                + "topic_id,label,terms\n"
                + "yemen_red_sea,Yemen and the Red Sea, Yemen | Houthi |Red Sea\n"
                + "\n"
                + "ukraine_war,\"War in Ukraine, 2022-\",Ukraine|Kyiv\n");
    assertEquals(2, dictionary.size());
    assertEquals(
        new Topic("yemen_red_sea", "Yemen and the Red Sea", List.of("Yemen", "Houthi", "Red Sea")),
        dictionary.topics().get(0));
    assertEquals("War in Ukraine, 2022-", dictionary.topic("ukraine_war").orElseThrow().label());
  }

  @Test
  void duplicateTopicIdNamesBothLines() {
    assertEquals(
        "topics.csv line 4: duplicate topic_id 'iran' (first defined on line 2)",
        error("topic_id,label,terms\niran,Iran,Iran\nguns,Guns,gun\niran,Iran again,Tehran\n"));
  }

  @Test
  void emptyTermsAndEmptyTermAreReported() {
    assertEquals(
        "topics.csv line 2: topic 'iran' has no terms",
        error("topic_id,label,terms\niran,Iran,\n"));
    assertEquals(
        "topics.csv line 2: topic 'iran' has an empty term in 'Iran||Tehran'",
        error("topic_id,label,terms\niran,Iran,Iran||Tehran\n"));
  }

  @Test
  void missingColumnWrongFieldCountAndBadIdAreReported() {
    assertEquals(
        "topics.csv: missing column 'terms' (header is [topic_id, label, words], expected"
            + " topic_id,label,terms)",
        error("topic_id,label,words\niran,Iran,Iran\n"));
    assertEquals(
        "topics.csv line 2: expected 3 fields (topic_id,label,terms), found 2",
        error("topic_id,label,terms\niran,Iran\n"));
    assertEquals(
        "topics.csv line 2: topic_id 'Iran War' must match [a-z][a-z0-9_]* (e.g. ukraine_war)",
        error("topic_id,label,terms\nIran War,Iran,Iran\n"));
  }

  @Test
  void aTermBelongsToOneTopic() {
    assertEquals(
        "topics.csv line 3: term 'houthis' of topic 'terrorism' is already a term of topic"
            + " 'yemen'; keep it in one topic",
        error("topic_id,label,terms\nyemen,Yemen,Houthis\nterrorism,Terrorism,ISIS|houthis\n"));
  }

  @Test
  void projectTopicsFileLoads() {
    TopicDictionary dictionary = TopicDictionary.load(Path.of("config", "topics.csv"));
    assertEquals(17, dictionary.size());
    assertTrue(dictionary.topic("yemen_red_sea").orElseThrow().terms().contains("Red Sea"));
    assertTrue(dictionary.labels().containsKey("us_russia_relations"));
  }

  @Test
  void missingFileIsAConfigError() {
    ConfigException e =
        assertThrows(
            ConfigException.class, () -> TopicDictionary.load(Path.of("config", "nope.csv")));
    assertEquals(
        "topics file config/nope.csv does not exist; create it or fix the path", e.getMessage());
  }
}
