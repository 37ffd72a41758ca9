package com.mediaframing.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model file: maxent alone or averaged with the logistic model, written and read back. */
class TscModelTest {
  @TempDir Path dir;

  private static List<TscExample> fixture() throws Exception {
    Path data = Path.of(TscModelTest.class.getResource("tsc-fixture.jsonl").toURI());
    return new TscEvaluator(new ArticleAnnotator(NlpModels.get()))
        .prepare(NewsMtscReader.read(data));
  }

  @Test
  void maxentAloneAndEnsembleRoundTripWithTheirOwnProbabilities() throws Exception {
    List<TscExample> examples = fixture();
    TscFeatures features = new TscFeatures();
    TscTrainer.Parameters ensemble = TscTrainer.Parameters.DEFAULTS;
    TscTrainer.Parameters alone =
        new TscTrainer.Parameters(
            ensemble.iterations(), ensemble.cutoff(), ensemble.logisticCost(), 0.0);
    TscModel maxent = new TscTrainer(features, alone).train(examples);
    TscModel both = new TscTrainer(features, ensemble).train(examples);
    assertEquals(0.0, maxent.logisticWeight());
    assertEquals(0.5, both.logisticWeight());
    TscExample e = examples.get(0);
    String[] x = features.extract(e.sentence(), e.span(), e.others(), e.further());
    assertNotEquals(maxent.probabilities(x)[0], both.probabilities(x)[0]);
    for (TscModel m : List.of(maxent, both)) {
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
  void oneLookupForBothModelsGivesExactlyEachModelsOwnProbabilities() throws Exception {
    List<TscExample> examples = fixture();
    TscFeatures features = new TscFeatures();
    TscModel trained = new TscTrainer(features, TscTrainer.Parameters.DEFAULTS).train(examples);
    for (TscModel model : List.of(trained, TscModel.bundled())) {
      for (TscExample e : examples) {
        String[] x = features.extract(e.sentence(), e.span(), e.others(), e.further());
        assertArrayEquals(model.referenceProbabilities(x), model.probabilities(x), 0.0);
      }
      String[] unknown = {"never-seen", "bias", "bias"};
      assertArrayEquals(model.referenceProbabilities(unknown), model.probabilities(unknown), 0.0);
    }
  }

  @Test
  void truncatedOrTrailingBytesAreErrors() throws Exception {
    TscModel model =
        new TscTrainer(new TscFeatures(), TscTrainer.Parameters.DEFAULTS).train(fixture());
    Path file = dir.resolve("m.bin");
    model.write(file);
    byte[] bytes = Files.readAllBytes(file);
    byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length / 2);
    assertThrows(
        java.io.IOException.class, () -> TscModel.read(new ByteArrayInputStream(truncated)));
    byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    assertThrows(java.io.IOException.class, () -> TscModel.read(new ByteArrayInputStream(longer)));
  }
}
