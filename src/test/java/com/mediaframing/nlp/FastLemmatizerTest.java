package com.mediaframing.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/** Lemmatizing one token in the fixed context must give exactly what OpenNLP gives there. */
class FastLemmatizerTest {
  @Test
  void aloneEqualsOpenNlpInTheFixedContextForEverySeedToken() throws IOException {
    NlpModels models = NlpModels.get();
    LemmatizerME reference;
    try (InputStream in =
        FastLemmatizerTest.class.getClassLoader().getResourceAsStream(NlpModels.LEMMA_MODEL)) {
      reference = new LemmatizerME(new LemmatizerModel(in));
    }
    FastLemmatizer fast = new FastLemmatizer(models.lemmatizerModel());
    Set<String> pairs = seedTokensWithTags(models);
    int differentFromToken = 0;
    for (String pair : pairs) {
      String tag = pair.substring(0, pair.indexOf('\u0001'));
      String token = pair.substring(pair.indexOf('\u0001') + 1);
      String expected =
          reference
              .lemmatize(new String[] {"the", token, "."}, new String[] {"DET", tag, "PUNCT"})[1];
      assertEquals(expected, fast.alone(token, tag), tag + " " + token);
      if (!expected.equals(token)) {
        differentFromToken++;
      }
    }
    assertTrue(pairs.size() > 5000, pairs.size() + " pairs");
    assertTrue(differentFromToken > 100, differentFromToken + " lemmas differ from their token");
  }

  @Test
  void rememberedEvaluationsAreTheModelsOwnNumbersForTheGivenWordsOnly() {
    MaxentModel model = NlpModels.get().lemmatizerModel().getArtifact(NlpModels.LEMMA_ENTRY);
    FastLemmatizer.RememberedEvaluations memo =
        new FastLemmatizer.RememberedEvaluations(model, Set.of("the"));
    String[] fixed = {"w0=the", "t0=DET", "p_1=bos", "p_1=bost0=DET", "p_1=bosw0=the"};
    String[] other = {"w0=cats", "t0=NOUN", "p_1=O", "p_1=Ot0=NOUN", "p_1=Ow0=cats"};
    double[] first = memo.eval(fixed, new double[model.getNumOutcomes()]);
    double[] into = new double[model.getNumOutcomes()];
    double[] again = memo.eval(fixed.clone(), into);
    assertArrayEquals(model.eval(fixed), first);
    assertArrayEquals(first, again);
    assertSame(into, again, "a remembered evaluation is written into the caller's array");
    again[0] = -1;
    assertArrayEquals(first, memo.eval(fixed, new double[model.getNumOutcomes()]), "kept a copy");
    assertArrayEquals(model.eval(other), memo.eval(other, new double[model.getNumOutcomes()]));
    assertEquals(1, memo.size(), "only the context of a given word is remembered");
  }

  /**
   * "tag \u0001 form" of every seed token, its form lower-cased except for proper nouns (as the
   * annotator does), then every token as written with every tag the seeds use.
   */
  private static Set<String> seedTokensWithTags(NlpModels models) throws IOException {
    POSTaggerME tagger = new POSTaggerME(models.posModel());
    SentenceDetectorME sentences = new SentenceDetectorME(models.sentenceModel());
    TokenizerME tokenizer = new TokenizerME(models.tokenizerModel());
    Set<String> pairs = new LinkedHashSet<>();
    Set<String> forms = new LinkedHashSet<>();
    Set<String> allTags = new LinkedHashSet<>();
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        for (String sentence : sentences.sentDetect(Files.readString(file))) {
          String[] tokens = tokenizer.tokenize(sentence);
          String[] tags = tagger.tag(tokens);
          for (int i = 0; i < tokens.length; i++) {
            String form = "PROPN".equals(tags[i]) ? tokens[i] : tokens[i].toLowerCase(Locale.ROOT);
            pairs.add(tags[i] + '\u0001' + form);
            forms.add(tokens[i]);
            allTags.add(tags[i]);
          }
        }
      }
    }
    for (String token : forms) {
      for (String tag : allTags) {
        pairs.add(tag + '\u0001' + token);
      }
    }
    return pairs;
  }
}
