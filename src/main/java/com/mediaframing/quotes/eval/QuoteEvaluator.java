package com.mediaframing.quotes.eval;

import com.mediaframing.nlp.TextSpan;
import com.mediaframing.quotes.Quote;
import com.mediaframing.quotes.QuoteExtraction;
import java.util.List;

/**
 * Scores extracted quotes against PolNeAR gold attributions. A predicted quote matches a gold
 * attribution when their content spans overlap by at least half of the shorter of the two (a gold
 * content may be discontinuous: its pieces are summed). Direct quotes are scored against the gold
 * attributions marked direct (precision, recall, F1); a matched direct quote has the right speaker
 * when its speaker span overlaps the gold source span of the best-overlapping gold attribution
 * (gold attributions without a source are not judged); every gold attribution, direct or indirect,
 * counts as recalled when any predicted quote matches it.
 *
 * <p>The file's {@code direct} flag says whether the content holds a quotation mark, but it does
 * not know the doubled apostrophe ({@code ''}) that the New York Times archive texts use for
 * quotation marks (1,199 train and 86 dev attributions, all flagged indirect). The direct measures
 * count a content with {@code ''} as direct as well; {@link QuoteEvaluation#fileFlagReport()} gives
 * the direct measures by the file's flag alone. Stateless and thread-safe.
 */
public final class QuoteEvaluator {
  private QuoteEvaluator() {}

  /** Evaluates {@code predicted.get(i)} against {@code gold.get(i)}. */
  public static QuoteEvaluation evaluate(
      List<PolnearArticle> gold, List<QuoteExtraction> predicted) {
    return evaluate(gold, predicted, null);
  }

  /**
   * {@link #evaluate(List, List)}, passing one tab-separated line per error to {@code errors} (if
   * given): {@code speaker}, {@code missed-direct}, {@code missed} or {@code false-direct}, the
   * article id, the text concerned and, for speaker errors, the predicted and gold source.
   */
  public static QuoteEvaluation evaluate(
      List<PolnearArticle> gold,
      List<QuoteExtraction> predicted,
      java.util.function.Consumer<String> errors) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          gold.size() + " articles but " + predicted.size() + " results");
    }
    int pd = 0, mpd = 0, gd = 0, mgd = 0, sj = 0, sc = 0, ga = 0, mga = 0, pi = 0, mpi = 0;
    int fmpd = 0, fgd = 0, fmgd = 0, fsj = 0, fsc = 0;
    for (int a = 0; a < gold.size(); a++) {
      List<PolnearArticle.Attribution> golds = gold.get(a).attributions();
      String articleText = gold.get(a).text();
      List<Quote> quotes = predicted.get(a).quotes();
      for (Quote q : quotes) {
        if (q.kind() == Quote.Kind.DIRECT) {
          pd++;
          PolnearArticle.Attribution best = null;
          int bestOverlap = 0;
          PolnearArticle.Attribution bestFile = null;
          int bestFileOverlap = 0;
          for (PolnearArticle.Attribution g : golds) {
            int o = overlap(q, g);
            if (direct(articleText, g) && matches(q, g, o) && o > bestOverlap) {
              best = g;
              bestOverlap = o;
            }
            if (g.direct() && matches(q, g, o) && o > bestFileOverlap) {
              bestFile = g;
              bestFileOverlap = o;
            }
          }
          if (bestFile != null) {
            fmpd++;
            if (!bestFile.source().isEmpty()) {
              fsj++;
              boolean right =
                  q.hasSpeaker() && overlaps(q.speakerStart(), q.speakerEnd(), bestFile.source());
              fsc += right ? 1 : 0;
            }
          }
          if (best == null && errors != null) {
            errors.accept(errorLine("false-direct", gold.get(a).id(), q));
          }
          if (best != null) {
            mpd++;
            if (!best.source().isEmpty()) {
              sj++;
              if (q.hasSpeaker() && overlaps(q.speakerStart(), q.speakerEnd(), best.source())) {
                sc++;
              } else if (errors != null) {
                String text = gold.get(a).text();
                errors.accept(
                    errorLine("speaker", gold.get(a).id(), q)
                        + "\tgold="
                        + pieces(text, best.source())
                        + "\tgoldcue="
                        + pieces(text, best.cue()));
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
        boolean gDirect = direct(articleText, g);
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
        if (errors != null && (!anyMatch || gDirect && !directMatch)) {
          String text = gold.get(a).text();
          errors.accept(
              (gDirect && !directMatch ? "missed-direct\t" : "missed\t")
                  + gold.get(a).id()
                  + "\t"
                  + clip(pieces(text, g.content()))
                  + "\tgold="
                  + pieces(text, g.source())
                  + "\tgoldcue="
                  + pieces(text, g.cue()));
        }
        if (gDirect) {
          gd++;
          mgd += directMatch ? 1 : 0;
        }
        if (g.direct()) {
          fgd++;
          fmgd += directMatch ? 1 : 0;
        }
      }
    }
    return new QuoteEvaluation(
        gold.size(), pd, mpd, gd, mgd, sj, sc, ga, mga, pi, mpi, fmpd, fgd, fmgd, fsj, fsc);
  }

  /** Whether a gold content is verbatim: the file's flag, or a doubled apostrophe in it. */
  static boolean direct(String text, PolnearArticle.Attribution g) {
    if (g.direct()) {
      return true;
    }
    for (TextSpan s : g.content()) {
      if (text.substring(s.start(), s.end()).contains("''")) {
        return true;
      }
    }
    return false;
  }

  private static String clip(String s) {
    String one = s.replace('\n', ' ').replace('\t', ' ');
    return one.length() <= 160 ? one : one.substring(0, 160) + "...";
  }

  private static String pieces(String text, List<TextSpan> spans) {
    StringBuilder out = new StringBuilder();
    for (TextSpan s : spans) {
      if (out.length() > 0) {
        out.append(" ... ");
      }
      out.append(text, s.start(), s.end());
    }
    return out.toString().replace('\n', ' ');
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

  /** An error line's start: kind, article id, the predicted quote's content, speaker and cue. */
  private static String errorLine(String kind, String articleId, Quote q) {
    return kind
        + "\t"
        + articleId
        + "\t"
        + clip(q.content())
        + "\tpred="
        + q.speaker()
        + "\tcue="
        + q.cue();
  }
}
