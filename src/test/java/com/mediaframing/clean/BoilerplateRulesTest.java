package com.mediaframing.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.base.ConfigException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoilerplateRulesTest {
  private static final BoilerplateRules DEFAULTS = BoilerplateRules.defaults();

  @Test
  void defaultRulesRecognizeScrapedBoilerplate() {
    assertEquals(
        Optional.of("donation_appeal"), DEFAULTS.match("Support Vox’s explanatory journalism"));
    assertEquals(
        Optional.of("ad_blocker"), DEFAULTS.match("Please consider disabling your ad blocker."));
    assertEquals(Optional.of("newsletter_prompt"), DEFAULTS.match("Sign up for Daily Newsletters"));
    assertEquals(
        Optional.of("newsletter_prompt"),
        DEFAULTS.match("Get the Monitor Stories you care about delivered to your inbox."));
    assertEquals(Optional.of("sign_in_prompt"), DEFAULTS.match("Already have an account? Sign in"));
    assertEquals(
        Optional.of("photo_credit"),
        DEFAULTS.match("Trump speaks in the Rose Garden. (AP Photo/Evan Vucci)"));
    assertEquals(
        Optional.of("photo_credit"),
        DEFAULTS.match("Rubio and Lavrov in Riyadh (Photo by Jane Roe)"));
    assertEquals(Optional.of("photo_credit"), DEFAULTS.match("Alex Wong/Getty Images"));
    assertEquals(Optional.of("photo_credit"), DEFAULTS.match("Credit: Reuters"));
    assertEquals(Optional.of("related_links"), DEFAULTS.match("RELATED: Senate passes bill"));
    assertEquals(Optional.of("share_prompt"), DEFAULTS.match("Follow us on Twitter @outlet"));
    assertEquals(
        Optional.of("share_prompt"), DEFAULTS.match("SHARE THIS ARTICLE Share Tweet Post Email"));
  }

  @Test
  void defaultRulesLeaveNewsSentencesAlone() {
    for (String sentence :
        new String[] {
          "The senator said she would support the bill and urged donors to back the campaign.",
          "Readers who support the ceasefire wrote to the newspaper, the editor said.",
          "The photo shows Rubio and Lavrov shaking hands in Riyadh.",
          "Getty Images and other agencies sued the startup over its training data.",
          "Related talks in Jeddah covered the proposed 30-day truce.",
          "Voters can sign up to receive absentee ballots until Friday, officials said.",
          "The State Department said the call was initiated by the American side."
        }) {
      assertEquals(Optional.empty(), DEFAULTS.match(sentence), sentence);
    }
  }

  @Test
  void parsesCommentsAndRules() {
    BoilerplateRules rules =
        BoilerplateRules.parse(
            new StringReader("# outlet footer\n\nfooter_note\t^the ledger is published daily\n"),
            "test.txt");
    assertEquals(1, rules.size());
    assertEquals(Optional.of("footer_note"), rules.match("The Ledger is published daily."));
  }

  @Test
  void badRegexNamesFileLineAndRegex() {
    ConfigException e =
        assertThrows(
            ConfigException.class,
            () ->
                BoilerplateRules.parse(
                    new StringReader("# rules\nok\tfine\nbroken\tsupport (us\n"),
                    "config/boilerplate.txt"));
    assertEquals(
        "config/boilerplate.txt line 3: invalid regex 'support (us' for rule 'broken':"
            + " Unclosed group near index 11",
        e.getMessage());
  }

  @Test
  void missingTabAndBadReasonAreReported() {
    ConfigException noTab =
        assertThrows(
            ConfigException.class,
            () -> BoilerplateRules.parse(new StringReader("donation  appeal\n"), "r.txt"));
    assertEquals(
        "r.txt line 1: expected 'reason<TAB>regex', found no tab in 'donation  appeal'",
        noTab.getMessage());
    ConfigException badReason =
        assertThrows(
            ConfigException.class,
            () -> BoilerplateRules.parse(new StringReader("Donation-Appeal\tx\n"), "r.txt"));
    assertTrue(badReason.getMessage().startsWith("r.txt line 1: reason 'Donation-Appeal' must"));
  }

  @Test
  void loadAddsTheProjectRulesFileToTheDefaults(@TempDir Path tmp) {
    BoilerplateRules rules = BoilerplateRules.load(Path.of("config", "boilerplate.txt"));
    assertTrue(rules.size() > DEFAULTS.size());
    assertEquals(Optional.of("page_furniture"), rules.match("Story Continued Below"));
    assertEquals(
        Optional.of("copyright_notice"),
        rules.match(
            "Copyright © 2019 The Washington Times, LLC. Click here for reprint permission."));

    Path missing = tmp.resolve("nope.txt");
    ConfigException e = assertThrows(ConfigException.class, () -> BoilerplateRules.load(missing));
    assertEquals(
        "boilerplate rules file " + missing + " does not exist; create it or fix the path",
        e.getMessage());
  }
}
