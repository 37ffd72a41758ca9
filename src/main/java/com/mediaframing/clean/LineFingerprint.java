package com.mediaframing.clean;

import com.mediaframing.nlp.TextSpan;
import java.util.Arrays;
import java.util.List;

/**
 * A 64-bit fingerprint of one line of article text, used to find lines that an outlet repeats
 * across many of its articles (copyright notes, newsletter prompts, bylines of columnists). The
 * line is normalized before hashing: surrounding whitespace is dropped, runs of whitespace
 * (including no-break spaces) become one space, letters are lower-cased; digits and punctuation are
 * kept, so "© 2019" and "© 2020" differ. The hash is 64-bit FNV-1a over the normalized UTF-16
 * characters, computed without building the normalized string.
 *
 * <p>Stateless; all methods are thread-safe.
 */
public final class LineFingerprint {
  /** Lines shorter than this (after trimming) are never treated as repeated boilerplate. */
  public static final int MIN_CANDIDATE_CHARS = 20;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private LineFingerprint() {}

  /** The fingerprint of {@code line}; equal for lines that differ only in case or whitespace. */
  public static long of(String line) {
    return of(line, 0, line.length());
  }

  /** The fingerprint of {@code text.substring(start, end)}, without copying it. */
  public static long of(String text, int start, int end) {
    long hash = FNV_OFFSET;
    boolean pendingSpace = false;
    boolean any = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        pendingSpace = any;
        continue;
      }
      if (pendingSpace) {
        hash = (hash ^ ' ') * FNV_PRIME;
        pendingSpace = false;
      }
      hash = (hash ^ Character.toLowerCase(c)) * FNV_PRIME;
      any = true;
    }
    return hash;
  }

  /**
   * Whether {@code line} is long enough to take part in repetition detection: at least {@link
   * #MIN_CANDIDATE_CHARS} characters once surrounding whitespace is removed. Short lines
   * ("Related:", an outlet's name) repeat across articles for innocent reasons too.
   */
  public static boolean isCandidate(String line) {
    return isCandidate(line, 0, line.length());
  }

  /** {@link #isCandidate(String)} for {@code text.substring(start, end)}. */
  public static boolean isCandidate(String text, int start, int end) {
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return end - start >= MIN_CANDIDATE_CHARS;
  }

  /**
   * The distinct fingerprints of the candidate lines of one article, sorted ascending: what the
   * corpus-wide stage counts per outlet (each line once per article) to decide which lines are
   * repeated boilerplate. Lines are split exactly as {@link BoilerplateCleaner} splits them.
   */
  public static long[] distinctCandidates(String text) {
    List<TextSpan> lines = TextLines.split(text);
    long[] out = new long[lines.size()];
    int n = 0;
    for (TextSpan line : lines) {
      if (isCandidate(text, line.start(), line.end())) {
        out[n++] = of(text, line.start(), line.end());
      }
    }
    long[] sorted = Arrays.copyOf(out, n);
    Arrays.sort(sorted);
    return Arrays.stream(sorted).distinct().toArray();
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
