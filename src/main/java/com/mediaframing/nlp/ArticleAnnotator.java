package com.mediaframing.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits article text into sentences and tags each with tokens, POS tags and lemmas using the
 * OpenNLP models it is given. Works on the text blocks (paragraphs) that survived cleaning, so a
 * sentence never crosses a paragraph break and every offset points into the original text.
 *
 * <p>Not thread-safe: it owns OpenNLP {@code *ME} instances. Create one per thread or partition.
 */
public final class ArticleAnnotator {
  private static final int LANGUAGE_SAMPLE_CHARS = 2_000;

  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;
  private final POSTaggerME tagger;
  private final LemmatizerME lemmatizer;
  private final LanguageDetectorME languages;

  public ArticleAnnotator(NlpModels models) {
    this.sentences = new SentenceDetectorME(models.sentenceModel());
    this.tokenizer = new TokenizerME(models.tokenizerModel());
    this.tagger = new POSTaggerME(models.posModel());
    this.lemmatizer = new LemmatizerME(models.lemmatizerModel());
    this.languages = new LanguageDetectorME(models.languageModel());
  }

  /**
   * Annotates the given blocks of {@code text}.
   *
   * @return the sentences in text order, indexed from 0 across all blocks
   */
  public List<AnnotatedSentence> annotate(String text, List<TextSpan> blocks) {
    List<AnnotatedSentence> out = new ArrayList<>();
    for (TextSpan block : blocks) {
      String blockText = text.substring(block.start(), block.end());
      for (Span s : sentences.sentPosDetect(blockText)) {
        int sentenceStart = block.start() + s.getStart();
        String sentenceText = text.substring(sentenceStart, block.start() + s.getEnd());
        Span[] spans = tokenizer.tokenizePos(sentenceText);
        if (spans.length == 0) {
          continue;
        }
        String[] tokens = new String[spans.length];
        int[] starts = new int[spans.length];
        int[] ends = new int[spans.length];
        for (int i = 0; i < spans.length; i++) {
          tokens[i] = spans[i].getCoveredText(sentenceText).toString();
          starts[i] = sentenceStart + spans[i].getStart();
          ends[i] = sentenceStart + spans[i].getEnd();
        }
        String[] tags = tagger.tag(tokens);
        String[] lemmas = lemmatizer.lemmatize(tokens, tags);
        for (int i = 0; i < lemmas.length; i++) {
          lemmas[i] = normalizeLemma(tokens[i], lemmas[i]);
        }
        out.add(new AnnotatedSentence(out.size(), tokens, starts, ends, tags, lemmas));
      }
    }
    return out;
  }

  /** Annotates the whole text as one block. */
  public List<AnnotatedSentence> annotate(String text) {
    return annotate(text, List.of(new TextSpan(0, text.length())));
  }

  /**
   * The most likely ISO 639-3 language code of {@code text} (e.g. {@code eng}), judged from its
   * first characters.
   */
  public Language detectLanguage(String text) {
    String sample =
        text.length() > LANGUAGE_SAMPLE_CHARS ? text.substring(0, LANGUAGE_SAMPLE_CHARS) : text;
    return languages.predictLanguage(sample);
  }

  private static String normalizeLemma(String token, String lemma) {
    if (lemma == null || lemma.isEmpty() || "O".equals(lemma) || "_".equals(lemma)) {
      return token.toLowerCase(Locale.ROOT);
    }
    return lemma.toLowerCase(Locale.ROOT);
  }
}
