package com.mediaframing.quotes;

import com.mediaframing.nlp.AnnotatedSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Undoes the sentence breaks the sentence detector makes after a title or an initial inside a name
 * ({@code ,” Mrs. | Clinton said.}, {@code said James B. | Comey Jr.}, {@code former Gov. | Jeb
 * Bush said}), which separate a quote from its frame. Two sentences of one paragraph are joined
 * when the first ends with a title abbreviation or a single capital initial (with its period) and
 * the second starts with a capitalised word; the abbreviation and its period become one proper-noun
 * token. Only the quote extractor sees the joined sentences (offsets are unchanged, so every span
 * still points into the input text); the article's own sentences stay as tagged. Stateless and
 * thread-safe; linear in the tokens.
 */
final class TitleBreaks {
  private TitleBreaks() {}

  /** Titles (without their period) that stand before a name. */
  static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "reps", "sens", "gen", "col", "lt", "sgt",
          "rev", "prof", "capt", "adm", "maj", "cmdr", "gens", "st", "pres", "amb", "supt", "insp",
          "det", "cpl", "pvt", "msgr", "hon", "atty");

  /** The sentences with wrong breaks after titles and initials joined; the list itself if none. */
  static List<AnnotatedSentence> join(String text, List<AnnotatedSentence> sentences) {
    List<AnnotatedSentence> out = null;
    AnnotatedSentence pending = null;
    for (int i = 0; i < sentences.size(); i++) {
      AnnotatedSentence s = sentences.get(i);
      if (pending != null && breaksAfterTitle(text, pending, s)) {
        pending = joined(pending, s);
        if (out == null) {
          out = new ArrayList<>(sentences.subList(0, i - 1));
        }
        continue;
      }
      if (pending != null && out != null) {
        out.add(pending);
      }
      pending = s;
    }
    if (out == null) {
      return sentences;
    }
    out.add(pending);
    List<AnnotatedSentence> renumbered = new ArrayList<>(out.size());
    for (AnnotatedSentence s : out) {
      renumbered.add(
          s.index() == renumbered.size()
              ? s
              : new AnnotatedSentence(
                  renumbered.size(), s.tokens(), starts(s), ends(s), s.tags(), s.lemmas()));
    }
    return renumbered;
  }

  /** Whether {@code a} ends with a title or an initial that the name in {@code b} continues. */
  static boolean breaksAfterTitle(String text, AnnotatedSentence a, AnnotatedSentence b) {
    if (a.size() == 0 || b.size() == 0 || a.end() > b.start()) {
      return false;
    }
    String gap = text.substring(a.end(), b.start());
    if (gap.length() > 1 || !gap.isBlank()) {
      return false;
    }
    String first = b.token(0);
    if (first.isEmpty() || !Character.isUpperCase(first.charAt(0))) {
      return false;
    }
    int n = a.size();
    String last = a.token(n - 1);
    if (last.equals(".") && n >= 2 && a.tokenEnd(n - 2) == a.tokenStart(n - 1)) {
      return abbreviation(a.token(n - 2));
    }
    return last.length() >= 2
        && last.endsWith(".")
        && abbreviation(last.substring(0, last.length() - 1));
  }

  private static boolean abbreviation(String word) {
    if (word.length() == 1) {
      return Character.isUpperCase(word.charAt(0));
    }
    return Character.isUpperCase(word.charAt(0)) && TITLES.contains(word.toLowerCase(Locale.ROOT));
  }

  /** {@code a} and {@code b} as one sentence, a split-off period fused to its abbreviation. */
  private static AnnotatedSentence joined(AnnotatedSentence a, AnnotatedSentence b) {
    int n = a.size();
    boolean fuse = a.token(n - 1).equals(".") && n >= 2;
    int keep = fuse ? n - 1 : n;
    int size = keep + b.size();
    String[] tokens = new String[size];
    String[] tags = new String[size];
    String[] lemmas = new String[size];
    int[] starts = new int[size];
    int[] ends = new int[size];
    for (int i = 0; i < keep; i++) {
      tokens[i] = a.token(i);
      tags[i] = a.tag(i);
      lemmas[i] = a.lemma(i);
      starts[i] = a.tokenStart(i);
      ends[i] = a.tokenEnd(i);
    }
    int t = keep - 1;
    tokens[t] = fuse ? a.token(t) + "." : a.token(t);
    tags[t] = "PROPN";
    lemmas[t] = tokens[t].toLowerCase(Locale.ROOT);
    ends[t] = a.tokenEnd(n - 1);
    for (int i = 0; i < b.size(); i++) {
      tokens[keep + i] = b.token(i);
      tags[keep + i] = b.tag(i);
      lemmas[keep + i] = b.lemma(i);
      starts[keep + i] = b.tokenStart(i);
      ends[keep + i] = b.tokenEnd(i);
    }
    return new AnnotatedSentence(a.index(), tokens, starts, ends, tags, lemmas);
  }

  private static int[] starts(AnnotatedSentence s) {
    int[] out = new int[s.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = s.tokenStart(i);
    }
    return out;
  }

  private static int[] ends(AnnotatedSentence s) {
    int[] out = new int[s.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = s.tokenEnd(i);
    }
    return out;
  }
}
