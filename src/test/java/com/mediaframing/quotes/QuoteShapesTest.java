package com.mediaframing.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.actors.ActorDictionary;
import com.mediaframing.actors.ActorMatcher;
import com.mediaframing.clean.BoilerplateCleaner;
import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stretches between quotation marks that are not quotes (headline fragments, titles of works,
 * subheads) and the dash signature that is an attribution, on hand-written fixtures; each kind also
 * has a control that must stay a quote.
 */
class QuoteShapesTest {
  private static final ArticleAnnotator ANNOTATOR = new ArticleAnnotator(NlpModels.get());
  private static final ActorDictionary DICTIONARY =
      ActorDictionary.load(Path.of(ActorDictionary.DEFAULT_FILE));
  private static final ActorMatcher MATCHER = new ActorMatcher(DICTIONARY);
  private static final QuoteExtractor EXTRACTOR = new RuleQuoteExtractor(DICTIONARY);

  static QuoteExtraction extract(String text, String title, LocalDate published) {
    List<AnnotatedSentence> sentences =
        ANNOTATOR.annotate(text, BoilerplateCleaner.withDefaultRules().clean(text).kept());
    return EXTRACTOR.extract(
        text, title, published, sentences, MATCHER.find(text, sentences, published));
  }

  private static boolean hasDirect(QuoteExtraction x, String content) {
    return x.quotes().stream()
        .anyMatch(q -> q.kind() == Quote.Kind.DIRECT && q.content().startsWith(content));
  }

  private static final String HEADLINE = "Mayor Calls Rail Plan ‘A Costly Mistake’";

  private static final String HEADLINED_TEXT =
      HEADLINE
          + ".\n"
          + "The mayor of Lakeside, Jane Orr, attacked the regional rail plan on Monday. “It is"
          + " a costly mistake that our town will pay for,” Orr said at a news conference.";

  @Test
  void quoteInARepeatedHeadlineIsAFragment() {
    QuoteExtraction told = extract(HEADLINED_TEXT, HEADLINE, null);
    assertFalse(hasDirect(told, "A Costly Mistake"), told.toString());
    assertEquals("Orr", RuleQuoteExtractorTest.quote(told, "It is a costly").speaker());
    // control: without the headline the first paragraph is a sentence like any other
    assertTrue(hasDirect(extract(HEADLINED_TEXT, null, null), "A Costly Mistake"));
  }

  @Test
  void titlesOfProgrammesAndBooksAreNoQuotes() {
    QuoteExtraction x =
        extract(
            "Jane Orr told MSNBC’s “Morning Report” on Friday that the plan was “a costly"
                + " mistake.”\n"
                + "On “Face the Voters,” Senator Paul Dane said the state would pay for it.\n"
                + "In her 2019 book, “Rivers of Home,” Orr argued that towns should own"
                + " their stations.\n"
                + "Dane called the mayor “Little Miss Lakeside” in a speech on Tuesday.",
            null,
            null);
    assertFalse(hasDirect(x, "Morning Report"), x.toString());
    assertFalse(hasDirect(x, "Face the Voters"), x.toString());
    assertFalse(hasDirect(x, "Rivers of Home"), x.toString());
    // the partial quote after the programme keeps its frame
    assertEquals("Jane Orr", RuleQuoteExtractorTest.quote(x, "a costly mistake").speaker());
    // control: a nickname a speaker uses is a quote of that speaker
    assertEquals("Dane", RuleQuoteExtractorTest.quote(x, "Little Miss Lakeside").speaker());
  }

  @Test
  void subheadBetweenSectionsIsNoQuote() {
    QuoteExtraction x =
        extract(
            "“We will keep the line open,” said Tom Reed, the operator’s chief.\n"
                + "“A Line Nobody Rides.”\n"
                + "The trains ran half empty last winter, the figures show.",
            null,
            null);
    assertFalse(hasDirect(x, "A Line Nobody Rides"), x.toString());
    assertEquals("Tom Reed", RuleQuoteExtractorTest.quote(x, "We will keep").speaker());
  }

  @Test
  void dashSignatureNamesTheSpeaker() {
    QuoteExtraction x =
        extract(
            "Readers told us what they think of the plan.\n"
                + "“The trains are always late and nobody in the town council cares about it.”"
                + " ― Maria Lopez\n"
                + "“I would take the bus if it came more than twice a day.”\u00a0— Sam Cole.\n",
            null,
            null);
    assertEquals("Maria Lopez", RuleQuoteExtractorTest.quote(x, "The trains are always").speaker());
    assertEquals("Sam Cole", RuleQuoteExtractorTest.quote(x, "I would take").speaker());
  }

  @Test
  void titleCaseNeedsEveryWordButMinorOnesCapitalised() {
    assertTrue(QuoteShapes.titleCase("Legend in the Coal Fields."));
    assertTrue(QuoteShapes.titleCase("13th"));
    assertFalse(QuoteShapes.titleCase("crazy system"));
    assertFalse(QuoteShapes.titleCase("Nobody told the drivers"));
    assertFalse(QuoteShapes.titleCase("One Two Three Four Five Six Seven Eight Nine"));
  }
}
