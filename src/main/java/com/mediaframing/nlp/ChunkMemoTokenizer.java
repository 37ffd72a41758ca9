package com.mediaframing.nlp;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * {@link TokenizerME#tokenizePos(String)} with the split of each whitespace-separated chunk
 * remembered. OpenNLP's maximum-entropy tokenizer first cuts the text at whitespace (as {@code
 * WhitespaceTokenizer} does) and then decides where to split each chunk from that chunk's
 * characters alone, so a chunk ("president", "Trump's", "(AP)") always splits the same way and the
 * model need only be asked once per distinct chunk. News text repeats its chunks heavily, so most
 * are answered from memory. The result equals {@code TokenizerME}'s for any text.
 *
 * <p>Not thread-safe (it owns a {@code TokenizerME}); create one per thread or partition. The
 * memory of chunk splits is shared by all instances of the JVM, thread-safe, and bounded.
 */
final class ChunkMemoTokenizer {
  /** Chunks remembered per JVM at most; the commonest come first and stay. */
  static final int MAX_CHUNKS = 400_000;

  /** Marks a chunk that stays one token. */
  private static final int[] WHOLE = new int[0];

  private static final ConcurrentHashMap<String, int[]> SPLITS = new ConcurrentHashMap<>();

  private final TokenizerME tokenizer;

  ChunkMemoTokenizer(TokenizerME tokenizer) {
    this.tokenizer = tokenizer;
  }

  /** The token spans of {@code text}, as {@link TokenizerME#tokenizePos(String)} gives them. */
  Span[] tokenizePos(String text) {
    Span[] out = new Span[8];
    int n = 0;
    int len = text.length();
    int i = 0;
    while (i < len) {
      while (i < len && StringUtil.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < len && !StringUtil.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i == start) {
        break;
      }
      int[] split = i - start < 2 ? WHOLE : split(text.substring(start, i));
      if (n + Math.max(1, split.length / 2) > out.length) {
        out = Arrays.copyOf(out, Math.max(out.length * 2, n + split.length / 2 + 1));
      }
      if (split == WHOLE) {
        out[n++] = new Span(start, i);
      } else {
        for (int k = 0; k < split.length; k += 2) {
          out[n++] = new Span(start + split[k], start + split[k + 1]);
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Token boundaries within one chunk as start/end pairs, or {@link #WHOLE}. */
  private int[] split(String chunk) {
    int[] known = SPLITS.get(chunk);
    if (known != null) {
      return known;
    }
    Span[] spans = tokenizer.tokenizePos(chunk);
    int[] split;
    if (spans.length == 1 && spans[0].getStart() == 0 && spans[0].getEnd() == chunk.length()) {
      split = WHOLE;
    } else {
      split = new int[spans.length * 2];
      for (int k = 0; k < spans.length; k++) {
        split[2 * k] = spans[k].getStart();
        split[2 * k + 1] = spans[k].getEnd();
      }
    }
    if (SPLITS.size() < MAX_CHUNKS) {
      SPLITS.putIfAbsent(chunk, split);
    }
    return split;
  }
}
