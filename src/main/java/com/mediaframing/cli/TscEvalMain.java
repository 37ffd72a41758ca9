package com.mediaframing.cli;

import com.mediaframing.base.ConfigException;
import com.mediaframing.base.OptionValues;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import com.mediaframing.sentiment.ModelTargetScorer;
import com.mediaframing.sentiment.SentimentScorers;
import com.mediaframing.sentiment.TargetSentimentScorer;
import com.mediaframing.sentiment.TscFeatures;
import com.mediaframing.sentiment.TscModel;
import com.mediaframing.sentiment.train.DevSplit;
import com.mediaframing.sentiment.train.EncoderTscCommands;
import com.mediaframing.sentiment.train.NewsMtscReader;
import com.mediaframing.sentiment.train.TscEvaluation;
import com.mediaframing.sentiment.train.TscEvaluator;
import com.mediaframing.sentiment.train.TscExample;
import com.mediaframing.sentiment.train.TscSentence;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Command line evaluation of a target sentiment scorer on a NewsMTSC file, to be wired into the CLI
 * as {@code eval-tsc}:
 *
 * <pre>
 * TscEvalMain --data FILE [--split dev|train|all] [--scorer model|encoder|lexicon|sentence-tone]
 *             [--model M] [--predictions OUT]
 * </pre>
 *
 * Defaults: split {@code all} (the whole file, as for a held-out test file; {@code dev} is the
 * fixed {@link DevSplit} of the training file, {@code train} the rest), scorer {@code model}: the
 * model bundled in the jar, or the model file {@code M} written by {@code train-tsc}. Prints F1m,
 * accuracy, per-class precision/recall/F1 and the confusion matrix. Bad arguments and unreadable or
 * malformed input end with one line on stderr and exit code 2. Runs in one thread.
 */
public final class TscEvalMain {
  private static final Map<String, String> OPTIONS =
      new TreeMap<>(
          Map.of(
              "--data",
              "FILE  NewsMTSC-format JSON lines",
              "--split",
              "all|dev|train  which sentences (default all)",
              "--scorer",
              SentimentScorers.usage() + "  (default " + SentimentScorers.DEFAULT + ")",
              "--model",
              "M  a model file instead of the bundled one",
              "--predictions",
              "OUT  one JSON line per target"));

  private TscEvalMain() {}

  private static Path path(Map<String, String> values, String option) {
    return values.containsKey(option) ? Path.of(values.get(option)) : null;
  }

  public static void main(String[] args) {
    try {
      System.out.print(run(args));
    } catch (ConfigException e) {
      System.err.println("eval-tsc: " + e.getMessage());
      System.exit(2);
    }
  }

  /** Runs the evaluation and returns the printed report. */
  public static String run(String[] args) {
    Map<String, String> values = OptionValues.parse(List.of(args), OPTIONS, "eval-tsc option");
    Path data = path(values, "--data");
    String split = values.getOrDefault("--split", "all");
    String scorerName = values.getOrDefault("--scorer", "model");
    Path modelFile = path(values, "--model");
    Path predictions = path(values, "--predictions");
    if (data == null) {
      throw new ConfigException("--data is required; " + usage());
    }
    TargetSentimentScorer scorer = scorer(scorerName, modelFile);
    List<TscSentence> sentences = DevSplit.select(NewsMtscReader.readData(data), split);
    List<TscExample> examples =
        new TscEvaluator(new ArticleAnnotator(NlpModels.get())).prepare(sentences);
    TscEvaluation evaluation;
    if (predictions == null) {
      evaluation = TscEvaluator.evaluate(examples, scorer, null);
    } else {
      try (Writer out = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
        evaluation = TscEvaluator.evaluate(examples, scorer, out);
      } catch (IOException e) {
        throw new ConfigException("cannot write predictions to " + predictions + ": " + e, e);
      }
    }
    return "scorer "
        + scorer.id()
        + ", split "
        + split
        + ", sentences "
        + sentences.size()
        + System.lineSeparator()
        + evaluation.report();
  }

  private static TargetSentimentScorer scorer(String name, Path modelFile) {
    if ("encoder".equals(name)) {
      return EncoderTscCommands.scorer(modelFile);
    }
    if (modelFile == null) {
      return SentimentScorers.create(name);
    }
    if (!"model".equals(name)) {
      throw new ConfigException(
          "--model goes with --scorer model or encoder, not --scorer " + name);
    }
    try {
      return new ModelTargetScorer(TscModel.read(modelFile), new TscFeatures());
    } catch (NoSuchFileException e) {
      throw new ConfigException("model file " + modelFile + " does not exist", e);
    } catch (IOException | RuntimeException e) {
      throw new ConfigException(
          "cannot read model file " + modelFile + " (written by train-tsc?): " + e.getMessage(), e);
    }
  }

  private static String usage() {
    return "usage: --data FILE [--split dev|train|all] [--scorer "
        + SentimentScorers.usage()
        + "]"
        + " [--model M] [--predictions OUT]";
  }
}
