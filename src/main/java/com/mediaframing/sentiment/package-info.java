/**
 * Sentiment toward a target, the job's scoring path: {@link
 * com.mediaframing.sentiment.TargetSentimentScorer} and its scorers (the trained model, the
 * lexicon, sentence tone), the model and its features. May import {@code nlp} and {@code base};
 * training and evaluation live in {@code sentiment.train}, which this package never imports.
 */
package com.mediaframing.sentiment;
