package com.mediaframing.cli;

import com.mediaframing.base.ConfigException;
import com.mediaframing.base.OptionValues;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import com.mediaframing.sentiment.ModelTargetScorer;
import com.mediaframing.sentiment.TscFeatures;
import com.mediaframing.sentiment.TscModel;
import com.mediaframing.sentiment.train.DevSplit;
import com.mediaframing.sentiment.train.EncoderTscCommands;
import com.mediaframing.sentiment.train.NewsMtscReader;
import com.mediaframing.sentiment.train.TscEvaluator;
import com.mediaframing.sentiment.train.TscExample;
import com.mediaframing.sentiment.train.TscSentence;
import com.mediaframing.sentiment.train.TscTrainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Command line training of the target sentiment model, wired into the CLI as {@code train-tsc}:
 *
 * <pre>
 * TscTrainMain --data FILE --model OUT [--split all|train] [--scorer model|encoder] [--threads N]
 * </pre>
 *
 * Reads a NewsMTSC-format JSONL file, tags it, trains with {@link TscTrainer.Parameters#DEFAULTS}
 * and writes the model to {@code OUT}. Split {@code all} (the default) trains on the whole file, as
 * for the bundled model; {@code train} leaves out the {@link DevSplit} dev part, for measuring on
 * it with {@code eval-tsc --split dev --model OUT}. {@code --scorer encoder} trains the encoder
 * model instead ({@link EncoderTscCommands}). The same file gives a byte-identical model. Bad
 * arguments and unreadable input end with one line on stderr and exit code 2. Runs in one thread.
 */
public final class TscTrainMain {
  private static final Map<String, String> OPTIONS =
      new TreeMap<>(
          Map.of(
              "--data", "FILE  NewsMTSC-format JSON lines",
              "--model", "OUT  where the model goes",
              "--split", "all|train  what to train on (default all)",
              "--scorer", "model|encoder  which model (default model, tsc-maxent-v4)",
              "--threads", "N  encoder threads for --scorer encoder (default 1)"));

  private TscTrainMain() {}

  public static void main(String[] args) {
    try {
      System.out.print(run(args));
    } catch (ConfigException e) {
      System.err.println("train-tsc: " + e.getMessage());
      System.exit(2);
    }
  }

  /** Trains, writes the model and returns the printed summary. */
  public static String run(String[] args) {
    Map<String, String> values = OptionValues.parse(List.of(args), OPTIONS, "train-tsc option");
    Path data = values.containsKey("--data") ? Path.of(values.get("--data")) : null;
    Path model = values.containsKey("--model") ? Path.of(values.get("--model")) : null;
    String split = values.getOrDefault("--split", "all");
    if (data == null || model == null) {
      throw new ConfigException("--data and --model are required; " + usage());
    }
    if (!"all".equals(split) && !"train".equals(split)) {
      throw new ConfigException(
          "unknown training split '" + split + "' (expected all or train); " + usage());
    }
    String scorer = values.getOrDefault("--scorer", "model");
    if (!"model".equals(scorer) && !"encoder".equals(scorer)) {
      throw new ConfigException("unknown --scorer '" + scorer + "' (expected model or encoder)");
    }
    int threads = OptionValues.positiveInt(values, "--threads", 1);
    List<TscSentence> sentences = DevSplit.select(NewsMtscReader.readData(data), split);
    long t0 = System.nanoTime();
    List<TscExample> examples =
        new TscEvaluator(new ArticleAnnotator(NlpModels.get())).prepare(sentences);
    if ("encoder".equals(scorer)) {
      return EncoderTscCommands.train(examples, model, threads);
    }
    long t1 = System.nanoTime();
    TscTrainer.Parameters parameters = TscTrainer.Parameters.DEFAULTS;
    TscModel trained;
    try {
      trained = new TscTrainer(new TscFeatures(), parameters).train(examples);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(data + " has no targets to train on: " + e.getMessage(), e);
    }
    long t2 = System.nanoTime();
    try {
      Path parent = model.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      trained.write(model);
    } catch (IOException e) {
      throw new ConfigException("cannot write the model to " + model + ": " + e.getMessage(), e);
    }
    return String.format(
        Locale.ROOT,
        "train-tsc: split %s, sentences %d, targets %d; %s; tagging %.1f s, training %.1f s%n"
            + "train-tsc: wrote %s (%d bytes, sha256 %s, id %s)%n",
        split,
        sentences.size(),
        examples.size(),
        parameters,
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        model,
        trained.size(),
        trained.sha256(),
        ModelTargetScorer.idOf(trained));
  }

  private static String usage() {
    return "usage: --data FILE --model OUT [--split all|train] [--scorer model|encoder] [--threads N]";
  }
}
