package com.mediaframing.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Who may be a speaker, on hand-written fixtures: role namings resolved to the person the article
 * named or the office holder of the article's date, or left visibly unresolved; case variants of a
 * role one speaker; page elements before a name and namings that cannot speak.
 */
class SpeakersTest {
  private static QuoteExtraction extract(String text, String date) {
    return QuoteShapesTest.extract(text, null, date == null ? null : LocalDate.parse(date));
  }

  private static Quote quote(QuoteExtraction x, String start) {
    return RuleQuoteExtractorTest.quote(x, start);
  }

  @Test
  void roleNamingIsTheOfficeHolderOnTheArticlesDate() {
    String text =
        "The budget talks stalled again on Monday.\n"
            + "“We will not sign a bill that cuts school lunches,” the president said.\n"
            + "“That is our line,” The President added later.";
    QuoteExtraction in2015 = extract(text, "2015-06-01");
    assertEquals("barack-obama", quote(in2015, "We will not").speakerActorId());
    assertEquals("barack-obama", quote(in2015, "That is our").speakerActorId());
    QuoteExtraction in2019 = extract(text, "2019-06-01");
    assertEquals("donald-trump", quote(in2019, "We will not").speakerActorId());
    Quote undated = quote(extract(text, null), "We will not");
    assertEquals("", undated.speakerActorId());
    assertTrue(undated.unresolvedRole());
    assertEquals(SpeakerType.PERSON, undated.speakerType());
  }

  @Test
  void roleNamingIsThePersonNamedEarlierWithThatTitle() {
    QuoteExtraction x =
        extract(
            "Former President Barack Obama and President Joe Biden met on Tuesday.\n"
                + "“We talked about the election for an hour,” the president said.",
            "2019-06-01");
    // Biden is the one named with the title; the holder on the date (Trump) is not named
    assertEquals("joe-biden", quote(x, "We talked").speakerActorId());
    assertTrue(Roles.titled("president joe biden", "president"));
    assertFalse(Roles.titled("vice president mike pence", "president"));
    assertFalse(Roles.titled("former president barack obama", "president"));
  }

  @Test
  void pageElementBeforeANameIsNotPartOfTheSpeaker() {
    QuoteExtraction x =
        extract(
            "Story highlights Jane Orr says the rail plan will cost the town its bus line\n"
                + "The plan was approved in May.",
            null);
    Quote q = quote(x, "the rail plan");
    assertEquals("Jane Orr", q.resolvedSpeaker());
  }

  @Test
  void vaguePeopleAndThingsOfSomeonesAreNoSpeakers() {
    QuoteExtraction x =
        extract(
            "Some people said the mayor had lied about the budget.\n"
                + "Her own experience suggests that the town was never told.\n"
                + "Her husband said the couple would vote against the plan.",
            null);
    assertFalse(quote(x, "the mayor had lied").hasSpeaker());
    assertFalse(quote(x, "the town was never").hasSpeaker());
    // control: a relation of someone's is a person who can speak
    assertEquals("Her husband", quote(x, "the couple would").speaker());
  }

  @Test
  void bareSurnameIsTheFullNameTheArticleGaveEarlier() {
    QuoteExtraction x =
        extract(
            "Kellyanne Conway met donors in Ohio on Monday.\n"
                + "“We are not worried about the polls,” Conway said.",
            null);
    assertEquals("Kellyanne Conway", quote(x, "We are not worried").resolvedSpeaker());
    String text = "Sen. Ann M. Ray spoke first. Mr. Lee spoke next. Ray and Lee said";
    assertEquals("Ann M. Ray", Speakers.fullNameBefore(text, "Ray", text.length() - 12));
    assertEquals(null, Speakers.fullNameBefore(text, "Lee", text.length() - 4));
  }

  @Test
  void presidentAloneIsARoleNamingToo() {
    QuoteExtraction x =
        extract(
            "“The border is closed,” President said in a video posted on Sunday.", "2019-06-01");
    assertEquals("donald-trump", quote(x, "The border").speakerActorId());
  }

  @Test
  void agentsAndRelationsOfSomeoneCanSpeak() {
    QuoteExtraction x =
        extract(
            "His accusers said the tapes were genuine.\n"
                + "Their home said the tapes were genuine.",
            null);
    assertEquals("His accusers", quote(x, "the tapes were genuine").speaker());
  }
}
