package com.mediaframing.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How terms and tokens are cut into comparable words. Hyphens and en dashes separate words and
 * count as a word {@code "-"} of their own, because the OpenNLP tokenizer sometimes keeps
 * "US-Russia" as one token and sometimes splits it into three; cutting both sides the same way
 * makes "US-Russia" match either. A term word written entirely in capitals (2–6 letters or digits,
 * at least one letter), such as NATO or UN, is an acronym and compared case-sensitively; all other
 * words are compared in lower case.
 */
final class TermWords {
  static final String DASH = "-";

  private TermWords() {}

  /** The words of one term, acronyms as written and everything else lower-cased. */
  static List<String> ofTerm(String term) {
    List<String> words = new ArrayList<>();
    for (String piece : term.strip().split("\\s+")) {
      for (String part : splitDashes(piece)) {
        words.add(isAcronym(part) ? part : part.toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  /** {@code text} cut at hyphens and en dashes, the dashes kept as {@value #DASH} words. */
  static List<String> splitDashes(String text) {
    List<String> parts = new ArrayList<>(1);
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isDash(text.charAt(i))) {
        if (i > start) {
          parts.add(text.substring(start, i));
        }
        parts.add(DASH);
        start = i + 1;
      }
    }
    if (start < text.length()) {
      parts.add(text.substring(start));
    }
    return parts;
  }

  static boolean hasDash(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isDash(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isDash(char c) {
    return c == '-' || (c >= '\u2010' && c <= '\u2013');
  }

  static boolean isAcronym(String word) {
    if (word.length() < 2 || word.length() > 6) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isUpperCase(c)) {
        letter = true;
      } else if (!Character.isDigit(c)) {
        return false;
      }
    }
    return letter;
  }
}
