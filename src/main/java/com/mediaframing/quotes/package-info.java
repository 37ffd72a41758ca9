/**
 * Quotes and attributions with their speakers, in plain Java over the tagged sentences ({@link
 * com.mediaframing.quotes.QuoteExtractor}, {@link com.mediaframing.quotes.RuleQuoteExtractor}):
 * quotation marks, cue-verb frames, speaker phrases and their resolution, and the cited news
 * organisations. May import {@code actors}, {@code nlp} and {@code base}; the PolNeAR evaluation
 * lives in {@code quotes.eval}, which this package never imports.
 */
package com.mediaframing.quotes;
