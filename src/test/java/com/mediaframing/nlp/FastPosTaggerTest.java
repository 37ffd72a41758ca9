package com.mediaframing.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/**
 * The fast tagger must give exactly what OpenNLP's own tagger gives: the same feature strings, the
 * same probabilities to the bit, the same tags (against an unmodified model with OpenNLP's beam
 * search).
 */
class FastPosTaggerTest {
  /** Sentences written for this test: casing, digits, punctuation, one-token and long sentences. */
  private static final List<String[]> FIXTURE =
      List.of(
          "The Senate voted 51-49 on Thursday to confirm the nominee .".split(" "),
          "\" We 're not going anywhere , \" said Rep. Jane Doe ( R-Texas ) .".split(" "),
          "Yes".split(" "),
          "It rose 3.5 % to $ 1,200 in Q3 2021 ; analysts expected 2.9 % .".split(" "),
          "ÉCOLE Straße naïve İstanbul ΣΟΦΊΑ e-mail @user #hashtag http://example.com/a?b=c"
              .split(" "),
          "a b c d e f g h i j".split(" "),
          "WASHINGTON -- President Obama met with Prime Minister Netanyahu at the White House"
              .split(" "));

  @Test
  void lowerCaseIsOpenNlpsOnEveryCharacterAndOnMixedText() {
    List<Integer> differ = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = "a" + (char) c + "B";
      if (!opennlp.tools.util.StringUtil.toLowerCase(s).equals(FastPosTagger.lowerCase(s))) {
        differ.add(c);
      }
    }
    assertEquals(List.of(), differ);
    for (String s :
        List.of(
            "",
            "trump",
            "Trump's",
            "İSTANBUL",
            "ΣΊΣΥΦΟΣ",
            "\uD801\uDC00X", // Deseret capital long i, a surrogate pair
            "a\uD801b",
            "\uDC00Z")) {
      assertEquals(opennlp.tools.util.StringUtil.toLowerCase(s), FastPosTagger.lowerCase(s), s);
    }
  }

  @Test
  void featureStringsEqualOpenNlpsContextGenerator() {
    POSModel model = NlpModels.get().posModel();
    for (String[] sentence : withLongSentence(FIXTURE)) {
      POSContextGenerator reference = model.getFactory().getPOSContextGenerator();
      String[] tags = new POSTaggerME(model).tag(sentence);
      for (int i = 0; i < sentence.length; i++) {
        String[] previous = Arrays.copyOf(tags, i);
        assertArrayEquals(
            reference.getContext(i, sentence, previous, null),
            FastPosTagger.context(sentence, i, previous),
            String.join(" ", sentence) + " @" + i);
      }
    }
  }

  @Test
  void probabilitiesAreBitIdenticalToTheModels() throws IOException {
    POSModel model = NlpModels.get().posModel();
    MaxentModel maxent = referenceModel().getArtifact("pos.model");
    FastPosTagger fast = NlpModels.get().posTagger();
    int compared = 0;
    for (String[] sentence : withLongSentence(FIXTURE)) {
      String[] tags = new POSTaggerME(model).tag(sentence);
      for (int i = 0; i < sentence.length; i++) {
        String[] previous = Arrays.copyOf(tags, i);
        double[] expected = maxent.eval(FastPosTagger.context(sentence, i, previous));
        double[] actual = fast.probabilities(sentence, i, previous);
        for (int o = 0; o < expected.length; o++) {
          assertEquals(
              Double.doubleToRawLongBits(expected[o]),
              Double.doubleToRawLongBits(actual[o]),
              String.join(" ", sentence) + " @" + i + " outcome " + o);
        }
        compared++;
      }
    }
    assertTrue(compared > 150, compared + " positions");
  }

  @Test
  void tagsEqualOpenNlpsBeamSearchOnTheFixtureAndTheSeedArticles() throws IOException {
    POSTaggerME beam = new POSTaggerME(referenceModel());
    FastPosTagger fast = NlpModels.get().posTagger();
    List<String[]> sentences = new ArrayList<>(withLongSentence(FIXTURE));
    NlpModels models = NlpModels.get();
    SentenceDetectorME detector = new SentenceDetectorME(models.sentenceModel());
    TokenizerME tokenizer = new TokenizerME(models.tokenizerModel());
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        for (String sentence : detector.sentDetect(Files.readString(file))) {
          String[] tokens = tokenizer.tokenize(sentence);
          if (tokens.length > 0) {
            sentences.add(tokens);
          }
        }
      }
    }
    int compared = 0;
    for (String[] tokens : sentences) {
      assertArrayEquals(beam.tag(tokens), fast.tag(tokens), String.join(" ", tokens));
      compared += tokens.length;
    }
    assertTrue(compared > 1000, compared + " tokens compared");
    assertArrayEquals(new String[0], fast.tag(new String[0]));
  }

  @Test
  void bestOutcomeIsTheArgmaxOfTheModelsProbabilities() {
    java.util.Random random = new java.util.Random(11);
    for (int trial = 0; trial < 20_000; trial++) {
      double[] sums = new double[1 + random.nextInt(38)];
      double base = trial % 100 == 0 ? -745 + random.nextInt(1500) : -random.nextDouble() * 20;
      for (int o = 0; o < sums.length; o++) {
        // near ties, exact ties and clear leads
        double gap =
            switch (random.nextInt(4)) {
              case 0 -> 0;
              case 1 -> random.nextInt(3) * 1e-15;
              case 2 -> random.nextInt(3) * 1e-7;
              default -> random.nextDouble() * 5;
            };
        sums[o] = base - gap;
      }
      double[] probabilities = sums.clone();
      FastPosTagger.normalize(probabilities);
      int expected = 0;
      for (int o = 1; o < probabilities.length; o++) {
        if (probabilities[o] > probabilities[expected]) {
          expected = o;
        }
      }
      assertEquals(expected, FastPosTagger.bestOutcome(sums.clone()), Arrays.toString(sums));
    }
  }

  @Test
  void refusesAModelThatIsNotGisMaxent() {
    // the job's POS model package carries FastBeamSearch in place of the maxent model
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new FastPosTagger(NlpModels.get().posModel()));
    assertEquals(
        "FastPosTagger needs a GIS maxent POS model, got com.mediaframing.nlp.FastBeamSearch",
        e.getMessage());
  }

  /** The model as OpenNLP loads it, with its own beam search. */
  private static POSModel referenceModel() throws IOException {
    try (InputStream in =
        FastPosTaggerTest.class.getClassLoader().getResourceAsStream(NlpModels.POS_MODEL)) {
      return new POSModel(in);
    }
  }

  /** The fixture plus one sentence of 230 tokens, longer than OpenNLP's 100-entry caches. */
  private static List<String[]> withLongSentence(List<String[]> fixture) {
    List<String> longOne = new ArrayList<>();
    for (String[] s : fixture) {
      longOne.addAll(Arrays.asList(s));
      longOne.add(",");
    }
    while (longOne.size() < 230) {
      longOne.addAll(Arrays.asList(fixture.get(0)));
    }
    List<String[]> out = new ArrayList<>(fixture);
    out.add(longOne.toArray(new String[0]));
    return out;
  }
}
