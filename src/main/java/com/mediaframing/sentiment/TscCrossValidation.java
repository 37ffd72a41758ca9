package com.mediaframing.sentiment;

import com.mediaframing.config.ConfigException;
import com.mediaframing.config.OptionValues;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import com.mediaframing.sentiment.encoder.EncoderTscCommands;
import com.mediaframing.sentiment.encoder.EncoderTscTrainer;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cross validation of the target sentiment model over the train part of a NewsMTSC file, wired into
 * the CLI as {@code cv-tsc}:
 *
 * <pre>
 * cv-tsc --data FILE [--train-buckets K]
 * </pre>
 *
 * The folds are the {@link DevSplit} hash buckets 1 to 9 (bucket 0 is dev and is never used): each
 * fold trains with {@link TscTrainer.Parameters#DEFAULTS} on the other eight buckets and scores its
 * own. Prints every fold's F1m, their mean, and the pooled evaluation of all held-out targets. Less
 * noisy than the dev split alone (every train-part target is scored once), and like it, never sees
 * dev. Bad arguments end with one line on stderr and exit code 2. Runs in one thread.
 *
 * <p>{@code --train-buckets K} (1 to 8, default 8) trains each fold on only K of its eight buckets:
 * the K that follow the fold's own in the order 1, 2, …, 9, 1, … (skipping it). The same folds are
 * scored, so runs with growing K give the learning curve: how much F1m the model gains per doubling
 * of the training data, and so what the final model (trained on more targets than any fold) can be
 * expected to score.
 *
 * <p>{@code --scorer encoder} runs the encoder model's estimate instead: dev and the nine folds
 * ({@link com.mediaframing.sentiment.encoder.EncoderTscCrossValidation}), with {@code --cost},
 * {@code --v4-weight} and {@code --threads}.
 */
public final class TscCrossValidation {
  private static final Map<String, String> OPTIONS =
      new TreeMap<>(
          Map.of(
              "--data", "FILE  NewsMTSC-format JSON lines",
              "--train-buckets", "K  buckets each fold trains on, 1 to 8 (default 8)",
              "--scorer", "model|encoder  which model (default model)",
              "--cost", "C  encoder model: liblinear cost (default the shipped one)",
              "--v4-weight",
                  "W  encoder model: share of v4 in the average (default the shipped one)",
              "--threads", "N  encoder model: encoder threads (default 1)"));

  /** Buckets a fold can train on: all but dev and its own. */
  private static final int MAX_TRAIN_BUCKETS = DevSplit.BUCKETS - 2;

  private TscCrossValidation() {}

  /** Runs the cross validation and returns the printed report. */
  public static String run(String[] args) {
    Map<String, String> values = OptionValues.parse(List.of(args), OPTIONS, "cv-tsc option");
    if (!values.containsKey("--data")) {
      throw new ConfigException("--data is required; usage: --data FILE [--train-buckets K]");
    }
    int trainBuckets = OptionValues.positiveInt(values, "--train-buckets", MAX_TRAIN_BUCKETS);
    if (trainBuckets > MAX_TRAIN_BUCKETS) {
      throw new ConfigException(
          "--train-buckets must be at most " + MAX_TRAIN_BUCKETS + ", got " + trainBuckets);
    }
    Path data = Path.of(values.get("--data"));
    if ("encoder".equals(values.get("--scorer"))) {
      return encoder(data, values);
    }
    List<TscSentence> sentences = TscEvalMain.select(TscEvalMain.read(data), "train");
    List<TscExample> examples =
        new TscEvaluator(new ArticleAnnotator(NlpModels.get())).prepare(sentences);
    // prepare() gives one example per target, in sentence order.
    List<Integer> buckets = new ArrayList<>(examples.size());
    for (TscSentence s : sentences) {
      int bucket = DevSplit.bucket(s.primaryGid());
      s.targets().forEach(t -> buckets.add(bucket));
    }
    TscFeatures features = new TscFeatures();
    TscEvaluation pooled = new TscEvaluation();
    StringBuilder report = new StringBuilder();
    double sum = 0.0;
    for (int fold = 1; fold < DevSplit.BUCKETS; fold++) {
      List<TscExample> train = new ArrayList<>();
      List<TscExample> test = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        int bucket = buckets.get(i);
        if (bucket == fold) {
          test.add(examples.get(i));
        } else if (rankAfter(fold, bucket) < trainBuckets) {
          train.add(examples.get(i));
        }
      }
      TscModel model;
      try {
        model = new TscTrainer(features, TscTrainer.Parameters.DEFAULTS).train(train);
      } catch (IllegalArgumentException | UncheckedIOException e) {
        // No trainable targets, or too few for OpenNLP ("Insufficient training data").
        throw new ConfigException(
            String.format(
                Locale.ROOT,
                "fold %d cannot be trained on %d targets (%s); give more --train-buckets or more"
                    + " data",
                fold,
                train.size(),
                e.getCause() != null ? e.getCause().getMessage() : e.getMessage()),
            e);
      }
      ModelTargetScorer scorer = new ModelTargetScorer(model, features);
      TscEvaluation evaluation = new TscEvaluation();
      for (TscExample e : test) {
        if (e.span() != null) {
          SentimentLabel label =
              scorer.score(e.sentence(), e.span(), e.others(), e.further()).label();
          evaluation.add(e.target().gold(), label);
          pooled.add(e.target().gold(), label);
        }
      }
      sum += evaluation.macroF1();
      report.append(
          String.format(
              Locale.ROOT,
              "fold %d: trained on %d targets, targets %d, F1m %.4f%n",
              fold,
              train.size(),
              evaluation.total(),
              evaluation.macroF1()));
    }
    return String.format(
            Locale.ROOT,
            "cv-tsc: %s, %d folds over the train part (%d sentences), each trained on %d of"
                + " its %d other buckets, %s%n",
            ModelTargetScorer.VERSION,
            DevSplit.BUCKETS - 1,
            sentences.size(),
            trainBuckets,
            MAX_TRAIN_BUCKETS,
            TscTrainer.Parameters.DEFAULTS)
        + report
        + String.format(Locale.ROOT, "mean F1m %.4f%npooled ", sum / (DevSplit.BUCKETS - 1))
        + pooled.report();
  }

  /** The encoder model's ten buckets: dev and the nine folds ({@link EncoderTscCommands}). */
  private static String encoder(Path data, Map<String, String> values) {
    EncoderTscTrainer.Parameters d = EncoderTscTrainer.Parameters.DEFAULTS;
    EncoderTscTrainer.Parameters parameters =
        new EncoderTscTrainer.Parameters(
            OptionValues.positiveNumber(values, "--cost", d.cost()),
            OptionValues.share(values, "--v4-weight", d.v4Weight()));
    int threads = OptionValues.positiveInt(values, "--threads", 1);
    List<TscSentence> sentences = TscEvalMain.read(data);
    List<TscExample> examples =
        new TscEvaluator(new ArticleAnnotator(NlpModels.get())).prepare(sentences);
    return EncoderTscCommands.crossValidate(sentences, examples, parameters, threads);
  }

  /**
   * Where train-part bucket {@code bucket} comes among fold {@code fold}'s training buckets: 0 for
   * the bucket after the fold's own in the order 1, 2, …, 9, 1, …, up to 7.
   */
  static int rankAfter(int fold, int bucket) {
    int last = DevSplit.BUCKETS - 1;
    return ((bucket - fold) % last + last) % last - 1;
  }
}
