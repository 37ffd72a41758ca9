package com.mediaframing.quotes.eval;

import com.mediaframing.nlp.TextSpan;
import java.util.List;

/**
 * One article of a PolNeAR-format file (Newell, Margolin &amp; Ruths 2018): its text and gold
 * attributions. Immutable.
 *
 * @param id the article id
 * @param published ISO date, or null when absent
 * @param title the headline, or null when absent (the text opens with it)
 * @param text the text the offsets point into
 * @param attributions the gold attributions in file order
 */
public record PolnearArticle(
    String id,
    String published,
    String title,
    String text,
    List<PolnearArticle.Attribution> attributions) {
  public PolnearArticle {
    attributions = List.copyOf(attributions);
  }

  /**
   * One gold attribution: content, source and cue as (possibly discontinuous) character spans of
   * the text; {@code direct} when the content holds a quotation mark.
   */
  public record Attribution(
      List<TextSpan> content, List<TextSpan> source, List<TextSpan> cue, boolean direct) {
    public Attribution {
      content = List.copyOf(content);
      source = List.copyOf(source);
      cue = List.copyOf(cue);
    }

    /** Characters of the content. */
    public int contentLength() {
      int n = 0;
      for (TextSpan s : content) {
        n += s.length();
      }
      return n;
    }
  }
}
