package com.mediaframing.quotes;

import static com.mediaframing.quotes.CueTokens.OBJECT_CUES;
import static com.mediaframing.quotes.CueTokens.contentEnd;
import static com.mediaframing.quotes.CueTokens.isAccordingTo;
import static com.mediaframing.quotes.CueTokens.key;

import com.mediaframing.nlp.AnnotatedSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Indirect attributions: cue verbs outside quotation marks with a subject ({@code X said (that) …},
 * {@code X told reporters …}, {@code …, X said.}) and {@code according to X}, each with its content
 * (the reported clause) as a {@link QuoteDraft}; contents mostly covered by a direct quote are left
 * to it. Immutable and thread-safe.
 */
final class IndirectAttributions implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** An indirect content needs at least this many tokens. */
  static final int MIN_INDIRECT_TOKENS = 3;

  private final SpeechCues cues;
  private final CueTokens tokens;

  IndirectAttributions(SpeechCues cues, CueTokens tokens) {
    this.cues = cues;
    this.tokens = tokens;
  }

  void find(
      String text,
      List<AnnotatedSentence> sentences,
      List<QuoteMarks.Span> marks,
      List<QuoteDraft> drafts,
      Set<Long> usedCues) {
    int m = 0;
    List<QuoteDraft> found = new ArrayList<>();
    for (int si = 0; si < sentences.size(); si++) {
      AnnotatedSentence s = sentences.get(si);
      for (int i = 0; i < s.size(); i++) {
        int at = s.tokenStart(i);
        while (m < marks.size() && marks.get(m).end() <= at) {
          m++;
        }
        if (m < marks.size() && marks.get(m).start() <= at) {
          continue; // inside a quote: the speaker's words, not the outlet's attribution
        }
        if (usedCues.contains(key(si, i))) {
          continue;
        }
        QuoteDraft d = null;
        if (i > 0 && i <= MAX_LABEL_TOKENS && s.token(i).equals(":")) {
          d = labelled(text, s, si, i);
        } else if (isAccordingTo(s, i)) {
          d = accordingTo(s, si, i);
        } else if (tokens.isCue(s, i)) {
          d = cueFrame(s, si, i);
        }
        if (d != null && !coveredByDirect(d, drafts)) {
          found.add(d);
        }
      }
    }
    drafts.addAll(found);
  }

  private QuoteDraft accordingTo(AnnotatedSentence s, int si, int i) {
    Phrases.Range r = Phrases.nounPhraseStartingAt(s, i + 2, s.size());
    if (r == null) {
      return null;
    }
    int end = contentEnd(s);
    int cs;
    int ce;
    if (i > 0 && s.token(i - 1).equals(",")) {
      cs = 0;
      ce = i - 1;
    } else if (r.end() < s.size() && s.token(r.end()).equals(",")) {
      cs = r.end() + 1;
      ce = end;
    } else {
      return null;
    }
    return draft(s, si, cs, ce, i, r, "according to");
  }

  /** At most this many tokens name the source of a headline attribution ("Dr. Ben Carson:"). */
  static final int MAX_LABEL_TOKENS = 4;

  /**
   * The headline and lead convention "Graham: Trump is unfit to lead": a paragraph opening with a
   * short capitalised naming and a colon attributes the rest of the sentence to that naming.
   */
  private static QuoteDraft labelled(String text, AnnotatedSentence s, int si, int colon) {
    if (s.start() > 0 && text.charAt(s.start() - 1) != '\n') {
      return null;
    }
    Phrases.Range r = new Phrases.Range(0, colon);
    if (!Character.isUpperCase(s.token(0).charAt(0)) || !Phrases.hasProperNoun(s, r)) {
      return null;
    }
    for (int t = 0; t < colon; t++) {
      if (Phrases.isPunct(s, t) && !s.token(t).equals(".")
          || "VERB".equals(Phrases.tag(s, t))
          || Phrases.personalPronoun(s, t) != null) {
        return null;
      }
    }
    return draft(s, si, colon + 1, contentEnd(s), colon, r, ":");
  }

  private QuoteDraft cueFrame(AnnotatedSentence s, int si, int v) {
    Phrases.Range r = Subjects.subjectBefore(s, v, 0);
    if (r == null) {
      r = Subjects.subjectOfParticiple(s, v, 0);
    }
    boolean inverted = false;
    if (r == null && v > 0 && s.token(v - 1).equals(",")) {
      r = Phrases.nounPhraseStartingAt(s, v + 1, s.size());
      inverted = r != null;
    }
    if (r == null) {
      return null;
    }
    int end = contentEnd(s);
    int tailStart = inverted ? r.end() : v + 1;
    boolean relative = !inverted && Phrases.lower(s, r.start()).equals("who");
    boolean shortTail =
        !relative && (end - tailStart <= 6 || inverted) && adjunctTail(s, tailStart, end);
    int commaBefore = inverted ? v - 1 : r.start() - 1;
    if (shortTail && commaBefore > 0 && s.token(commaBefore).equals(",")) {
      // "..., X said." / "..., said X."
      return draft(s, si, 0, commaBefore, v, r, s.token(v));
    }
    if (inverted) {
      return null;
    }
    int k = v + 1;
    Phrases.Range told = null;
    String lemma = s.lemma(v);
    if (k < s.size() && OBJECT_CUES.contains(lemma) && !Phrases.lower(s, k).equals("that")) {
      told = Phrases.nounPhraseStartingAt(s, k, s.size());
      if (told != null) {
        k = told.end();
      }
    }
    for (int t = k; t < s.size() && t <= k + 6; t++) {
      String w = Phrases.lower(s, t);
      if (w.equals("that") || w.equals(":")) {
        k = t + 1;
        break;
      }
      String tag = s.tag(t);
      if (!"ADP".equals(tag)
          && !"DET".equals(tag)
          && !"NOUN".equals(tag)
          && !"PROPN".equals(tag)
          && !"NUM".equals(tag)
          && !"ADJ".equals(tag)
          && !w.equals(",")) {
        break;
      }
    }
    if (cues.verb(lemma, Phrases.lower(s, v)) == SpeechCues.CueClass.BELIEF
        && (k >= s.size()
            || !("PRON".equals(s.tag(k))
                || "DET".equals(s.tag(k))
                || "PROPN".equals(s.tag(k))
                || Phrases.lower(s, k - 1).equals("that")))) {
      return null;
    }
    QuoteDraft d = draft(s, si, k, end, v, r, s.token(v));
    if (d != null && told != null) {
      d.told = told;
      d.toldSentence = si;
    }
    return d;
  }

  /**
   * Whether the tokens after a closing cue up to the next comma are adjuncts, not a reported
   * clause: "…, he said Wednesday morning on MSNBC", "…, said Rita Katz, the director of …".
   */
  private static boolean adjunctTail(AnnotatedSentence s, int from, int end) {
    if (from < end
        && ("SCONJ".equals(Phrases.tag(s, from)) || Phrases.lower(s, from).equals("that"))) {
      return false;
    }
    for (int t = from; t < end; t++) {
      if (s.token(t).equals(",")) {
        return true;
      }
      String tag = Phrases.tag(s, t);
      if ("VERB".equals(tag)
          || "AUX".equals(tag)
          || "SCONJ".equals(tag)
          || Phrases.lower(s, t).equals("that")
          || Phrases.personalPronoun(s, t) != null) {
        return false;
      }
    }
    return true;
  }

  private static QuoteDraft draft(
      AnnotatedSentence s, int si, int cs, int ce, int cue, Phrases.Range r, String cueText) {
    while (cs < ce && Phrases.isPunct(s, cs)) {
      cs++;
    }
    while (ce > cs && Phrases.isPunct(s, ce - 1)) {
      ce--;
    }
    if (ce - cs < MIN_INDIRECT_TOKENS) {
      return null;
    }
    QuoteDraft d = new QuoteDraft(Quote.Kind.INDIRECT, s.tokenStart(cs), s.tokenEnd(ce - 1), si);
    d.cue = cueText;
    d.speakerSentence = si;
    d.speaker = r;
    return d;
  }

  /** Whether direct quotes already cover at least half of an indirect content. */
  private static boolean coveredByDirect(QuoteDraft d, List<QuoteDraft> directs) {
    int covered = 0;
    for (QuoteDraft q : directs) {
      int o = Math.min(q.contentEnd, d.contentEnd) - Math.max(q.contentStart, d.contentStart);
      if (o > 0) {
        covered += o;
      }
    }
    return covered * 2 >= d.contentEnd - d.contentStart;
  }
}
