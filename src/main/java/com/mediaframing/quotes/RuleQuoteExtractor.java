package com.mediaframing.quotes;

import static com.mediaframing.quotes.CueTokens.OBJECT_CUES;
import static com.mediaframing.quotes.CueTokens.contentEnd;
import static com.mediaframing.quotes.CueTokens.isAccordingTo;
import static com.mediaframing.quotes.CueTokens.key;
import static com.mediaframing.quotes.CueTokens.tokenAtOrAfter;
import static com.mediaframing.quotes.CueTokens.tokensBefore;

import com.mediaframing.actors.ActorDictionary;
import com.mediaframing.actors.ActorMention;
import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule-based quote and attribution extraction over tagged sentences, in the tradition of the
 * pattern systems evaluated on PARC and PolNeAR (quotation marks plus cue-verb frames):
 *
 * <ol>
 *   <li>direct quotes are the stretches between quotation marks ({@link QuoteMarks}); each is
 *       attributed by the frame after it ({@code ,” she said}, {@code ,” said Lavrov}), else the
 *       frame before it ({@code Bruce said: “}, {@code according to X, “}, {@code Lavrov
 *       “emphasized}), else it continues the previous quote's speaker when that quote is at most
 *       one paragraph back; unattributed short quotes (titles, scare quotes) are dropped, and so
 *       are headline fragments, subheads and titles of works ({@link QuoteShapes}); a dash
 *       signature after a quote ({@code ” ― Jane Doe}) names its speaker;
 *   <li>indirect attributions are cue verbs outside quotes with a subject ({@code X said (that) …},
 *       {@code X told reporters …}, {@code …, X said.}) and {@code according to X};
 *   <li>speakers are resolved by {@link SpeakerResolver}; news organisations that are speakers, or
 *       that are told something ("told Reuters"), become {@link CitedSource}s.
 * </ol>
 *
 * <p>Cost is linear in the article: one pass over the characters of the kept paragraphs for the
 * marks, one pass over the tokens for cues, a bounded look-around per cue. It reuses the tokens and
 * POS tags of the annotation (no further tagging). Immutable and thread-safe: one instance may
 * serve all threads of a JVM.
 */
