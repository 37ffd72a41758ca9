/**
 * Training and evaluation of the target sentiment model on NewsMTSC: the reader, the fixed dev
 * split, the trainer, the evaluator and cross validation. May import {@code sentiment}, {@code nlp}
 * and {@code base}; only {@code cli} and {@code bench} import it.
 */
package com.mediaframing.sentiment.train;
