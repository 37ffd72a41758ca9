package com.mediaframing.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Splits raw article text into sentences of word keys for training word embeddings: OpenNLP
 * sentence detection and tokenization (the models of {@link ArticleAnnotator}), then {@link
 * #key(String)} on every token, dropping tokens without a letter or digit. The same key function
 * looks up a tagged token in a cluster table, so training and scoring see words the same way. Not
 * thread-safe (it holds OpenNLP {@code *ME} objects); create one per thread or partition.
 */
public final class CorpusTokenizer {
  /** The key of every token that contains a digit. */
  public static final String NUMBER = "<num>";

  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;

  public CorpusTokenizer(NlpModels models) {
    this.sentences = new SentenceDetectorME(models.sentenceModel());
    this.tokenizer = new TokenizerME(models.tokenizerModel());
  }

  /** The sentences of {@code text} as lists of word keys; sentences without words are left out. */
  public List<List<String>> sentences(String text) {
    List<List<String>> out = new ArrayList<>();
    for (String paragraph : text.split("\n")) {
      if (paragraph.isBlank()) {
        continue;
      }
      for (String sentence : sentences.sentDetect(paragraph)) {
        List<String> words = new ArrayList<>();
        for (String token : tokenizer.tokenize(sentence)) {
          String key = key(token);
          if (key != null) {
            words.add(key);
          }
        }
        if (!words.isEmpty()) {
          out.add(words);
        }
      }
    }
    return out;
  }

  /**
   * The word key of a token: lower case, curly apostrophes straightened, {@value #NUMBER} when it
   * contains a digit; null when it has neither letter nor digit (punctuation).
   */
  public static String key(String token) {
    boolean letter = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isDigit(c)) {
        return NUMBER;
      }
      letter |= Character.isLetter(c);
    }
    return letter ? token.toLowerCase(Locale.ROOT).replace('\u2019', '\'') : null;
  }
}
