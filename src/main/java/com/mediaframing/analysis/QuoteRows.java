package com.mediaframing.analysis;

import com.mediaframing.quotes.CitedSource;
import com.mediaframing.quotes.Quote;
import com.mediaframing.quotes.QuoteExtraction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a {@link QuoteExtraction} into the bean rows of {@link AnalyzedArticle} and marks the actor
 * mentions that stand inside a quote's content: those are words the outlet carries, not its own.
 * Stateless and thread-safe; linear in the article's quotes and mentions (plus a binary search per
 * mention).
 */
public final class QuoteRows {
  /** The speaker key of a quote without a speaker naming. */
  public static final String NO_SPEAKER = "(none)";

  /** The speaker key of a pronoun naming ("he", "who") left unresolved. */
  public static final String UNRESOLVED = "(unresolved)";

  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "it", "we", "i", "you", "who");

  private QuoteRows() {}

  /** The rows of {@code x}'s quotes, in quote order. */
  public static List<QuoteRecord> quotes(QuoteExtraction x) {
    List<QuoteRecord> out = new ArrayList<>(x.quotes().size());
    for (Quote q : x.quotes()) {
      QuoteRecord r = new QuoteRecord();
      r.setQuoteIndex(q.quoteIndex());
      r.setKind(q.kind().id());
      r.setContent(q.content());
      r.setContentStart(q.contentStart());
      r.setContentEnd(q.contentEnd());
      r.setCue(q.cue());
      r.setSpeaker(q.hasSpeaker() ? q.speaker() : null);
      r.setSpeakerStart(q.speakerStart());
      r.setSpeakerEnd(q.speakerEnd());
      r.setResolvedSpeaker(q.resolvedSpeaker().isEmpty() ? null : q.resolvedSpeaker());
      r.setSpeakerActorId(q.speakerActorId().isEmpty() ? null : q.speakerActorId());
      r.setSpeakerType(q.speakerType().id());
      r.setSpeakerKey(speakerKey(q));
      r.setNWords(q.words());
      out.add(r);
    }
    return out;
  }

  /** The rows of {@code x}'s cited sources, in text order of the citation. */
  public static List<CitedSourceRecord> citedSources(QuoteExtraction x) {
    List<CitedSourceRecord> out = new ArrayList<>(x.citedSources().size());
    for (CitedSource c : x.citedSources()) {
      CitedSourceRecord r = new CitedSourceRecord();
      r.setSource(c.canonical());
      r.setName(c.name());
      r.setNameStart(c.nameStart());
      r.setNameEnd(c.nameEnd());
      r.setCue(c.cue());
      r.setQuoteIndex(c.quoteIndex());
      out.add(r);
    }
    out.sort(java.util.Comparator.comparingInt(CitedSourceRecord::getNameStart));
    return out;
  }

  /**
   * What share of voice counts a quote by: the dictionary actor id; else the resolved name, else
   * the naming, lower-cased with a leading "the" and spacing normalized; {@link #UNRESOLVED} for a
   * pronoun naming without a referent, {@link #UNRESOLVED} and the naming ("(unresolved)
   * president") for a role naming whose holder was not found, and {@link #NO_SPEAKER} for a quote
   * without a naming.
   */
  public static String speakerKey(Quote q) {
    if (!q.speakerActorId().isEmpty()) {
      return q.speakerActorId();
    }
    if (q.unresolvedRole()) {
      return UNRESOLVED + " " + normalize(q.speaker());
    }
    if (!q.resolvedSpeaker().isEmpty()) {
      return normalize(q.resolvedSpeaker());
    }
    if (!q.hasSpeaker()) {
      return NO_SPEAKER;
    }
    String naming = normalize(q.speaker());
    int apostrophe = Math.max(naming.indexOf('\''), 0);
    String word = apostrophe > 0 ? naming.substring(0, apostrophe) : naming;
    return PRONOUNS.contains(word) ? UNRESOLVED : naming;
  }

  static String normalize(String name) {
    String s = name.replace('’', '\'').replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  /**
   * Marks each mention inside a quote's content: {@code inQuote} and the quote's speaker key. Where
   * a direct quote lies inside an indirect one, the direct quote's speaker is taken.
   */
  public static void markMentions(List<MentionRecord> mentions, List<QuoteRecord> quotes) {
    if (quotes.isEmpty()) {
      return;
    }
    List<QuoteRecord> byStart = new ArrayList<>(quotes);
    byStart.sort(java.util.Comparator.comparingInt(QuoteRecord::getContentStart));
    int[] starts = new int[byStart.size()];
    int[] maxEnd = new int[byStart.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = byStart.get(i).getContentStart();
      maxEnd[i] = Math.max(i > 0 ? maxEnd[i - 1] : 0, byStart.get(i).getContentEnd());
    }
    for (MentionRecord m : mentions) {
      int i = lastStartingAtOrBefore(starts, m.getStart());
      QuoteRecord best = null;
      // scan back while an earlier quote can still reach the mention (maxEnd is a running maximum)
      for (int k = i; k >= 0 && maxEnd[k] >= m.getEnd(); k--) {
        QuoteRecord q = byStart.get(k);
        if (q.getContentStart() <= m.getStart() && m.getEnd() <= q.getContentEnd()) {
          if (best == null || "direct".equals(q.getKind()) && !"direct".equals(best.getKind())) {
            best = q;
          }
        }
      }
      m.setInQuote(best != null);
      m.setQuoteSpeaker(best == null ? null : best.getSpeakerKey());
    }
  }

  private static int lastStartingAtOrBefore(int[] starts, int offset) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }
}
