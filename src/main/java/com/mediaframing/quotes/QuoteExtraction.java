package com.mediaframing.quotes;

import java.io.Serializable;
import java.util.List;

/**
 * What {@link QuoteExtractor} finds in one article: its quotes (direct and indirect, in text order,
 * {@code quotes.get(i).quoteIndex() == i}) and the news organisations it cites. Immutable.
 */
public record QuoteExtraction(List<Quote> quotes, List<CitedSource> citedSources)
    implements Serializable {
  public QuoteExtraction {
    quotes = List.copyOf(quotes);
    citedSources = List.copyOf(citedSources);
  }
}
