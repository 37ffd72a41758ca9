package com.mediaframing.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.actors.ActorDictionary;
import com.mediaframing.actors.ActorMatcher;
import com.mediaframing.clean.BoilerplateCleaner;
import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Who the two seed news articles quote, and which agencies they cite. */
class SeedQuotesTest {
  private static final ArticleAnnotator ANNOTATOR = new ArticleAnnotator(NlpModels.get());
  private static final ActorDictionary DICTIONARY =
      ActorDictionary.load(Path.of(ActorDictionary.DEFAULT_FILE));

  private static QuoteExtraction seed(String file, String published) throws IOException {
    String text = Files.readString(Path.of("seeds", file));
    List<AnnotatedSentence> sentences =
        ANNOTATOR.annotate(text, BoilerplateCleaner.withDefaultRules().clean(text).kept());
    return new RuleQuoteExtractor(DICTIONARY)
        .extract(
            text,
            null,
            null,
            sentences,
            new ActorMatcher(DICTIONARY).find(text, sentences, LocalDate.parse(published)));
  }

  private static Quote direct(QuoteExtraction x, String start) {
    return x.quotes().stream()
        .filter(q -> q.kind() == Quote.Kind.DIRECT && q.content().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no direct quote '" + start + "'"));
  }

  private static Set<String> cited(QuoteExtraction x) {
    return x.citedSources().stream().map(CitedSource::canonical).collect(Collectors.toSet());
  }

  @Test
  void middleEastOutletQuotesHouthisIranTrumpAndTheRussianForeignMinistry() throws IOException {
    QuoteExtraction x = seed("002_1a35994561af305b.txt", "2025-03-16");
    Quote houthis = direct(x, "These strikes will not pass");
    assertEquals("the group", houthis.speaker());
    assertEquals("houthis", houthis.speakerActorId());
    assertEquals(SpeakerType.ORGANISATION, houthis.speakerType());
    Quote trump = direct(x, "Your time is up");
    assertEquals("he", trump.speaker());
    assertEquals("donald-trump", trump.speakerActorId());
    assertEquals("Donald Trump", trump.resolvedSpeaker());
    assertEquals("iran", direct(x, "gross violation").speakerActorId());
    assertEquals(
        "esmaeil-baqaei", direct(x, "The United States has no authority").speakerActorId());
    Quote ministry = direct(x, "We believe the use of force");
    assertEquals("Russia’s foreign ministry", ministry.speaker());
    assertEquals("russian-foreign-ministry", ministry.speakerActorId());
    assertEquals(SpeakerType.GOVERNMENT, ministry.speakerType());
    Quote readout = direct(x, "In response to the American");
    assertEquals("the ministry", readout.speaker());
    assertEquals("russian-foreign-ministry", readout.speakerActorId());
    assertEquals("tammy-bruce", direct(x, "The Secretary informed Russia").speakerActorId());
    assertEquals("a senior Russian diplomat", direct(x, "Russia and the US have").speaker());
    assertTrue(cited(x).containsAll(Set.of("TASS", "Reuters")), x.citedSources().toString());
    Quote health = quote(x, "The strikes, which targeted");
    assertEquals("the territory’s health ministry", health.speaker());
    assertEquals("", health.speakerActorId());
    assertTrue(
        x.quotes().stream().noneMatch(q -> q.speaker().endsWith("United")), x.quotes().toString());
  }

  private static Quote quote(QuoteExtraction x, String start) {
    return x.quotes().stream()
        .filter(q -> q.content().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote '" + start + "'"));
  }

  @Test
  void ukrainianOutletQuotesBothReadoutsAndStarmer() throws IOException {
    QuoteExtraction x = seed("000_d08e899dbdaafca3.txt", "2025-03-15");
    assertEquals("tammy-bruce", direct(x, "discussed next steps").speakerActorId());
    assertEquals("russian-foreign-ministry", direct(x, "to find a solution").speakerActorId());
    assertEquals("sergei-lavrov", direct(x, "emphasized the necessity").speakerActorId());
    Quote starmer = direct(x, "The Kremlin’s complete ignorance");
    assertEquals("Starmer", starmer.speaker());
    assertEquals("keir-starmer", starmer.speakerActorId());
    assertTrue(
        cited(x).containsAll(Set.of("Radio Free Europe/Radio Liberty", "Deutsche Welle")),
        x.citedSources().toString());
    assertEquals("marco-rubio", direct(x, "will not be tolerated").speakerActorId());
    assertTrue(
        x.quotes().stream().noneMatch(q -> q.speaker().equals("peace")), x.quotes().toString());
  }
}
