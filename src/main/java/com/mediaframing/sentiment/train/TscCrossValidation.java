package com.mediaframing.sentiment.train;

import com.mediaframing.base.ConfigException;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import com.mediaframing.sentiment.ModelTargetScorer;
import com.mediaframing.sentiment.SentimentLabel;
import com.mediaframing.sentiment.TscFeatures;
import com.mediaframing.sentiment.TscModel;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cross validation of the target sentiment model over the train part of a NewsMTSC file, behind the
 * CLI's {@code cv-tsc --data FILE [--train-buckets K]} ({@code cli/TscCrossValidationMain}). The
 * folds are the {@link DevSplit} hash buckets 1 to 9 (bucket 0 is dev and is never used): each fold
 * trains with {@link TscTrainer.Parameters#DEFAULTS} on the other eight buckets and scores its own.
 * Prints every fold's F1m, their mean, and the pooled evaluation of all held-out targets. Less
 * noisy than the dev split alone (every train-part target is scored once), and like it, never sees
 * dev. Bad arguments are a {@link ConfigException} naming the value. Runs in one thread.
 *
 * <p>{@code --train-buckets K} (1 to 8, default 8) trains each fold on only K of its eight buckets:
 * the K that follow the fold's own in the order 1, 2, …, 9, 1, … (skipping it). The same folds are
 * scored, so runs with growing K give the learning curve: how much F1m the model gains per doubling
 * of the training data, and so what the final model (trained on more targets than any fold) can be
 * expected to score.
 */
public final class TscCrossValidation {
  /** Buckets a fold can train on: all but dev and its own. */
  public static final int MAX_TRAIN_BUCKETS = DevSplit.BUCKETS - 2;

  private TscCrossValidation() {}

  /**
   * Runs the cross validation on {@code data}, each fold trained on {@code trainBuckets} buckets (1
   * to {@value #MAX_TRAIN_BUCKETS}), and returns the printed report.
   */
  public static String run(Path data, int trainBuckets) {
    if (trainBuckets > MAX_TRAIN_BUCKETS) {
      throw new ConfigException(
          "--train-buckets must be at most " + MAX_TRAIN_BUCKETS + ", got " + trainBuckets);
    }
    List<TscSentence> sentences = DevSplit.select(NewsMtscReader.readData(data), "train");
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

  /**
   * Where train-part bucket {@code bucket} comes among fold {@code fold}'s training buckets: 0 for
   * the bucket after the fold's own in the order 1, 2, …, 9, 1, …, up to 7.
   */
  static int rankAfter(int fold, int bucket) {
    int last = DevSplit.BUCKETS - 1;
    return ((bucket - fold) % last + last) % last - 1;
  }
}
