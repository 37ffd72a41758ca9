package com.mediaframing.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.nlp.TextSpan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BoilerplateCleanerTest {
  private static final BoilerplateCleaner CLEANER = BoilerplateCleaner.withDefaultRules();

  private static String seed000() throws IOException {
    return Files.readString(Path.of("seeds", "000_d08e899dbdaafca3.txt"));
  }

  private static String reasonOf(String text, CleanedText cleaned, String lineStart) {
    for (RemovedLine line : cleaned.removed()) {
      if (text.startsWith(lineStart, line.span().start())) {
        return line.reason();
      }
    }
    return "kept";
  }

  @Test
  void removesTheBoilerplateOfSeed000() throws IOException {
    String text = seed000();
    CleanedText cleaned = CLEANER.clean(text);

    assertEquals(14, cleaned.keptCount());
    assertEquals(
        Map.of(
            "tag_line", 1,
            "rule:photo_credit", 1,
            "duplicate_line", 1,
            "rule:related_links", 1,
            "rule:donation_appeal", 1,
            "rule:correction_request", 3,
            "footer", 1,
            "rule:ad_blocker", 1),
        cleaned.removedByReason());
    assertEquals("tag_line", reasonOf(text, cleaned, "rubio lavrov discuss working towards"));
    assertEquals("rule:photo_credit", reasonOf(text, cleaned, "Screenshot: Youtube/Sky News"));
    assertEquals("kept", reasonOf(text, cleaned, "Marco Rubio (L) meeting with"));
    assertEquals("rule:donation_appeal", reasonOf(text, cleaned, "You could close this page."));
    assertEquals("rule:correction_request", reasonOf(text, cleaned, "You can also highlight"));
    assertEquals("footer", reasonOf(text, cleaned, "Euromaidan Press"));
    assertEquals("rule:ad_blocker", reasonOf(text, cleaned, "We are an independent media outlet"));

    String kept = cleaned.keptText(text);
    assertTrue(kept.startsWith("Rubio, Lavrov discuss working towards restoring US-Russia"));
    assertEquals(1, kept.split("Rubio, Lavrov discuss working towards", -1).length - 1);
    assertTrue(
        kept.contains(
            "\nSecretary of State Marco Rubio spoke with Russian Foreign Minister Sergei Lavrov on"
                + " 15 March to inform Russia"));
    assertTrue(kept.contains("\nState Department spokesperson Tammy Bruce said Rubio and Lavrov"));
    assertTrue(kept.contains("\nEU agrees to pressure on Russia\n"));
    assertFalse(kept.contains("Patron"));
    assertFalse(kept.contains("ad blocker"));
    assertFalse(kept.contains("Screenshot:"));
    assertTrue(kept.contains("\nMarco Rubio (L) meeting with Segrei Lavrov (R) meeting in Ryadh"));
  }

  @Test
  void keptSpansPointIntoTheOriginalTextTrimmedAndInOrder() throws IOException {
    String text = seed000();
    CleanedText cleaned = CLEANER.clean(text);
    int previousEnd = -1;
    for (TextSpan span : cleaned.kept()) {
      String line = text.substring(span.start(), span.end());
      assertEquals(line.strip(), line);
      assertTrue(span.start() > previousEnd);
      previousEnd = span.end();
    }
    TextSpan third = cleaned.kept().get(3);
    assertTrue(
        text.substring(third.start(), third.end())
            .startsWith("Secretary of State Marco Rubio spoke with Russian Foreign Minister"));
    TextSpan footer =
        cleaned.removed().stream()
            .filter(r -> r.reason().equals("footer"))
            .findFirst()
            .orElseThrow()
            .span();
    assertEquals("Euromaidan Press", text.substring(footer.start(), footer.end()));
    assertEquals(text.indexOf("Euromaidan Press"), footer.start());
  }

  @Test
  void cleanSeedsWithoutBoilerplateKeepEveryLine() throws IOException {
    String text = Files.readString(Path.of("seeds", "002_1a35994561af305b.txt"));
    CleanedText cleaned = CLEANER.clean(text);
    assertEquals(26, cleaned.keptCount());
    assertEquals(0, cleaned.removedCount());

    String comparison = Files.readString(Path.of("seeds", "004_e5f6e30fa9121122.txt"));
    CleanedText cleaned004 = CLEANER.clean(comparison);
    assertEquals(Map.of("rule:sign_in_prompt", 1), cleaned004.removedByReason());
    assertEquals(11, cleaned004.keptCount());
  }

  @Test
  void repeatedLinePredicateRemovesALine() {
    String text =
        "Senate passes the spending bill after a late-night vote.\n"
            + "Copyright 2019 The Daily Ledger, all reprints reserved\n"
            + "Lawmakers now head home for the recess.";
    long copyright = LineFingerprint.of("copyright 2019 the daily ledger,   all reprints reserved");
    CleanedText cleaned = CLEANER.clean(text, fingerprint -> fingerprint == copyright);
    assertEquals(List.of(new TextSpan(0, 56), new TextSpan(112, 151)), cleaned.kept());
    assertEquals(
        List.of(new RemovedLine(new TextSpan(57, 111), "repeated_in_outlet")), cleaned.removed());
  }

  @Test
  void shortLinesAreNeverAskedAboutRepetition() {
    String text = "Euromaidan Press\nVote: 52 to 48.";
    CleanedText cleaned =
        CLEANER.clean(
            text,
            fingerprint -> {
              throw new AssertionError("asked about a short line");
            });
    assertEquals(2, cleaned.keptCount());
  }

  @Test
  void tagLineHeuristicKeepsLowerCaseSentences() {
    assertTrue(
        BoilerplateCleaner.looksLikeTagLine(
            "rubio lavrov discuss working towards restoring us-russia communication marco (l)"
                + " meeting segrei (r) ryadh talks ukraine 18 2025 secretary state spoke"));
    // Lower-case starts: a hard-wrapped line, a line without final punctuation, a tweet.
    assertFalse(
        BoilerplateCleaner.looksLikeTagLine(
            "and allied aircraft can help limit the enemy's mobility and protect the ground forces"
                + " in the region"));
    assertFalse(
        BoilerplateCleaner.looksLikeTagLine(
            "president obama entered office in 2009 to find an expanding and aggressive"
                + " enforcement agency"));
    assertFalse(BoilerplateCleaner.looksLikeTagLine("ukraine russia talks ceasefire truce"));
    String text =
        "the senators met with the delegation on tuesday and agreed to continue the talks in"
            + " geneva next month\n";
    assertEquals(1, CLEANER.clean(text).keptCount());
  }

  @Test
  void duplicateLinesAfterTheFirstAreRemovedButShortOnesStay() {
    String text =
        "Trump issues stern warning to the Houthis\nYes.\nTrump issues  stern warning to the"
            + " Houthis\nYes.";
    CleanedText cleaned = CLEANER.clean(text);
    assertEquals(3, cleaned.keptCount());
    assertEquals(Map.of("duplicate_line", 1), cleaned.removedByReason());
    assertEquals(47, cleaned.removed().get(0).span().start());
  }

  @Test
  void footerZoneNeedsAnAppealInTheSecondHalf() {
    String early =
        "Become a Patron!\nEuromaidan Press\nThe talks continued on Saturday in Riyadh and Jeddah"
            + " with delegations from both countries present.";
    assertEquals(Map.of("rule:donation_appeal", 1), CLEANER.clean(early).removedByReason());

    String late =
        "The talks continued on Saturday in Riyadh and Jeddah with delegations present.\n"
            + "Become a Patron!\nEuromaidan Press\nThe ministers will meet again in April.";
    CleanedText cleaned = CLEANER.clean(late);
    assertEquals(Map.of("rule:donation_appeal", 1, "footer", 1), cleaned.removedByReason());
    assertTrue(cleaned.keptText(late).endsWith("The ministers will meet again in April."));
  }

  @Test
  void isSerializable() throws IOException {
    ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream());
    out.writeObject(BoilerplateCleaner.withDefaultRules());
    out.close();
  }

  @Test
  void anArticleMadeOfRepeatedLinesKeepsThemAsItsBody() {
    String wire = TextCopiesTest.WIRE;
    CleanedText cleaned = CLEANER.clean(wire, fp -> true);
    assertEquals(1, cleaned.keptCount());
    assertTrue(cleaned.removed().isEmpty());
    String withTemplate = wire + "\nOutlet A staff and wire services contributed to this page";
    long template = LineFingerprint.of("Outlet A staff and wire services contributed to this page");
    CleanedText templated = CLEANER.clean(withTemplate, fp -> fp == template);
    assertEquals(1, templated.keptCount());
    assertEquals(Map.of(BoilerplateCleaner.REPEATED_IN_OUTLET, 1), templated.removedByReason());
  }
}
