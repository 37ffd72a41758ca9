package com.mediaframing.sentiment;

import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.CorpusTokenizer;
import com.mediaframing.nlp.WordClusters;
import com.mediaframing.nlp.WordVectors;
import java.util.Arrays;

/**
 * What a sentence gives every target in it: clause ids, contextual valences, VADER tone, and each
 * token's cluster table row, word vector id and feature word, made when a target first needs them.
 * Not thread-safe: {@link TscFeatures} keeps one per thread.
 */
final class SentenceAnalysis {
  /** A token whose table lookups are not done yet. */
  private static final int UNSEEN = -2;

  final AnnotatedSentence sentence;
  final int[] clauses;
  final double[] valences;
  final double tone;

  /** Cluster table row of each token: -1 when the table lacks its key, {@link #UNSEEN} before. */
  private final int[] clusterRows;

  /** Word vector id of each token, looked up with its cluster row. */
  private final int[] vectorIds;

  /** Each token's {@link TscFeatures#word}, made when a target first needs it. */
  private final String[] words;

  private final WordClusters clusters;
  private final WordVectors vectors;

  SentenceAnalysis(
      AnnotatedSentence s,
      ClauseSegmenter segmenter,
      TokenValences valences,
      SentenceToneScorer tone,
      WordClusters clusters,
      WordVectors vectors) {
    this.sentence = s;
    this.clauses = segmenter.segment(s);
    this.valences = valences.compute(s);
    this.tone = tone.compound(s);
    this.clusters = clusters;
    this.vectors = vectors;
    this.clusterRows = new int[s.size()];
    this.vectorIds = new int[s.size()];
    this.words = new String[s.size()];
    Arrays.fill(clusterRows, UNSEEN);
  }

  String word(int i) {
    String w = words[i];
    if (w == null) {
      w = FeatureNames.word(sentence, i);
      words[i] = w;
    }
    return w;
  }

  int clusterRow(int i) {
    lookUp(i);
    return clusterRows[i];
  }

  int vectorId(int i) {
    lookUp(i);
    return vectorIds[i];
  }

  /** Both table lookups of token {@code i}, once per sentence. */
  private void lookUp(int i) {
    if (clusterRows[i] == UNSEEN) {
      String key = CorpusTokenizer.key(sentence.token(i));
      clusterRows[i] = clusters.row(key);
      vectorIds[i] = vectors.id(key);
    }
  }
}
