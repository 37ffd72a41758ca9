/**
 * Evaluation of quote extraction on PolNeAR-format data (Newell, Margolin &amp; Ruths 2018): the
 * reader and the scorer behind {@code bin/framing eval-quotes}. May import {@code quotes}, {@code
 * ingest}, {@code nlp} and {@code base}; only {@code cli} imports it.
 */
package com.mediaframing.quotes.eval;
