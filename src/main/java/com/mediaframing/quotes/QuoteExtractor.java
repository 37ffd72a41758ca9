package com.mediaframing.quotes;

import com.mediaframing.actors.ActorMention;
import com.mediaframing.nlp.AnnotatedSentence;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds quotes, attributions and their speakers in one tagged article. Data in, records out, no
 * I/O: the input is the article text as given, its {@link AnnotatedSentence}s (whose offsets point
 * into that text, as {@link com.mediaframing.nlp.ArticleAnnotator} makes them from the lines that
 * survived cleaning) and its actor mentions; every offset of the result points into the same text.
 * Implementations state their thread-safety.
 */
public interface QuoteExtractor {
  /**
   * @param text the article text as given in the input
   * @param title its headline, or null: a first paragraph repeating it holds headline fragments,
   *     not quotes
   * @param published its publication date, or null: whose office holders a role naming such as "the
   *     president" may stand for
   * @param sentences its tagged sentences in text order
   * @param mentions its actor mentions (may be empty)
   */
  QuoteExtraction extract(
      String text,
      String title,
      LocalDate published,
      List<AnnotatedSentence> sentences,
      List<ActorMention> mentions);
}
