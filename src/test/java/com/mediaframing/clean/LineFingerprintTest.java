package com.mediaframing.clean;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LineFingerprintTest {
  @Test
  void ignoresCaseAndWhitespaceButKeepsDigits() {
    long a = LineFingerprint.of("Sign up for Daily Newsletters");
    assertEquals(a, LineFingerprint.of("  sign up  for\tdaily\u00a0NEWSLETTERS "));
    assertNotEquals(a, LineFingerprint.of("Sign up for Daily Newsletter"));
    assertNotEquals(
        LineFingerprint.of("Copyright © 2019 The Washington Times"),
        LineFingerprint.of("Copyright © 2020 The Washington Times"));
    String text = "xx Sign up for Daily Newsletters yy";
    assertEquals(a, LineFingerprint.of(text, 3, text.length() - 3));
  }

  @Test
  void candidatesNeedTwentyCharacters() {
    assertFalse(LineFingerprint.isCandidate("   Euromaidan Press   "));
    assertFalse(LineFingerprint.isCandidate("Related:"));
    assertTrue(LineFingerprint.isCandidate("Story Continued Below"));
  }

  @Test
  void distinctCandidatesOfAnArticle() {
    String text = "Story Continued Below\n\nShort\nStory continued below\nThe vote was 52 to 48.";
    long[] expected = {
      LineFingerprint.of("story continued below"), LineFingerprint.of("The vote was 52 to 48.")
    };
    Arrays.sort(expected);
    assertArrayEquals(expected, LineFingerprint.distinctCandidates(text));
  }
}
