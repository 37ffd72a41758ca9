package com.mediaframing.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequiredTextTest {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  @Test
  void findsTheTextEveryMatchNeeds() {
    assertEquals(List.of("become a patron"), RequiredText.of("\\bbecome a patron\\b").anyOf());
    // The longest required part wins: "supported" over " reader" and over "is" or "are".
    assertEquals(
        List.of("supported"), RequiredText.of("\\b(is|are) reader[- ]supported\\b").anyOf());
    // Both alternatives need "ap photo"; the quantified "s" is not required.
    assertEquals(
        List.of("ap photo"),
        RequiredText.of("(\\(|/|\\|)\\s*ap photos?\\b|\\bap photos?\\s*(/|\\)|$)").anyOf());
    // An unquantified group's alternatives, rather than the escaped parenthesis.
    assertEquals(
        List.of("photo", "image", "picture", "screenshot"),
        RequiredText.of("\\((photo|image|picture|screenshot)s? (by|via|courtesy|credit)\\b")
            .anyOf());
    assertEquals(List.of(":"), RequiredText.of("\\b(a|b)?\\s*:\\s*\\S.{0,80}$").anyOf());
    assertEquals(List.of("enter"), RequiredText.of("\\bctrl\\s*\\+\\s*enter\\b").anyOf());
    // Upper case in the regex is folded as the comparison folds it.
    assertEquals(List.of("getty"), RequiredText.of("GETTY").anyOf());
  }

  @Test
  void givesUpOnWhatItDoesNotModel() {
    assertNull(RequiredText.of("(?-i)Photo"), "inline flags");
    assertNull(RequiredText.of("(?:photo)"), "special group");
    assertNull(RequiredText.of("\\Qphoto\\E"), "quoting");
    assertNull(RequiredText.of("\\p{L}+ photo"), "property escape");
    assertNull(RequiredText.of("(a)\\k<x>"), "named reference");
    assertNull(RequiredText.of("photo|\\w+"), "an alternative with no literal");
    assertNull(RequiredText.of("^(\\W*)$"), "nothing literal");
  }

  @Test
  void readsOnlyPatternsCompiledWithTheFlagsItsFoldModels() {
    int modelled = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    assertEquals(List.of("photo"), RequiredText.of(Pattern.compile("Photo", modelled)).anyOf());
    assertNull(RequiredText.of(Pattern.compile("photo")), "case-sensitive");
    assertNull(
        RequiredText.of(Pattern.compile("photo", Pattern.CASE_INSENSITIVE)), "ASCII case only");
    assertNull(
        RequiredText.of(Pattern.compile("photo", modelled | Pattern.MULTILINE)), "another flag");
  }

  @Test
  void optionalPartsAreNotRequired() {
    assertEquals(List.of("credit"), RequiredText.of("(photo)?credits?").anyOf());
    assertEquals(List.of("phot"), RequiredText.of("[abc]+photo{1,2}s").anyOf());
    assertEquals(List.of("phot"), RequiredText.of("photo*?").anyOf());
    assertEquals(List.of("gallery"), RequiredText.of("x*gallery[]x]y").anyOf());
  }

  /**
   * The premise of the fold: whenever a case-insensitive, Unicode-case regex matches a character to
   * a printable ASCII character, the fold maps both to the same character.
   */
  @Test
  void theFoldAgreesWithTheRegexOnEveryCharacter() {
    List<Character> mismatches = new ArrayList<>();
    for (char l = 0x20; l < 0x7f; l++) {
      String lit = Character.isLetterOrDigit(l) || l == ' ' ? String.valueOf(l) : "\\" + l;
      Matcher m = Pattern.compile(lit, FLAGS).matcher("");
      for (int c = 0; c <= 0xFFFF; c++) {
        if (Character.isSurrogate((char) c)) {
          continue;
        }
        if (m.reset(String.valueOf((char) c)).matches()
            && RequiredText.fold((char) c) != RequiredText.fold(l)) {
          mismatches.add((char) c);
        }
      }
    }
    assertEquals(List.of(), mismatches);
    // The long s and the Kelvin sign match "sk" in the regex, and in the test.
    assertTrue(Pattern.compile("sk", FLAGS).matcher("\u017F\u212A").find());
    assertTrue(RequiredText.of("sk").mayMatch(RequiredText.fold("\u017F\u212A")));
  }

  /**
   * Every built-in rule gives the same answer with the test in front as its regex alone, on random
   * lines spliced from the rules' own words, in random case, with look-alike characters.
   */
  @Test
  void theBuiltInRulesFindTheSameWithAndWithoutTheTest() {
    BoilerplateRules rules = BoilerplateRules.defaults();
    int modelled = 0;
    for (BoilerplateRules.Rule r : rules.rules()) {
      if (RequiredText.of(r.pattern().pattern()) != null) {
        modelled++;
      }
    }
    assertTrue(modelled >= 20, modelled + " of " + rules.size() + " rules have a required text");
    String[] words = {
      "become a patron",
      "reader-supported",
      "AP Photo",
      "ap photos",
      "Getty Images",
      "(Photo by",
      "credit:",
      "photo :",
      "ctrl + enter",
      "newsletter sign up",
      "delivered to your inbox",
      "by signing up, you agree",
      "image caption",
      "toggle caption",
      "follow us on twitter",
      "Related:",
      "share this",
      "sign in",
      "subscribe",
      "please",
      "donate",
      "\u017Fhare",
      "\u212Aeep",
      "\u0130mage",
      "\u0131mage",
      "/",
      "(",
      ")",
      ":",
      " ",
      " ",
      "the",
      "Trump",
      "’"
    };
    Random random = new Random(18);
    int matched = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder line = new StringBuilder();
      int parts = 1 + random.nextInt(6);
      for (int p = 0; p < parts; p++) {
        String w = words[random.nextInt(words.length)];
        line.append(random.nextBoolean() ? w : w.toUpperCase(java.util.Locale.ROOT));
        if (random.nextInt(3) == 0) {
          line.append(' ');
        }
      }
      Optional<BoilerplateRules.RuleMatch> plain = bruteForce(rules, line);
      assertEquals(plain, rules.find(line), "line '" + line + "'");
      if (plain.isPresent()) {
        matched++;
      }
    }
    assertTrue(matched > 2_000, matched + " of 20000 random lines matched a rule");
  }

  @Test
  void aLineWithoutTheTextSkipsTheRule() {
    RequiredText t = RequiredText.of("\\bbecome a patron\\b");
    assertFalse(t.mayMatch(RequiredText.fold("Become a member")));
    assertTrue(t.mayMatch(RequiredText.fold("BECOME A PATRON today")));
  }

  private static Optional<BoilerplateRules.RuleMatch> bruteForce(
      BoilerplateRules rules, CharSequence line) {
    for (BoilerplateRules.Rule r : rules.rules()) {
      Matcher m = r.pattern().matcher(line);
      if (m.find()) {
        return Optional.of(new BoilerplateRules.RuleMatch(r.reason(), m.start()));
      }
    }
    return Optional.empty();
  }
}
