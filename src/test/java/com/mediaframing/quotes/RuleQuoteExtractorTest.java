package com.mediaframing.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.actors.ActorDictionary;
import com.mediaframing.actors.ActorMatcher;
import com.mediaframing.clean.BoilerplateCleaner;
import com.mediaframing.clean.CleanedText;
import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each quote form on hand-written fixtures, tagged by the job's OpenNLP models. */
class RuleQuoteExtractorTest {
  private static final ArticleAnnotator ANNOTATOR = new ArticleAnnotator(NlpModels.get());
  private static final ActorDictionary DICTIONARY =
      ActorDictionary.load(Path.of(ActorDictionary.DEFAULT_FILE));
  private static final ActorMatcher MATCHER = new ActorMatcher(DICTIONARY);
  private static final QuoteExtractor EXTRACTOR = new RuleQuoteExtractor(DICTIONARY);

  static QuoteExtraction extract(String text) {
    CleanedText cleaned = BoilerplateCleaner.withDefaultRules().clean(text);
    List<AnnotatedSentence> sentences = ANNOTATOR.annotate(text, cleaned.kept());
    QuoteExtraction x =
        EXTRACTOR.extract(
            text,
            null,
            null,
            sentences,
            MATCHER.find(text, sentences, LocalDate.parse("2025-03-16")));
    for (Quote q : x.quotes()) {
      assertEquals(q.content(), text.substring(q.contentStart(), q.contentEnd()), q.toString());
      if (q.hasSpeaker()) {
        assertEquals(q.speaker(), text.substring(q.speakerStart(), q.speakerEnd()), q.toString());
      }
    }
    return x;
  }

