package com.mediaframing.sentiment.train;

import com.mediaframing.base.ConfigException;
import com.mediaframing.sentiment.EncoderFeatures;
import com.mediaframing.sentiment.EncoderLayout;
import com.mediaframing.sentiment.EncoderTargetScorer;
import com.mediaframing.sentiment.EncoderTscModel;
import com.mediaframing.sentiment.Encoders;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What {@code train-tsc}, {@code eval-tsc} and {@code cv-tsc} do with {@code --scorer encoder}: the
 * commands parse their options and tag the data, then hand over here. User errors are {@link
 * ConfigException}s naming the file or value. Stateless.
 */
public final class EncoderTscCommands {
  private EncoderTscCommands() {}

  /**
   * Trains with {@link EncoderTscTrainer.Parameters#DEFAULTS}, writes the model, returns a summary.
   */
  public static String train(List<TscExample> examples, Path model, int threads) {
    EncoderLayout layout = EncoderLayout.DEFAULT;
    EncoderFeatures features = new EncoderFeatures(layout, Encoders.of(layout));
    EncoderTscTrainer.Parameters parameters = EncoderTscTrainer.Parameters.DEFAULTS;
    long t0 = System.nanoTime();
    double[][] x = EncoderTscTrainer.features(features, examples, threads);
    long t1 = System.nanoTime();
    EncoderTscModel trained;
    try {
      trained = new EncoderTscTrainer(features, parameters).train(examples, x);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("cannot train the encoder model: " + e.getMessage(), e);
    }
    long t2 = System.nanoTime();
    try {
      trained.write(model);
    } catch (IOException e) {
      throw new ConfigException("cannot write the model to " + model + ": " + e.getMessage(), e);
    }
    return String.format(
        Locale.ROOT,
        "train-tsc: encoder model, targets %d, layout %s, %s; features %.1f s (%d threads),"
            + " training %.1f s%ntrain-tsc: wrote %s (%d bytes, sha256 %s, id %s+%s)%n",
        examples.size(),
        layout,
        parameters,
        (t1 - t0) / 1e9,
        threads,
        (t2 - t1) / 1e9,
        model,
        trained.size(),
        trained.sha256(),
        EncoderTargetScorer.VERSION,
        trained.sha256().substring(0, 12));
  }

  /** The scorer of a model file, or of the bundled model when {@code modelFile} is null. */
  public static EncoderTargetScorer scorer(Path modelFile) {
    if (modelFile == null) {
      return EncoderTargetScorer.bundled();
    }
    try {
      return EncoderTargetScorer.of(EncoderTscModel.read(modelFile));
    } catch (NoSuchFileException e) {
      throw new ConfigException("model file " + modelFile + " does not exist", e);
    } catch (IOException | RuntimeException e) {
      throw new ConfigException(
          "cannot read encoder model file "
              + modelFile
              + " (written by train-tsc --scorer encoder?): "
              + e.getMessage(),
          e);
    }
  }

  /** The ten-bucket estimate with the given layout and parameters. */
  public static String crossValidate(
      List<TscSentence> sentences,
      List<TscExample> examples,
      EncoderLayout layout,
      EncoderTscTrainer.Parameters parameters,
      int threads) {
    EncoderFeatures features = new EncoderFeatures(layout, Encoders.of(layout));
    return new EncoderTscCrossValidation(features, parameters, threads).run(sentences, examples);
  }
}
