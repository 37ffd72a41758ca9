package com.mediaframing.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/** The fast beam search must give exactly what OpenNLP's own beam search gives. */
class FastBeamSearchTest {
  @Test
  void thresholdIsTheValueASortWouldGive() {
    MaxentModel model = NlpModels.get().lemmatizerModel().getArtifact(NlpModels.LEMMA_ENTRY);
    Random random = new Random(7);
    for (int size = 1; size <= 5; size++) {
      FastBeamSearch search = new FastBeamSearch(size, model);
      double[] top = new double[size];
      for (int trial = 0; trial < 2000; trial++) {
        double[] scores = new double[1 + random.nextInt(12)];
        for (int i = 0; i < scores.length; i++) {
          // few distinct values, so repeats are common; signed zeros too
          scores[i] = random.nextInt(4) == 0 ? -0.0 : random.nextInt(5) / 4.0;
        }
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        double expected = sorted[Math.max(0, scores.length - size)];
        assertEquals(
            Double.doubleToRawLongBits(expected),
            Double.doubleToRawLongBits(search.sizeThLargest(scores, top)),
            Arrays.toString(scores) + " size " + size);
      }
    }
  }

  @Test
  void tagsAndLemmasEqualOpenNlpsOnTheSeedArticles() throws IOException {
    NlpModels models = NlpModels.get();
    POSModel referencePos = load(NlpModels.POS_MODEL, POSModel::new);
    LemmatizerModel referenceLemma = load(NlpModels.LEMMA_MODEL, LemmatizerModel::new);
    POSTaggerME reference = new POSTaggerME(referencePos);
    LemmatizerME referenceLemmas = new LemmatizerME(referenceLemma);
    POSTaggerME fast = new POSTaggerME(models.posModel());
    FastLemmatizer fastLemmas = new FastLemmatizer(models.lemmatizerModel());
    SentenceDetectorME sentences = new SentenceDetectorME(models.sentenceModel());
    TokenizerME tokenizer = new TokenizerME(models.tokenizerModel());
    int compared = 0;
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        for (String sentence : sentences.sentDetect(Files.readString(file))) {
          String[] tokens = tokenizer.tokenize(sentence);
          if (tokens.length == 0) {
            continue;
          }
          String[] tags = reference.tag(tokens);
          assertArrayEquals(tags, fast.tag(tokens), sentence);
          assertArrayEquals(reference.probs(), fast.probs(), sentence);
          assertArrayEquals(
              referenceLemmas.lemmatize(tokens, tags), fastLemmas.lemmatize(tokens, tags));
          compared += tokens.length;
        }
      }
    }
    assertEquals(true, compared > 1000, compared + " tokens compared");
  }

  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M load(String resource, ModelReader<M> reader) throws IOException {
    try (InputStream in = FastBeamSearchTest.class.getClassLoader().getResourceAsStream(resource)) {
      return reader.read(in);
    }
  }
}
