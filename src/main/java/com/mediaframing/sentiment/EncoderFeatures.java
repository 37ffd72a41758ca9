package com.mediaframing.sentiment;

import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.EncodedText;
import com.mediaframing.nlp.TokenStateEncoder;
import com.mediaframing.nlp.Vectors;
import java.util.ArrayList;
import java.util.List;

/**
 * The dense representation of one target in one sentence read off frozen sentence encoders: per
 * encoder, four or five blocks ({@link EncoderLayout#blocks()}) of its dimension, each
 * L2-normalised:
 *
 * <ol>
 *   <li>the mean state of the word pieces of the target and of its further mentions;
 *   <li>the mean state of the {@link EncoderLayout#window()} pieces on each side of the target;
 *   <li>the sentence as written (the encoder's own pooling: mean or {@code [CLS]});
 *   <li>the sentence with the target's mention replaced by {@link EncoderLayout#placeholder()},
 *       pooled the same way, so that what is said about the slot is read without the name;
 *   <li>when {@link EncoderLayout#placeholderState()}: the mean state of the placeholder's own
 *       pieces in that masked sentence, what the sentence makes of the slot.
 * </ol>
 *
 * The text the encoders see is rebuilt from the tagged tokens at their offsets (gaps as spaces), so
 * that training on NewsMTSC and scoring in the job feed the encoder the same way. The sentence pass
 * ({@link #encode}) is shared by all targets of a sentence; the placeholder pass is one per target.
 * Thread-safe: the encoders are.
 */
public final class EncoderFeatures {
  private final EncoderLayout layout;
  private final List<TokenStateEncoder> encoders;
  private final int dimension;

  /**
   * @param encoders the loaded encoders, in the layout's order
   * @throws IllegalArgumentException when their ids or number differ from the layout's
   */
  public EncoderFeatures(EncoderLayout layout, List<TokenStateEncoder> encoders) {
    if (encoders.size() != layout.encoders().size()) {
      throw new IllegalArgumentException(
          "layout names " + layout.encoders().size() + " encoders, got " + encoders.size());
    }
    int d = 0;
    for (int i = 0; i < encoders.size(); i++) {
      String expected = layout.encoders().get(i).id();
      if (!expected.equals(encoders.get(i).modelId())) {
        throw new IllegalArgumentException(
            "encoder " + i + " is " + encoders.get(i).modelId() + ", the layout wants " + expected);
      }
      d += layout.blocks() * encoders.get(i).dimension();
    }
    this.layout = layout;
    this.encoders = List.copyOf(encoders);
    this.dimension = d;
  }

  public EncoderLayout layout() {
    return layout;
  }

  /** Length of {@link #features}. */
  public int dimension() {
    return dimension;
  }

  /** The encoders' states of one sentence, one per encoder; shared by all its targets. */
  public List<EncodedText> encode(AnnotatedSentence sentence) {
    String text = text(sentence);
    List<EncodedText> out = new ArrayList<>(encoders.size());
    for (TokenStateEncoder e : encoders) {
      out.add(e.encodeWithStates(List.of(text)).get(0));
    }
    return out;
  }

  /**
   * The feature vector of a target, from its sentence's {@link #encode} states.
   *
   * @param furtherMentions other mentions of the same target, pooled with it
   */
  public double[] features(
      AnnotatedSentence sentence,
      List<EncodedText> states,
      TokenSpan target,
      List<TokenSpan> furtherMentions) {
    String text = text(sentence);
    int base = sentence.tokenStart(0);
    int from = sentence.tokenStart(target.start()) - base;
    int to = sentence.tokenEnd(target.end() - 1) - base;
    String masked = text.substring(0, from) + layout.placeholder() + text.substring(to);
    double[] out = new double[dimension];
    int at = 0;
    for (int e = 0; e < encoders.size(); e++) {
      EncodedText t = states.get(e);
      int dim = encoders.get(e).dimension();
      boolean cls = layout.encoders().get(e).clsPooling();
      int[] pieces = pieces(t, from, to);
      if (pieces != null) {
        List<int[]> mentions = new ArrayList<>();
        mentions.add(pieces);
        for (TokenSpan f : furtherMentions) {
          int[] p =
              pieces(
                  t, sentence.tokenStart(f.start()) - base, sentence.tokenEnd(f.end() - 1) - base);
          if (p != null) {
            mentions.add(p);
          }
        }
        copy(mean(t, mentions, dim), out, at);
        int w = layout.window();
        copy(
            mean(
                t,
                List.of(
                    new int[] {Math.max(0, pieces[0] - w), pieces[0]},
                    new int[] {pieces[1], Math.min(t.size(), pieces[1] + w)}),
                dim),
            out,
            at + dim);
      }
      copy(pooled(t, cls), out, at + 2 * dim);
      EncodedText m = encoders.get(e).encodeWithStates(List.of(masked)).get(0);
      copy(pooled(m, cls), out, at + 3 * dim);
      if (layout.placeholderState()) {
        int[] slot = pieces(m, from, from + layout.placeholder().length());
        if (slot != null) {
          copy(mean(m, List.<int[]>of(slot), dim), out, at + 4 * dim);
        }
      }
      at += layout.blocks() * dim;
    }
    return out;
  }

  /**
   * The text the encoders read: the sentence's tokens at their offsets from its first token, gaps
   * (line breaks included) as spaces, so token offsets minus the first token's are offsets into it.
   */
  public static String text(AnnotatedSentence s) {
    StringBuilder b = new StringBuilder();
    int base = s.tokenStart(0);
    for (int i = 0; i < s.size(); i++) {
      int at = s.tokenStart(i) - base;
      while (b.length() < at) {
        b.append(' ');
      }
      b.append(s.token(i));
    }
    return b.toString();
  }

  /** [first, last + 1) of the non-special pieces overlapping [from, to), or null. */
  private static int[] pieces(EncodedText t, int from, int to) {
    int first = -1;
    int end = -1;
    for (int i = 0; i < t.size(); i++) {
      if (t.starts()[i] < 0 || t.ends()[i] <= from || t.starts()[i] >= to) {
        continue;
      }
      if (first < 0) {
        first = i;
      }
      end = i + 1;
    }
    return first < 0 ? null : new int[] {first, end};
  }

  /** Normalised mean of the non-special pieces in the ranges; zeros when there are none. */
  private static float[] mean(EncodedText t, List<int[]> ranges, int dim) {
    float[] sum = new float[dim];
    int n = 0;
    for (int[] r : ranges) {
      for (int i = r[0]; i < r[1]; i++) {
        if (t.starts()[i] >= 0) {
          Vectors.addTo(sum, t.states()[i]);
          n++;
        }
      }
    }
    return n == 0 ? sum : Vectors.normalize(sum);
  }

  private static float[] pooled(EncodedText t, boolean cls) {
    return cls ? Vectors.normalize(t.states()[0].clone()) : t.sentence();
  }

  private static void copy(float[] v, double[] out, int at) {
    for (int i = 0; i < v.length; i++) {
      out[at + i] = v[i];
    }
  }
}
