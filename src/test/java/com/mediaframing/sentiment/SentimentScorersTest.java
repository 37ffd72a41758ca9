package com.mediaframing.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.base.ConfigException;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentScorersTest {
  @Test
  void theRegistryNamesEachScorerOnceTheDefaultFirst() {
    List<String> names = SentimentScorers.names();
    assertEquals(names.size(), new HashSet<>(names).size());
    assertEquals("model", SentimentScorers.DEFAULT);
    assertEquals("model|encoder|lexicon|sentence-tone", SentimentScorers.usage());
  }

  /**
   * A scorer's id starts with its entry's prefix, so an output's manifest finds its stance rule.
   */
  @Test
  void eachScorersIdStartsWithItsPrefix() {
    for (String name : List.of("model", "lexicon", "sentence-tone")) {
      SentimentScorers.Scorer entry = SentimentScorers.named(name);
      String id = SentimentScorers.create(name).id();
      assertTrue(id.startsWith(entry.idPrefix()), name + ": " + id);
      assertEquals(entry.stance(), SentimentScorers.stance(id));
    }
    assertTrue(
        EncoderTargetScorer.VERSION.startsWith(SentimentScorers.named("encoder").idPrefix()));
  }

  @Test
  void anUnknownNameIsAConfigurationError() {
    ConfigException e = assertThrows(ConfigException.class, () -> SentimentScorers.create("vader"));
    assertEquals(
        "unknown sentiment scorer 'vader'; use model, encoder, lexicon, sentence-tone",
        e.getMessage());
  }
}
