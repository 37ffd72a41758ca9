package com.mediaframing.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import com.mediaframing.nlp.WordVectors;
import com.mediaframing.sentiment.train.NewsMtscReader;
import com.mediaframing.sentiment.train.TscEvaluator;
import com.mediaframing.sentiment.train.TscExample;
import com.mediaframing.sentiment.train.TscTrainer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model file: maxent alone or averaged with the logistic model (with and without dense context
 * features), written and read back; the fast scoring path against each model's own API.
 */
class TscModelTest {
  @TempDir Path dir;

  private static List<TscExample> fixture() throws Exception {
    Path data = Path.of(TscModelTest.class.getResource("tsc-fixture.jsonl").toURI());
    return new TscEvaluator(new ArticleAnnotator(NlpModels.get()))
        .prepare(NewsMtscReader.read(data));
  }

  /** The file of a model trained on the fixture with the default parameters. */
  private byte[] defaultModelBytes() throws Exception {
    TscModel model =
        new TscTrainer(new TscFeatures(), TscTrainer.Parameters.DEFAULTS).train(fixture());
    Path file = dir.resolve("m.bin");
    model.write(file);
    return Files.readAllBytes(file);
  }

  @Test
  void maxentAloneAndEnsembleRoundTripWithTheirOwnProbabilities() throws Exception {
    List<TscExample> examples = fixture();
    TscFeatures features = new TscFeatures();
    TscTrainer.Parameters ensemble = TscTrainer.Parameters.DEFAULTS;
    TscTrainer.Parameters alone =
        new TscTrainer.Parameters(
            ensemble.iterations(), ensemble.cutoff(), ensemble.logisticCost(), 0.0, 0.0);
    TscTrainer.Parameters sparse =
        new TscTrainer.Parameters(
            ensemble.iterations(), ensemble.cutoff(), ensemble.logisticCost(), 0.5, 0.0);
    TscModel maxent = new TscTrainer(features, alone).train(examples);
    TscModel strings = new TscTrainer(features, sparse).train(examples);
    TscModel both = new TscTrainer(features, ensemble).train(examples);
    assertEquals(0.0, maxent.logisticWeight());
    assertEquals(0.5, both.logisticWeight());
    assertEquals(0, strings.denseFeatures());
    assertEquals(4 * features.vectors().dimension(), both.denseFeatures());
    TscExample e = examples.get(0);
    MentionFeatures x = features.features(e.sentence(), e.span(), e.others(), e.further());
    assertNotEquals(maxent.probabilities(x)[0], strings.probabilities(x)[0]);
    assertNotEquals(strings.probabilities(x)[0], both.probabilities(x)[0]);
    for (TscModel m : List.of(maxent, strings, both)) {
      Path file = dir.resolve(m.sha256() + ".bin");
      m.write(file);
      TscModel read = TscModel.read(file);
      assertEquals(m.sha256(), read.sha256());
      assertArrayEquals(m.probabilities(x), read.probabilities(x), 1e-12);
      double[] p = read.probabilities(x);
      assertEquals(1.0, p[0] + p[1] + p[2], 1e-9);
    }
  }

  @Test
  void fastPathGivesEachModelsOwnProbabilities() throws Exception {
    List<TscExample> examples = fixture();
    TscFeatures features = new TscFeatures();
    TscModel strings =
        new TscTrainer(features, new TscTrainer.Parameters(150, 2, 3.0, 0.5, 0.0)).train(examples);
    TscModel trained = new TscTrainer(features, TscTrainer.Parameters.DEFAULTS).train(examples);
    String[] unknownStrings = {"never-seen", "bias", "bias"};
    for (TscExample e : examples) {
      MentionFeatures x = features.features(e.sentence(), e.span(), e.others(), e.further());
      // Without dense features the one-lookup path is liblinear's arithmetic exactly.
      assertArrayEquals(strings.referenceProbabilities(x), strings.probabilities(x), 0.0);
    }
    MentionFeatures unknown = new MentionFeatures(unknownStrings, ContextWords.EMPTY);
    assertArrayEquals(strings.referenceProbabilities(unknown), strings.probabilities(unknown), 0.0);
    // With them, the folded word vectors give the same sums in another order.
    for (TscModel model : List.of(trained, TscModel.bundled())) {
      for (TscExample e : examples) {
        MentionFeatures x = features.features(e.sentence(), e.span(), e.others(), e.further());
        assertArrayEquals(model.referenceProbabilities(x), model.probabilities(x), 1e-12);
      }
      assertArrayEquals(model.referenceProbabilities(unknown), model.probabilities(unknown), 1e-12);
    }
  }

  @Test
  void aModelReadWithOtherWordVectorsIsRefusedInOneLine() throws Exception {
    byte[] bytes = defaultModelBytes();
    WordVectors other =
        WordVectors.quantise(Map.of("news", new float[] {1f, -1f}), "two dimensions");
    IOException e =
        assertThrows(
            IOException.class, () -> TscModel.read(new ByteArrayInputStream(bytes), () -> other));
    assertEquals(
        "the model was trained with word vectors "
            + WordVectors.bundled().sha256().substring(0, 12)
            + ", but the table at hand is "
            + other.sha256().substring(0, 12)
            + "; retrain the model with train-tsc",
        e.getMessage());
  }

  @Test
  void truncatedOrTrailingBytesAreErrors() throws Exception {
    byte[] bytes = defaultModelBytes();
    byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);
    assertThrows(IOException.class, () -> TscModel.read(new ByteArrayInputStream(truncated)));
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    assertThrows(IOException.class, () -> TscModel.read(new ByteArrayInputStream(longer)));
  }
}