  /** The quote whose content starts with {@code start}. */
  static Quote quote(QuoteExtraction x, String start) {
    return x.quotes().stream()
        .filter(q -> q.content().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting '" + start + "' in " + x));
  }

  @Test
  void curlyQuoteWithSpeakerAfterIt() {
    QuoteExtraction x =
        extract("“The harbour will stay open all winter,” Maria Olsen said on Tuesday.");
    Quote q = quote(x, "The harbour");
    assertEquals(Quote.Kind.DIRECT, q.kind());
    assertEquals("The harbour will stay open all winter,", q.content());
    assertEquals(1, q.contentStart());
    assertEquals("said", q.cue());
    assertEquals("Maria Olsen", q.speaker());
    assertEquals(SpeakerType.PERSON, q.speakerType());
  }

  @Test
  void straightQuotesWithInvertedSpeaker() {
    Quote q = quote(extract("\"We have no plans to sell the mill,\" said Peter Lund."), "We have");
    assertEquals("said", q.cue());
    assertEquals("Peter Lund", q.speaker());
  }

  @Test
  void guillemetsLowHighAndSingleQuotes() {
    QuoteExtraction x =
        extract(
            "Anna Berg said: «The bridge will be rebuilt by spring.»\n"
                + "Jonas Weber said: „Nobody told the drivers about the closure.“\n"
                + "Tom Hale said: 'The fare will go up in May.'");
    assertEquals("Anna Berg", quote(x, "The bridge").speaker());
    assertEquals("Jonas Weber", quote(x, "Nobody told").speaker());
    assertEquals("Tom Hale", quote(x, "The fare").speaker());
  }

  @Test
  void apostrophesAreNotQuotes() {
    QuoteExtraction x =
        extract("The drivers' union met in the '90s hall, and rock 'n' roll played.");
    assertTrue(x.quotes().stream().noneMatch(q -> q.kind() == Quote.Kind.DIRECT), x.toString());
  }

  @Test
  void partialQuoteInsideASentence() {
    Quote q =
        quote(
            extract("Mayor Ines Roth said the new tunnel was “a waste of public money” and left."),
            "a waste");
    assertEquals("a waste of public money", q.content());
    assertEquals("said", q.cue());
    assertEquals("Mayor Ines Roth", q.speaker());
  }

  @Test
  void quoteOverSeveralSentencesAndParagraphs() {
    String text =
        "Carla Mendes said: “The plant will close in June. Two hundred jobs will go.\n\n"
            + "“We tried every buyer we could find.”\n\n"
            + "The council did not comment.";
    QuoteExtraction x = extract(text);
    Quote q = quote(x, "The plant");
    assertEquals(text.indexOf("The plant"), q.contentStart());
    assertEquals(text.indexOf(".”\n\nThe council") + 1, q.contentEnd());
    assertTrue(q.content().contains("Two hundred jobs will go.\n\n“We tried"), q.content());
    assertEquals("Carla Mendes", q.speaker());
    assertEquals(1, x.quotes().stream().filter(d -> d.kind() == Quote.Kind.DIRECT).count());
  }

  @Test
  void pronounSpeakerResolvesToTheEarlierSpeaker() {
    QuoteExtraction x =
        extract(
            "Erik Dahl, the harbour master, warned that the ice was thin.\n"
                + "“Nobody should walk on it this week,” he said.");
    Quote q = quote(x, "Nobody should");
    assertEquals("he", q.speaker());
    assertEquals("Erik Dahl", q.resolvedSpeaker());
    assertEquals(SpeakerType.PERSON, q.speakerType());
  }

  @Test
  void pronounWithoutAnEarlierSpeakerStaysUnresolved() {
    Quote q = quote(extract("“It is far too early to tell,” he said."), "It is far");
    assertEquals("he", q.speaker());
    assertEquals("", q.resolvedSpeaker());
  }

  @Test
  void shortFormSpeakerResolves() {
    QuoteExtraction x =
        extract(
            "Russia’s foreign ministry said the talks were useful.\n"
                + "“Contacts will continue at every level,” the ministry said.");
    Quote q = quote(x, "Contacts will");
    assertEquals("the ministry", q.speaker());
    assertEquals("russian-foreign-ministry", q.speakerActorId());
    assertEquals("Russian Foreign Ministry", q.resolvedSpeaker());
    assertEquals(SpeakerType.GOVERNMENT, q.speakerType());
  }

  @Test
  void indirectAttributions() {
    QuoteExtraction x =
        extract(
            "Lars Nyberg said that the ferry would resume service next week.\n"
                + "According to Reuters, the ferry company lost two million euros.\n"
                + "Inspector Sara Holm told reporters the hull had been repaired.\n"
                + "The union warned that the crews were exhausted.\n"
                + "The repairs will cost more than planned, the shipyard said.");
    Quote said = quote(x, "the ferry would");
    assertEquals(Quote.Kind.INDIRECT, said.kind());
    assertEquals("Lars Nyberg", said.speaker());
    Quote according = quote(x, "the ferry company");
    assertEquals("according to", according.cue());
    assertEquals(SpeakerType.MEDIA, according.speakerType());
    Quote told = quote(x, "the hull");
    assertEquals("Inspector Sara Holm", told.speaker());
    assertEquals(SpeakerType.PERSON, told.speakerType());
    assertEquals("warned", quote(x, "the crews").cue());
    Quote after = quote(x, "The repairs");
    assertEquals("The repairs will cost more than planned", after.content());
    assertEquals("the shipyard", after.speaker());
    assertTrue(
        x.citedSources().stream().anyMatch(c -> c.canonical().equals("Reuters")), x.toString());
  }

  @Test
  void offsetsPointIntoTheOriginalTextWhenCleaningRemovedLinesAbove() {
    String text =
        "Share this article on Facebook\n"
            + "Tags: ferry, strike, harbour\n"
            + "“The strike ends tonight,” union leader Ola Berg said.";
    QuoteExtraction x = extract(text);
    Quote q = quote(x, "The strike");
    assertEquals(text.indexOf("The strike"), q.contentStart());
    assertEquals("union leader Ola Berg", q.speaker());
    assertEquals(text.indexOf("union leader"), q.speakerStart());
    assertEquals(text.indexOf(" said."), q.speakerEnd());
    assertTrue(BoilerplateCleaner.withDefaultRules().clean(text).removedCount() >= 1);
  }

  @Test
  void doubledApostrophesAreQuotationMarks() {
    String text = "''The depot closes at nine,'' the mayor said. ''We have no other choice.''";
    QuoteExtraction x = extract(text);
    Quote first = quote(x, "The depot");
    assertEquals("The depot closes at nine,", first.content());
    assertEquals(2, first.contentStart());
    assertEquals("the mayor", first.speaker());
    Quote second = quote(x, "We have no other");
    assertEquals("We have no other choice.", second.content());
    assertEquals("the mayor", second.speaker(), "a continuation keeps the speaker");
  }

  @Test
  void speakerInTheSentenceAfterAQuoteThatEndsItsSentence() {
    QuoteExtraction x =
        extract(
            "Tom Hale spoke first.\n\n“Will the ferry run on Sundays?” Greta Lind asked. “Nobody"
                + " knows yet.”");
    Quote q = quote(x, "Will the ferry");
    assertEquals("Greta Lind", q.speaker());
    assertEquals("asked", q.cue());
  }

  @Test
  void clauseSubjectOfAParticipleOrCoordinatedCue() {
    QuoteExtraction x =
        extract(
            "On Monday, Maria Olsen visited the harbour and warned that “the pier will not last"
                + " another winter.”\n\n"
                + "Peter Lund opened the meeting, saying: “We will vote on the budget tonight.”");
    assertEquals("Maria Olsen", quote(x, "the pier").speaker());
    assertEquals("Peter Lund", quote(x, "We will vote").speaker());
  }

  @Test
  void appositiveWithAClauseAndInterruptedFrame() {
    QuoteExtraction x =
        extract(
            "“The school needs a new roof,” Anna Berg, a teacher who has worked there for twenty"
                + " years, told the council.\n\n"
                + "The buses “were always late” last winter, Jonas Weber said.");
    assertEquals("Anna Berg", quote(x, "The school").speaker());
    assertEquals("Jonas Weber", quote(x, "were always late").speaker());
  }

  @Test
  void relativePronounSpeakerResolvesToItsNaming() {
    QuoteExtraction x =
        extract("The plan was opposed by Greta Lind, who said the town could not afford it.");
    Quote q = quote(x, "the town could not");
    assertEquals(Quote.Kind.INDIRECT, q.kind());
    assertEquals("who", q.speaker());
    assertEquals("Greta Lind", q.resolvedSpeaker());
  }

  @Test
  void nestedFrameIsTheOuterSpeakers() {
    QuoteExtraction x =
        extract(
            "Karin Holm says she thinks the council can win if it keeps “talking to the farmers.”\n"
                + "Erik Dahl said that over the last week he had begun to expose the mayor, whom he"
                + " called a “tired old showman.”");
    assertEquals("Karin Holm", quote(x, "talking to").speaker());
    assertEquals("says", quote(x, "talking to").cue());
    assertEquals("Erik Dahl", quote(x, "tired old").speaker());
  }

  @Test
  void frameAfterATitleTheSentenceDetectorBrokeOff() {
    QuoteExtraction x =
        extract(
            "“We will keep the ferry running through the winter,” Mrs. Olsen said.\n"
                + "“The timetable will not change before the spring,” said Peter B. Lund, the"
                + " harbour master.\n"
                + "“Nobody asked the drivers about the closure,” Gov. Anna Berg replied.");
    assertEquals("Mrs. Olsen", quote(x, "We will keep").speaker());
    assertEquals("Peter B. Lund", quote(x, "The timetable").speaker());
    assertEquals("said", quote(x, "The timetable").cue());
    assertEquals("Gov. Anna Berg", quote(x, "Nobody asked").speaker());
  }

  @Test
  void partialQuoteWithoutCueIsTheClauseSubjects() {
    QuoteExtraction x =
        extract(
            "The weather was mild on Sunday.\n"
                + "Moore thanked him for “taking these steps to make the town safer.”");
    assertEquals("Moore", quote(x, "taking these").speaker());
    assertEquals("", quote(x, "taking these").cue());
  }

  @Test
  void quantitiesAndNamesAfterARoleAsSubjects() {
    QuoteExtraction x =
        extract(
            "Six in 10 say the ferry should run all winter.\n"
                + "Nearly half said the next mayor should come from the harbour.\n"
                + "One local shop owner, Carla Fjord, says the bridge will open in May.");
    assertEquals("Six in 10", quote(x, "the ferry should").speaker());
    assertEquals("Nearly half", quote(x, "the next mayor").speaker());
    assertEquals("Carla Fjord", quote(x, "the bridge will").speaker());
  }

  @Test
  void headlineNamingWithAColon() {
    QuoteExtraction x =
        extract(
            "Mayor Anna Berg: the harbour will stay open all winter\n\nThe council met on Monday.");
    Quote q = quote(x, "the harbour");
    assertEquals(Quote.Kind.INDIRECT, q.kind());
    assertEquals(":", q.cue());
    assertEquals("Mayor Anna Berg", q.speaker());
  }

  @Test
  void participleAfterAnObjectIsTheClauseSubjects() {
    QuoteExtraction x =
        extract(
            "The fishing board said the quotas were fair.\n"
                + "Senator Holm sent an email saying “the harbour deal is dead.”");
    Quote q = quote(x, "the harbour deal");
    assertEquals(Quote.Kind.DIRECT, q.kind());
    assertEquals("saying", q.cue());
    assertEquals("Senator Holm", q.speaker());
  }

  @Test
  void wordsOfAMultiWordNameAreNoCues() {
    QuoteExtraction x =
        extract(
            "The harbour chief urged the United States to lift the tariffs, the port authority"
                + " said on Monday.\nThe United States said it would send two ships.");
    for (Quote q : x.quotes()) {
      assertTrue(!q.cue().equals("States") && !q.speaker().endsWith("United"), q.toString());
    }
    assertEquals("The United States", quote(x, "it would send").speaker());
    assertEquals("The harbour chief", quote(x, "to lift the tariffs").speaker());
  }

  @Test
  void capitalisedCueInATitleCaseHeadlineStaysACue() {
    Quote q = quote(extract("Mayor Lane Calls for Harbour Inquiry\n\nThe council met."), "for");
    assertEquals("Calls", q.cue());
    assertEquals("Mayor Lane", q.speaker());
  }

  @Test
  void pluralNounAfterAnObjectIsNoCue() {
    QuoteExtraction x =
        extract(
            "While the mayor has been pushing for peace talks and pressuring the council to"
                + " accept a deal, the unions stayed silent.\n"
                + "The council reported that during the meeting, Mayor Lund warned the trawler"
                + " owners about “illegal fishing near the coast” and stressed that continued"
                + " Danish attacks on fishing boats in the North Sea “will not be tolerated.”");
    for (Quote q : x.quotes()) {
      assertTrue(!q.cue().equals("talks") && !q.cue().equals("attacks"), q.toString());
    }
    Quote q = quote(x, "will not be tolerated");
    assertEquals("stressed", q.cue());
    assertEquals("Mayor Lund", q.speaker());
  }

  @Test
  void shortFormWithItsOwnModifierIsNotAnotherOrganisation() {
    QuoteExtraction x =
        extract(
            "Russia’s foreign ministry said the talks were useful.\n"
                + "At least 30 people were killed, according to the territory’s health ministry.\n"
                + "“Contacts will continue at every level,” the foreign ministry said.");
    Quote health = quote(x, "At least 30");
    assertEquals("the territory’s health ministry", health.speaker());
    assertEquals("", health.resolvedSpeaker());
    assertEquals("", health.speakerActorId());
    assertEquals(SpeakerType.GOVERNMENT, health.speakerType());
    Quote foreign = quote(x, "Contacts will");
    assertEquals("russian-foreign-ministry", foreign.speakerActorId());
  }

  @Test
  void cueInsideTheSpeakersAppositiveIsSkipped() {
    QuoteExtraction x =
        extract(
            "“We will win the north again,” Holm, speaking to reporters at the fair, said.\n"
                + "“The answer you’d like me to give is, ‘I’m for the levy, darn it,’” Lena Holm,"
                + " who has proposed repealing the levy over five years, said.");
    Quote speaking = quote(x, "We will win");
    assertEquals("said", speaking.cue());
    assertEquals("Holm", speaking.speaker());
    Quote who = quote(x, "The answer you");
    assertEquals("said", who.cue());
    assertEquals("Lena Holm", who.speaker());
  }
}