public final class RuleQuoteExtractor implements QuoteExtractor, java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** An unattributed quote is kept only with at least this many words. */
  static final int MIN_UNATTRIBUTED_WORDS = 8;

  /** A quote shorter than this (a scare quote, a name) never continues an earlier speaker. */
  static final int MIN_CONTINUATION_WORDS = 3;

  /** How many tokens after a closing quote its cue may stand (past an appositive). */
  static final int AFTER_WINDOW = 28;

  /** A quote continues the previous quote's speaker at most this many sentences later. */
  static final int CONTINUATION_SENTENCES = 4;

  private final ActorDictionary dictionary;
  private final SpeechCues cues;
  private final CueTokens tokens;
  private final IndirectAttributions indirect;

  public RuleQuoteExtractor(ActorDictionary dictionary) {
    this(dictionary, SpeechCues.bundled());
  }

  public RuleQuoteExtractor(ActorDictionary dictionary, SpeechCues cues) {
    this.dictionary = dictionary;
    this.cues = cues;
    this.tokens = new CueTokens(cues);
    this.indirect = new IndirectAttributions(cues, tokens);
  }

  @Override
  public QuoteExtraction extract(
      String text,
      String title,
      java.time.LocalDate published,
      List<AnnotatedSentence> tagged,
      List<ActorMention> mentions) {
    if (tagged.isEmpty()) {
      return new QuoteExtraction(List.of(), List.of());
    }
    List<AnnotatedSentence> sentences = TitleBreaks.join(text, tagged);
    List<TextSpan> paragraphs = new ArrayList<>();
    int[] paragraphOf = ArticleLayout.paragraphs(text, sentences, paragraphs);
    List<QuoteMarks.Span> marks = QuoteMarks.find(text, paragraphs);
    int[] starts = new int[sentences.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = sentences.get(i).start();
    }
    List<QuoteDraft> drafts = new ArrayList<>();
    Set<Long> usedCues = new HashSet<>();
    TextSpan headline = QuoteShapes.headline(text, title, paragraphs);
    direct(text, sentences, starts, paragraphs, paragraphOf, headline, marks, drafts, usedCues);
    indirect.find(text, sentences, marks, drafts, usedCues);
    drafts.sort(Comparator.comparingInt((QuoteDraft d) -> d.contentStart));
    new SpeakerResolver(dictionary, cues, published).resolve(text, sentences, mentions, drafts);
    List<Quote> quotes = new ArrayList<>(drafts.size());
    List<CitedSource> cited = new ArrayList<>();
    for (QuoteDraft d : drafts) {
      int index = quotes.size();
      quotes.add(d.toQuote(text, index));
      if (d.media != null && d.speaker != null) {
        cited.add(
            new CitedSource(d.speakerText, d.speakerStart, d.speakerEnd, d.media, d.cue, index));
      }
      if (d.told != null) {
        AnnotatedSentence s = sentences.get(d.toldSentence);
        String told = Phrases.text(text, s, d.told);
        String canonical = cues.media(told);
        if (canonical != null) {
          cited.add(
              new CitedSource(
                  told,
                  s.tokenStart(d.told.start()),
                  s.tokenEnd(d.told.end() - 1),
                  canonical,
                  d.cue,
                  index));
        }
      }
    }
    return new QuoteExtraction(quotes, cited);
  }

  /**
   * A found attribution: the cue token and the speaker naming in one sentence; reportingCue is the
   * cue whose clause the quote is (the inner one of a nested frame), not read again as indirect.
   */
  private record Frame(
      int sentence, int cue, Phrases.Range speaker, String cueText, int reportingCue) {
    Frame(int sentence, int cue, Phrases.Range speaker, String cueText) {
      this(sentence, cue, speaker, cueText, cue);
    }
  }

  private void direct(
      String text,
      List<AnnotatedSentence> sentences,
      int[] starts,
      List<TextSpan> paragraphs,
      int[] paragraphOf,
      TextSpan headline,
      List<QuoteMarks.Span> marks,
      List<QuoteDraft> drafts,
      Set<Long> usedCues) {
    QuoteDraft previous = null;
    int lastEnd = -1; // of the previous marks that are not titles: a title does not bound a frame
    for (int m = 0; m < marks.size(); m++) {
      QuoteMarks.Span q = marks.get(m);
      int prevEnd = lastEnd;
      lastEnd = q.end();
      if (!ArticleLayout.hasLetter(text, q.contentStart(), q.contentEnd())
          || headline != null && q.start() < headline.end()) {
        continue;
      }
      int so = ArticleLayout.sentenceAt(starts, q.start());
      int sc = ArticleLayout.sentenceAt(starts, Math.max(q.start(), q.end() - 1));
      TextSpan paragraph = paragraphs.get(paragraphOf[sc]);
      if (QuoteShapes.subhead(text, q, paragraph)
          || QuoteShapes.titleOfWork(text, sentences.get(so), q, cues)) {
        lastEnd = prevEnd;
        continue;
      }
      int nextStart = m + 1 < marks.size() ? marks.get(m + 1).start() : Integer.MAX_VALUE;
      Frame after = q.unclosed() ? null : after(text, sentences, sc, q, nextStart);
      Frame before = q.orphan() ? null : before(sentences, so, q, prevEnd, marks);
      boolean preferAfter = q.orphan() || ArticleLayout.commaAt(text, q);
      Frame frame =
          preferAfter ? (after != null ? after : before) : (before != null ? before : after);
      int[] signed = q.unclosed() ? null : QuoteShapes.signature(text, q, paragraph);
      signed = signed == null ? null : QuoteShapes.signatureTokens(sentences, starts, signed);
      if (signed != null) {
        frame = new Frame(signed[0], -1, new Phrases.Range(signed[1], signed[2]), "");
      }
      if (q.orphan() && frame == null) {
        continue;
      }
      QuoteDraft d = new QuoteDraft(Quote.Kind.DIRECT, q.contentStart(), q.contentEnd(), so);
      if (frame != null) {
        d.cue = frame.cueText();
        d.speakerSentence = frame.sentence();
        d.speaker = frame.speaker();
        if (frame.cue() >= 0) {
          usedCues.add(key(frame.sentence(), frame.reportingCue()));
          AnnotatedSentence fs = sentences.get(frame.sentence());
          if (OBJECT_CUES.contains(fs.lemma(frame.cue()))) {
            d.told = Phrases.nounPhraseStartingAt(fs, frame.cue() + 1, fs.size());
            d.toldSentence = frame.sentence();
          }
        }
      } else if ((frame = previousSentence(sentences, so, q, marks, paragraphOf, previous))
          != null) {
        d.speakerSentence = frame.sentence();
        d.speaker = frame.speaker();
        if (frame.cue() >= 0 && frame.cueText().equals(":")) {
          d.cue = ":";
        }
      } else if ((frame = sentenceSubject(sentences, so, q, prevEnd)) != null) {
        d.speakerSentence = frame.sentence();
        d.speaker = frame.speaker();
      } else if (previous != null
          && previous.hasSpeaker()
          && ArticleLayout.words(text, q.contentStart(), q.contentEnd()) >= MIN_CONTINUATION_WORDS
          && so - previous.sentence <= CONTINUATION_SENTENCES
          && paragraphOf[so] - paragraphOf[Math.min(previous.sentence, so)] <= 1) {
        d.continues = previous;
      } else if (q.single()
          || ArticleLayout.words(text, q.contentStart(), q.contentEnd()) < MIN_UNATTRIBUTED_WORDS) {
        continue;
      }
      drafts.add(d);
      previous = d;
    }
  }

  /**
   * The speaker of a quote that opens its sentence with no frame of its own, from the sentence
   * before it (same or previous paragraph): {@code Perez said:} closing that sentence, or a subject
   * with a cue ({@code Greene added that …. “They don't …”}). Not used when the previous direct
   * quote is nearer: then the quote continues that one.
   */
  private Frame previousSentence(
      List<AnnotatedSentence> sentences,
      int so,
      QuoteMarks.Span q,
      List<QuoteMarks.Span> marks,
      int[] paragraphOf,
      QuoteDraft previous) {
    AnnotatedSentence s = sentences.get(so);
    if (so == 0 || tokensBefore(s, q.start()) > 0) {
      return null;
    }
    int ps = so - 1;
    if (paragraphOf[so] - paragraphOf[ps] > 1) {
      return null;
    }
    AnnotatedSentence p = sentences.get(ps);
    boolean colon = p.token(p.size() - 1).equals(":");
    if (!colon && previous != null && previous.hasSpeaker() && previous.sentence >= ps) {
      return null;
    }
    for (int v = p.size() - 1; v >= 0; v--) {
      if (ArticleLayout.insideMark(marks, p.tokenStart(v))) {
        continue;
      }
      if (tokens.isCue(p, v)) {
        Phrases.Range r = Subjects.subjectBefore(p, v, 0);
        if (r != null) {
          return new Frame(ps, colon ? v : -1, r, colon ? ":" : "");
        }
      }
    }
    if (colon && p.size() >= 2) {
      Phrases.Range r = Phrases.nounPhraseEndingAt(p, p.size() - 2, 0);
      if (r != null && Phrases.hasProperNoun(p, r)) {
        return new Frame(ps, -1, r, ":");
      }
      r = Subjects.clauseSubject(p, p.size() - 1, 0);
      if (r != null) {
        return new Frame(ps, -1, r, ":");
      }
    }
    return null;
  }

  /**
   * The frame after a quote in its closing sentence: {@code ,” she said} or {@code ,” said X}; when
   * the quote ends its sentence ({@code ?” Sanders replied.}), the opening of the next sentence of
   * the same paragraph.
   */
  private Frame after(
      String text, List<AnnotatedSentence> sentences, int sc, QuoteMarks.Span q, int nextStart) {
    AnnotatedSentence s = sentences.get(sc);
    int f = tokenAtOrAfter(s, q.end());
    if (f >= s.size() && sc + 1 < sentences.size()) {
      AnnotatedSentence n = sentences.get(sc + 1);
      if (n.start() - q.end() <= 2
          && text.substring(q.end(), n.start()).indexOf('\n') < 0
          && n.start() < nextStart) {
        sc++;
        s = n;
        f = 0;
      }
    }
    int hi =
        nextStart == Integer.MAX_VALUE ? s.size() : Math.min(s.size(), tokensBefore(s, nextStart));
    while (f < hi && Phrases.isPunct(s, f) && !s.token(f).equals(".")) {
      f++;
    }
    if (f >= hi) {
      return null;
    }
    if (tokens.isCue(s, f)) {
      Phrases.Range r = Phrases.nounPhraseStartingAt(s, f + 1, hi);
      return r == null ? null : new Frame(sc, f, r, s.token(f));
    }
    if (isAccordingTo(s, f)) {
      Phrases.Range r = Phrases.nounPhraseStartingAt(s, f + 2, hi);
      return r == null ? null : new Frame(sc, f, r, "according to");
    }
    for (int v = f + 1; v < hi && v <= f + AFTER_WINDOW; v++) {
      if (tokens.isCue(s, v)) {
        if (Subjects.insideAppositive(s, v, f)) {
          continue; // ”, Holm, speaking to reporters, said.” / ”, Holm, who has proposed …, said.”
        }
        Phrases.Range r = Subjects.subjectBefore(s, v, f);
        if (r == null) {
          return null;
        }
        if (r.start() == f) {
          return new Frame(sc, v, r, s.token(v));
        }
        // the frame interrupted: ”were stiff” in comparison to Obama, Gingrich said.
        boolean closes = contentEnd(s) <= v + 3;
        return closes && s.token(r.start() - 1).equals(",")
            ? new Frame(sc, v, r, s.token(v))
            : null;
      }
    }
    return null;
  }

  /** The frame before a quote in its opening sentence: {@code X said: “} and the like. */
  private Frame before(
      List<AnnotatedSentence> sentences,
      int so,
      QuoteMarks.Span q,
      int prevEnd,
      List<QuoteMarks.Span> marks) {
    AnnotatedSentence s = sentences.get(so);
    int hi = tokensBefore(s, q.start());
    int lo = prevEnd > s.start() ? Math.min(hi, tokenAtOrAfter(s, prevEnd)) : 0;
    if (hi <= lo) {
      return null;
    }
    int cuesSeen = 0;
    for (int v = hi - 1; v >= lo && cuesSeen < 2; v--) {
      if (isAccordingTo(s, v)) {
        Phrases.Range r = Phrases.nounPhraseStartingAt(s, v + 2, hi);
        if (r != null) {
          return new Frame(so, v, r, "according to");
        }
        cuesSeen++;
      } else if (tokens.isCue(s, v)) {
        Phrases.Range r = Subjects.subjectBefore(s, v, lo);
        if (r == null) {
          // the clause subject may stand before the previous quote: X called it “…” and said “…”
          r = Subjects.subjectOfParticiple(s, v, 0);
        }
        if (r != null) {
          return outermost(s, new Frame(so, v, r, s.token(v)), marks);
        }
        cuesSeen++;
      }
    }
    if (s.token(hi - 1).equals(":") && hi - 2 >= lo) {
      Phrases.Range r = Phrases.nounPhraseEndingAt(s, hi - 2, lo);
      if (r != null && r.start() == lo && Phrases.hasProperNoun(s, r)) {
        return new Frame(so, -1, r, ":");
      }
      // "Trump ... leaned in and boomed: “": the subject of the clause the colon closes
      r = Subjects.clauseSubject(s, hi - 1, lo);
      if (r != null) {
        return new Frame(so, -1, r, ":");
      }
    }
    // the cue opens the quote: Lavrov “emphasized the necessity ...”
    int inner = tokenAtOrAfter(s, q.contentStart());
    if (inner < s.size() && tokens.isCue(s, inner)) {
      Phrases.Range r = Subjects.subjectBefore(s, hi, lo);
      if (r != null) {
        return new Frame(so, inner, r, s.token(inner));
      }
    }
    return null;
  }

  /**
   * The outermost attribution of a nested frame: in "Rubio said that … Trump, whom he called a “…”"
   * or "Stacy Baker says she thinks Cruz can win if he keeps “…”" the quote is reported by the
   * outer cue's subject (as PolNeAR and PARC annotate it), not by the pronoun of the inner clause.
   * Follows cues back from the inner subject within the sentence, past earlier quotes but not past
   * a semicolon or colon, while the inner subject is a pronoun or the inner cue a belief verb.
   */
  private Frame outermost(AnnotatedSentence s, Frame inner, List<QuoteMarks.Span> marks) {
    Frame f = inner;
    while (nested(s, f)) {
      Frame outer = null;
      for (int u = f.speaker().start() - 1;
          u >= 0 && f.speaker().start() - u <= OUTER_WINDOW && outer == null;
          u--) {
        String w = s.token(u);
        if (w.equals(";") || w.equals(":")) {
          break;
        }
        if (!ArticleLayout.insideMark(marks, s.tokenStart(u)) && tokens.isCue(s, u)) {
          Phrases.Range r = Subjects.subjectBefore(s, u, 0);
          if (r != null) {
            // the inner cue is this quote's; the outer one still reports its whole clause
            outer = new Frame(f.sentence(), u, r, s.token(u), inner.cue());
          }
        }
      }
      if (outer == null) {
        break;
      }
      f = outer;
    }
    return f;
  }

  /**
   * The subject of the clause a quote stands in when no cue frames it ("The ad targets a “…”",
   * "Moore thanked him for “…”"): PolNeAR and PARC take the clause's subject as the source of a
   * partial quote it carries. Only for a quote inside its sentence, the subject before it.
   */
  private Frame sentenceSubject(
      List<AnnotatedSentence> sentences, int so, QuoteMarks.Span q, int prevEnd) {
    AnnotatedSentence s = sentences.get(so);
    int hi = tokensBefore(s, q.start());
    int lo = prevEnd > s.start() ? Math.min(hi, tokenAtOrAfter(s, prevEnd)) : 0;
    if (hi - lo < 2) {
      return null;
    }
    Phrases.Range r = Subjects.clauseSubject(s, hi, lo);
    return r == null ? null : new Frame(so, -1, r, "");
  }

  /** How far before an inner subject the outer cue of a nested frame may stand (tokens). */
  static final int OUTER_WINDOW = 30;

  /** Whether a frame may stand inside another's reported clause ("he thinks", "whom he called"). */
  private boolean nested(AnnotatedSentence s, Frame f) {
    Phrases.Range r = f.speaker();
    return r.length() == 1
            && (Phrases.personalPronoun(s, r.start()) != null
                || Phrases.lower(s, r.start()).equals("who"))
        || cues.verb(s.lemma(f.cue()), Phrases.lower(s, f.cue())) == SpeechCues.CueClass.BELIEF;
  }
}
