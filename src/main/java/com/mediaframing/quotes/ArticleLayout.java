package com.mediaframing.quotes;

import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.TextSpan;
import java.util.List;

/**
 * Where things stand in an article for the quote extractor: paragraphs of sentences, the sentence
 * at an offset, whether an offset is inside a quote, words and letters of a stretch. Stateless and
 * thread-safe.
 */
final class ArticleLayout {
  private ArticleLayout() {}

  /** Groups sentences into paragraphs (a line break between them starts a new one). */
  static int[] paragraphs(String text, List<AnnotatedSentence> sentences, List<TextSpan> out) {
    int[] of = new int[sentences.size()];
    int first = 0;
    for (int i = 1; i <= sentences.size(); i++) {
      boolean breakHere =
          i == sentences.size()
              || text.substring(sentences.get(i - 1).end(), sentences.get(i).start()).indexOf('\n')
                  >= 0;
      if (breakHere) {
        out.add(new TextSpan(sentences.get(first).start(), sentences.get(i - 1).end()));
        for (int k = first; k < i; k++) {
          of[k] = out.size() - 1;
        }
        first = i;
      }
    }
    return of;
  }

  static int sentenceAt(int[] starts, int offset) {
    int i = java.util.Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : Math.max(0, -i - 2);
  }

  static boolean insideMark(List<QuoteMarks.Span> marks, int offset) {
    int lo = 0;
    int hi = marks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (marks.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < marks.size() && marks.get(lo).start() <= offset;
  }

  /** Whether the quote ends with a comma inside or right after the closing mark ({@code ,”}). */
  static boolean commaAt(String text, QuoteMarks.Span q) {
    int e = q.contentEnd();
    if (e > q.contentStart() && text.charAt(e - 1) == ',') {
      return true;
    }
    int after = q.end();
    return after < text.length() && (text.charAt(after) == ',' || text.charAt(after) == '—');
  }

  static boolean hasLetter(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetter(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static int words(String text, int from, int to) {
    int n = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }
}
