package com.mediaframing.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VaderLexiconTest {
  private final VaderLexicon lexicon = VaderLexicon.get();

  @Test
  void loadsClasspathLexiconOnce() {
    assertTrue(lexicon.size() > 7000, "size " + lexicon.size());
    assertEquals(-2.1, lexicon.valence("terrible"), 1e-9);
    assertEquals(2.6, lexicon.valence("Praise"), 1e-9);
    assertEquals(0.0, lexicon.valence("parliament"), 1e-9);
    assertFalse(lexicon.contains("parliament"));
    assertTrue(VaderLexicon.get() == lexicon);
  }

  @Test
  void looksUpTokenBeforeLemma() {
    assertEquals(2.2, lexicon.valence("praised", "praise"), 1e-9);
    assertEquals(-1.6, lexicon.valence("slammed", "slam"), 1e-9);
    assertEquals(0.0, lexicon.valence("talks", "talk"), 1e-9);
  }

  @Test
  void readsCrlfAndNamesBadLine() throws Exception {
    String text = "good\t1.9\t0.9\t[2, 2]\r\nbad\t-2.5\t0.6\t[-3]\r\n";
    VaderLexicon small =
        VaderLexicon.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t");
    assertEquals(2, small.size());
    assertEquals(-2.5, small.valence("bad"), 1e-9);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                VaderLexicon.load(
                    new ByteArrayInputStream(
                        "ok\t1.0\nbroken\tx\n".getBytes(StandardCharsets.UTF_8)),
                    "lex.txt"));
    assertEquals("lex.txt line 2: expected 'token<TAB>valence', got 'broken\tx'", e.getMessage());
  }
}
