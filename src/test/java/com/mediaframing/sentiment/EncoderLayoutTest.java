package com.mediaframing.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.EncodedText;
import com.mediaframing.nlp.NlpModels;
import com.mediaframing.sentiment.train.TscEvaluator;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The placeholder-state block of {@link EncoderLayout}: a fifth unit-length block read off the
 * masked sentence, and a model file that records the flag (format 2) while a four-block model keeps
 * format 1.
 */
class EncoderLayoutTest {
  private static final EncoderLayout FOUR =
      EncoderLayout.DEFAULT.withEncoders(List.of(EncoderLayout.Encoder.MINILM));
  private static final EncoderLayout FIVE = FOUR.withPlaceholderState(true);

  @TempDir Path dir;

  @Test
  void fifthBlockIsThePlaceholdersState() {
    String text = "Senator Hale was condemned for his cruel remarks.";
    AnnotatedSentence s = new ArticleAnnotator(NlpModels.get()).annotate(text).get(0);
    TokenSpan target = TscEvaluator.tokenSpan(s, 0, "Senator Hale".length());
    EncoderFeatures five = new EncoderFeatures(FIVE, Encoders.of(FIVE));
    EncoderFeatures four = new EncoderFeatures(FOUR, Encoders.of(FOUR));
    assertEquals(5 * 384, five.dimension());
    List<EncodedText> states = five.encode(s);
    double[] x = five.features(s, states, target, List.of());
    double[] y = four.features(s, states, target, List.of());
    for (int j = 0; j < y.length; j++) {
      assertEquals(y[j], x[j], "the first four blocks are the four-block layout's");
    }
    double norm = 0.0;
    double sameAsMasked = 0.0;
    for (int j = 0; j < 384; j++) {
      norm += x[4 * 384 + j] * x[4 * 384 + j];
      sameAsMasked += x[4 * 384 + j] * x[3 * 384 + j];
    }
    assertEquals(1.0, norm, 1e-4);
    assertTrue(sameAsMasked < 0.99, "the slot's state is not the masked sentence's mean");
  }

  @Test
  void modelFileRecordsTheFlag() throws Exception {
    for (EncoderLayout layout : List.of(FOUR, FIVE)) {
      int d = layout.blocks() * 384;
      double[][] w = new double[3][d + 1];
      w[2][0] = 0.5;
      EncoderTscModel model = new EncoderTscModel(layout, 0.5, new double[d], filled(d, 2.0), w);
      Path file = dir.resolve(layout.blocks() + ".bin");
      model.write(file);
      String magic =
          new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(file))).readUTF();
      assertEquals(
          layout.placeholderState() ? EncoderTscModel.MAGIC_2 : EncoderTscModel.MAGIC, magic);
      EncoderTscModel back = EncoderTscModel.read(file);
      assertEquals(layout, back.layout());
      assertEquals(d, back.features());
      assertEquals(model.sha256(), back.sha256());
    }
  }

  private static double[] filled(int n, double v) {
    double[] out = new double[n];
    java.util.Arrays.fill(out, v);
    return out;
  }
}
