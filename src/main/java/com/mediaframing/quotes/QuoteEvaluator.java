package com.mediaframing.quotes;

import com.mediaframing.nlp.TextSpan;
import java.util.List;

/**
 * Scores extracted quotes against PolNeAR gold attributions. A predicted quote matches a gold
 * attribution when their content spans overlap by at least half of the shorter of the two (a gold
 * content may be discontinuous: its pieces are summed). Direct quotes are scored against the gold
 * attributions marked direct (precision, recall, F1); a matched direct quote has the right speaker
 * when its speaker span overlaps the gold source span of the best-overlapping gold attribution
 * (gold attributions without a source are not judged); every gold attribution, direct or indirect,
 * counts as recalled when any predicted quote matches it. Stateless and thread-safe.
 */
public final class QuoteEvaluator {
  private QuoteEvaluator() {}

  /** Evaluates {@code predicted.get(i)} against {@code gold.get(i)}. */
  public static QuoteEvaluation evaluate(
      List<PolnearArticle> gold, List<QuoteExtraction> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          gold.size() + " articles but " + predicted.size() + " results");
    }
    int pd = 0, mpd = 0, gd = 0, mgd = 0, sj = 0, sc = 0, ga = 0, mga = 0, pi = 0, mpi = 0;
    for (int a = 0; a < gold.size(); a++) {
      List<PolnearArticle.Attribution> golds = gold.get(a).attributions();
      List<Quote> quotes = predicted.get(a).quotes();
      for (Quote q : quotes) {
        if (q.kind() == Quote.Kind.DIRECT) {
          pd++;
          PolnearArticle.Attribution best = null;
          int bestOverlap = 0;
          for (PolnearArticle.Attribution g : golds) {
            int o = overlap(q, g);
            if (g.direct() && matches(q, g, o) && o > bestOverlap) {
              best = g;
              bestOverlap = o;
            }
          }
          if (best != null) {
            mpd++;
            if (!best.source().isEmpty()) {
              sj++;
              if (q.hasSpeaker() && overlaps(q.speakerStart(), q.speakerEnd(), best.source())) {
                sc++;
              }
            }
          }
        } else {
          pi++;
          for (PolnearArticle.Attribution g : golds) {
            if (matches(q, g, overlap(q, g))) {
              mpi++;
              break;
            }
          }
        }
      }
      for (PolnearArticle.Attribution g : golds) {
        boolean anyMatch = false;
        boolean directMatch = false;
        for (Quote q : quotes) {
          if (matches(q, g, overlap(q, g))) {
            anyMatch = true;
            directMatch |= q.kind() == Quote.Kind.DIRECT;
          }
        }
        ga++;
        mga += anyMatch ? 1 : 0;
        if (g.direct()) {
          gd++;
          mgd += directMatch ? 1 : 0;
        }
      }
    }
    return new QuoteEvaluation(gold.size(), pd, mpd, gd, mgd, sj, sc, ga, mga, pi, mpi);
  }

  static int overlap(Quote q, PolnearArticle.Attribution g) {
    int o = 0;
    for (TextSpan s : g.content()) {
      o += Math.max(0, Math.min(s.end(), q.contentEnd()) - Math.max(s.start(), q.contentStart()));
    }
    return o;
  }

  static boolean matches(Quote q, PolnearArticle.Attribution g, int overlap) {
    int shorter = Math.min(q.contentEnd() - q.contentStart(), g.contentLength());
    return overlap > 0 && 2 * overlap >= shorter;
  }

  private static boolean overlaps(int start, int end, List<TextSpan> spans) {
    for (TextSpan s : spans) {
      if (Math.min(end, s.end()) > Math.max(start, s.start())) {
        return true;
      }
    }
    return false;
  }
}
