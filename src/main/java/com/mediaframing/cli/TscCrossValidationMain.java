package com.mediaframing.cli;

import com.mediaframing.base.ConfigException;
import com.mediaframing.base.OptionValues;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import com.mediaframing.sentiment.EncoderLayout;
import com.mediaframing.sentiment.train.EncoderTscCommands;
import com.mediaframing.sentiment.train.EncoderTscTrainer;
import com.mediaframing.sentiment.train.NewsMtscReader;
import com.mediaframing.sentiment.train.TscCrossValidation;
import com.mediaframing.sentiment.train.TscEvaluator;
import com.mediaframing.sentiment.train.TscExample;
import com.mediaframing.sentiment.train.TscSentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The arguments of {@code cv-tsc}, for {@link TscCrossValidation}:
 *
 * <pre>
 * cv-tsc --data FILE [--train-buckets K] [--scorer model|encoder] [--cost C] [--v4-weight W] [--threads N]
 *        [--encoders ID,ID] [--blocks 4|5]
 * </pre>
 *
 * Bad arguments end with one line on stderr and exit code 2. Runs in one thread.
 */
public final class TscCrossValidationMain {
  private static final Map<String, String> OPTIONS =
      new TreeMap<>(
          Map.of(
              "--data", "FILE  NewsMTSC-format JSON lines",
              "--train-buckets", "K  buckets each fold trains on, 1 to 8 (default 8)",
              "--scorer", "model|encoder  which model (default model)",
              "--cost", "C  encoder model: liblinear cost (default the shipped one)",
              "--v4-weight",
                  "W  encoder model: share of v4 in the average (default the shipped one)",
              "--threads", "N  encoder model: encoder threads (default 1)",
              "--encoders",
                  "ID,ID  encoder model: the encoders, e.g. all-minilm-l6-v2-q,bge-small-en-v1.5-q"
                      + " (default the shipped layout's)",
              "--blocks",
                  "4|5  encoder model: 5 adds the placeholder's state in the masked sentence"
                      + " (default the shipped layout's)"));

  private TscCrossValidationMain() {}

  /** Runs the cross validation and returns the printed report. */
  public static String run(String[] args) {
    Map<String, String> values = OptionValues.parse(List.of(args), OPTIONS, "cv-tsc option");
    if (!values.containsKey("--data")) {
      throw new ConfigException("--data is required; usage: --data FILE [--train-buckets K]");
    }
    if ("encoder".equals(values.get("--scorer"))) {
      return encoder(Path.of(values.get("--data")), values);
    }
    int trainBuckets =
        OptionValues.positiveInt(values, "--train-buckets", TscCrossValidation.MAX_TRAIN_BUCKETS);
    return TscCrossValidation.run(Path.of(values.get("--data")), trainBuckets);
  }

  /**
   * The encoder model's ten buckets: dev and the nine folds ({@link
   * com.mediaframing.sentiment.train.EncoderTscCrossValidation}).
   */
  private static String encoder(Path data, Map<String, String> values) {
    EncoderTscTrainer.Parameters d = EncoderTscTrainer.Parameters.DEFAULTS;
    EncoderTscTrainer.Parameters parameters =
        new EncoderTscTrainer.Parameters(
            OptionValues.positiveNumber(values, "--cost", d.cost()),
            OptionValues.share(values, "--v4-weight", d.v4Weight()));
    int threads = OptionValues.positiveInt(values, "--threads", 1);
    List<TscSentence> sentences = NewsMtscReader.readData(data);
    List<TscExample> examples =
        new TscEvaluator(new ArticleAnnotator(NlpModels.get())).prepare(sentences);
    return EncoderTscCommands.crossValidate(
        sentences, examples, layout(values), parameters, threads);
  }

  /** The shipped layout with the encoders and block count the options name. */
  private static EncoderLayout layout(Map<String, String> values) {
    EncoderLayout layout = EncoderLayout.DEFAULT;
    if (values.containsKey("--encoders")) {
      List<EncoderLayout.Encoder> encoders = new ArrayList<>();
      for (String id : values.get("--encoders").split(",")) {
        try {
          encoders.add(EncoderLayout.Encoder.of(id.trim()));
        } catch (IllegalArgumentException e) {
          throw new ConfigException("--encoders: " + e.getMessage(), e);
        }
      }
      layout = layout.withEncoders(encoders);
    }
    String blocks = values.get("--blocks");
    if (blocks != null) {
      if (!"4".equals(blocks) && !"5".equals(blocks)) {
        throw new ConfigException("--blocks must be 4 or 5, not '" + blocks + "'");
      }
      layout = layout.withPlaceholderState("5".equals(blocks));
    }
    return layout;
  }
}
