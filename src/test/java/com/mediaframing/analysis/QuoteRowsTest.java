package com.mediaframing.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.quotes.Quote;
import com.mediaframing.quotes.QuoteExtraction;
import com.mediaframing.quotes.SpeakerType;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteRowsTest {
  private static Quote quote(
      int index,
      Quote.Kind kind,
      int start,
      int end,
      String speaker,
      String resolved,
      String actor) {
    int s = speaker.isEmpty() ? -1 : 100;
    int e = speaker.isEmpty() ? -1 : 100 + speaker.length();
    return new Quote(
        index,
        kind,
        "x".repeat(end - start),
        start,
        end,
        "said",
        speaker,
        s,
        e,
        resolved,
        actor,
        SpeakerType.PERSON,
        false);
  }

  @Test
  void speakerKeyIsTheActorElseTheResolvedNameElseTheNaming() {
    assertEquals(
        "donald-trump",
        QuoteRows.speakerKey(
            quote(0, Quote.Kind.DIRECT, 0, 5, "he", "Donald Trump", "donald-trump")));
    assertEquals(
        "state department",
        QuoteRows.speakerKey(quote(0, Quote.Kind.DIRECT, 0, 5, "it", "The  State Department", "")));
    assertEquals(
        "a senior diplomat",
        QuoteRows.speakerKey(quote(0, Quote.Kind.DIRECT, 0, 5, "A senior diplomat", "", "")));
    assertEquals(
        QuoteRows.UNRESOLVED,
        QuoteRows.speakerKey(quote(0, Quote.Kind.DIRECT, 0, 5, "He’s", "", "")));
    assertEquals(
        QuoteRows.NO_SPEAKER, QuoteRows.speakerKey(quote(0, Quote.Kind.DIRECT, 0, 5, "", "", "")));
  }

  @Test
  void unresolvedRoleNamingIsVisiblyUnresolvedWhateverItsCase() {
    for (String naming : List.of("the President", "The president")) {
      Quote q =
          new Quote(
              0,
              Quote.Kind.DIRECT,
              "xxxxx",
              0,
              5,
              "said",
              naming,
              100,
              100 + naming.length(),
              "",
              "",
              SpeakerType.PERSON,
              true);
      assertEquals("(unresolved) president", QuoteRows.speakerKey(q));
    }
  }

  @Test
  void mentionsInsideAQuoteTakeItsSpeakerTheDirectOneWhenNested() {
    QuoteExtraction x =
        new QuoteExtraction(
            List.of(
                quote(0, Quote.Kind.INDIRECT, 10, 60, "Lavrov", "Sergei Lavrov", "sergei-lavrov"),
                quote(1, Quote.Kind.DIRECT, 30, 50, "Bruce", "Tammy Bruce", "tammy-bruce")),
            List.of());
    List<QuoteRecord> quotes = QuoteRows.quotes(x);
    MentionRecord before = new MentionRecord(0, "a", "A", 0, 5, "alias", 0, "neutral");
    MentionRecord indirect = new MentionRecord(0, "b", "B", 12, 20, "alias", 0, "neutral");
    MentionRecord nested = new MentionRecord(0, "c", "C", 35, 40, "alias", 0, "neutral");
    MentionRecord straddling = new MentionRecord(0, "d", "D", 55, 65, "alias", 0, "neutral");
    QuoteRows.markMentions(List.of(before, indirect, nested, straddling), quotes);
    assertFalse(before.isInQuote());
    assertNull(before.getQuoteSpeaker());
    assertTrue(indirect.isInQuote());
    assertEquals("sergei-lavrov", indirect.getQuoteSpeaker());
    assertEquals("tammy-bruce", nested.getQuoteSpeaker());
    assertFalse(straddling.isInQuote(), "a mention reaching past the content is not inside it");
  }
}
