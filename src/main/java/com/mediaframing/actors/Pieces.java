package com.mediaframing.actors;

import com.mediaframing.nlp.AnnotatedSentence;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A sentence (or an alias) cut into normalized word pieces, the unit the alias index matches on.
 * Tokens are re-split here rather than trusted as they come, because the OpenNLP tokenizer keeps
 * "Lavrov’s", "Lavrov." (sentence end), "Lavrov–Rubio", "-Russia" and "Youtube/Sky" as single
 * tokens but splits "al - Bayda" and "Zelenskyy 's". A piece is a run of letters, digits,
 * apostrophes and periods inside a token, with possessive {@code 's}/{@code ’s}, trailing
 * apostrophes and a sentence-final period removed (a period stays when it ends an acronym or an
 * initial: "U.S.", "W."). Each piece has
 *
 * <ul>
 *   <li>{@code norm}: periods removed, apostrophes unified, accents stripped, lower-cased ("U.S." →
 *       "us", "Zelenskyy’s" → "zelenskyy");
 *   <li>{@code exact}: the same without lower-casing, for case-sensitive acronyms ("US");
 *   <li>a break flag: whether punctuation other than dashes separates it from the previous piece (a
 *       multi-piece alias never spans a break; a hyphen or dash does not break, so "al-Bayda", "al
 *       - Bayda" and "al Bayda" are the same two pieces).
 * </ul>
 *
 * Aliases are cut with the same rules, from whitespace-separated tokens, so both sides agree. Not
 * thread-safe while being built; read-only afterwards and confined to one {@code find} call.
 */
final class Pieces {
  int size;
  String[] norm = new String[16];
  String[] exact = new String[16];
  int[] start = new int[16];
  int[] end = new int[16];
  int[] token = new int[16];
  boolean[] breakBefore = new boolean[16];
  private boolean pendingBreak;

  /** Cuts the tokens of a tagged sentence; offsets are those of the article text. */
  static Pieces of(AnnotatedSentence sentence) {
    Pieces p = new Pieces();
    for (int t = 0; t < sentence.size(); t++) {
      p.addToken(sentence.token(t), sentence.tokenStart(t), t);
    }
    return p;
  }

  /** Cuts an alias as written in the dictionary; offsets are into the alias text. */
  static Pieces ofAlias(String alias) {
    Pieces p = new Pieces();
    int i = 0;
    int t = 0;
    int n = alias.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(alias.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n && !Character.isWhitespace(alias.charAt(i))) {
        i++;
      }
      if (i > s) {
        p.addToken(alias.substring(s, i), s, t++);
      }
    }
    return p;
  }

  private void addToken(String tok, int offset, int tokenIndex) {
    int n = tok.length();
    if (isPossessiveClitic(tok)) {
      return;
    }
    int i = 0;
    while (i < n) {
      char c = tok.charAt(i);
      if (!isPieceChar(c)) {
        if (!isDash(c)) {
          pendingBreak = true;
        }
        i++;
        continue;
      }
      int a = i;
      while (i < n && isPieceChar(tok.charAt(i))) {
        i++;
      }
      int z = i;
      while (a < z && (isApostrophe(tok.charAt(a)) || tok.charAt(a) == '.')) {
        a++;
      }
      boolean strippedPeriod = false;
      while (z > a) {
        char last = tok.charAt(z - 1);
        if (isApostrophe(last)) {
          z--;
        } else if (z - a >= 2 && (last == 's' || last == 'S') && isApostrophe(tok.charAt(z - 2))) {
          z -= 2;
        } else if (last == '.' && !endsAcronym(tok, a, z - 1)) {
          z--;
          strippedPeriod = true;
        } else {
          break;
        }
      }
      if (hasLetterOrDigit(tok, a, z)) {
        add(tok, a, z, offset, tokenIndex);
      }
      if (strippedPeriod) {
        pendingBreak = true;
      }
    }
  }

  private void add(String tok, int a, int z, int offset, int tokenIndex) {
    if (size == norm.length) {
      int cap = size * 2;
      norm = Arrays.copyOf(norm, cap);
      exact = Arrays.copyOf(exact, cap);
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      token = Arrays.copyOf(token, cap);
      breakBefore = Arrays.copyOf(breakBefore, cap);
    }
    String ex = exactForm(tok, a, z);
    exact[size] = ex;
    norm[size] = ex.toLowerCase(Locale.ROOT);
    start[size] = offset + a;
    end[size] = offset + z;
    token[size] = tokenIndex;
    breakBefore[size] = pendingBreak && size > 0;
    pendingBreak = false;
    size++;
  }

  /** Whether the piece starts with an upper-case letter. */
  boolean capitalized(int i) {
    String e = exact[i];
    return !e.isEmpty() && Character.isUpperCase(e.charAt(0));
  }

  /** Whether the piece has no upper-case letter. */
  boolean lowerCase(int i) {
    String e = exact[i];
    for (int k = 0; k < e.length(); k++) {
      if (Character.isUpperCase(e.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** The normalized pieces as one space-joined key, e.g. "secretary of state". */
  String key(int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        sb.append(' ');
      }
      sb.append(norm[i]);
    }
    return sb.toString();
  }

  /** Removes periods, unifies apostrophes and strips accents; keeps case. */
  static String exactForm(String s, int a, int z) {
    boolean plain = true;
    for (int k = a; k < z; k++) {
      char c = s.charAt(k);
      if (c == '.' || c >= 0x80) {
        plain = false;
        break;
      }
    }
    if (plain) {
      return s.substring(a, z);
    }
    StringBuilder sb = new StringBuilder(z - a);
    for (int k = a; k < z; k++) {
      char c = s.charAt(k);
      if (c == '.') {
        continue;
      }
      sb.append(isApostrophe(c) ? '\'' : c);
    }
    return stripAccents(sb.toString());
  }

  static String stripAccents(String s) {
    boolean ascii = true;
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return s;
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int k = 0; k < d.length(); k++) {
      char c = d.charAt(k);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        continue;
      }
      switch (c) {
        case 'ł' -> sb.append('l');
        case 'Ł' -> sb.append('L');
        case 'ø' -> sb.append('o');
        case 'Ø' -> sb.append('O');
        case 'đ' -> sb.append('d');
        case 'Đ' -> sb.append('D');
        case 'ı' -> sb.append('i');
        case 'ß' -> sb.append("ss");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Whether the period at {@code dot} ends an acronym or initial ("U.S.", "W."). */
  private static boolean endsAcronym(String tok, int a, int dot) {
    if (dot - a == 1 && Character.isLetter(tok.charAt(a))) {
      return true;
    }
    for (int k = a; k < dot; k++) {
      if (tok.charAt(k) == '.') {
        return true;
      }
    }
    return false;
  }

  private static boolean isPossessiveClitic(String tok) {
    int n = tok.length();
    if (n == 1) {
      return isApostrophe(tok.charAt(0));
    }
    return n == 2 && isApostrophe(tok.charAt(0)) && (tok.charAt(1) == 's' || tok.charAt(1) == 'S');
  }

  private static boolean hasLetterOrDigit(String s, int a, int z) {
    for (int k = a; k < z; k++) {
      if (Character.isLetterOrDigit(s.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPieceChar(char c) {
    if (Character.isLetterOrDigit(c) || c == '.' || isApostrophe(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == '‘' || c == 'ʼ' || c == '`' || c == '´';
  }

  static boolean isDash(char c) {
    return c == '-' || (c >= '‐' && c <= '―') || c == '−' || c == '﹣' || c == '－';
  }
}
