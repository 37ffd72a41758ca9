/**
 * OpenNLP models (loaded once per JVM) and the plain-Java annotator that splits text into
 * sentences, tokens, POS tags and lemmas; word clusters and vectors of the sentiment model; the
 * sentence encoder (ONNX Runtime over a Maven Central model) behind {@link
 * com.mediaframing.nlp.SentenceEncoder}. May import {@code base} only; no Spark.
 */
package com.mediaframing.nlp;
