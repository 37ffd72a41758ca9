package com.mediaframing.sentiment.train;

import com.mediaframing.sentiment.EncoderFeatures;
import com.mediaframing.sentiment.EncoderTargetScorer;
import com.mediaframing.sentiment.EncoderTscModel;
import com.mediaframing.sentiment.ModelTargetScorer;
import com.mediaframing.sentiment.SentimentLabel;
import com.mediaframing.sentiment.TscFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ten-fold estimate of the encoder model ({@code cv-tsc --scorer encoder}): the ten {@link
 * DevSplit} hash buckets of a NewsMTSC file, bucket 0 (dev) trained on buckets 1–9 and each of
 * buckets 1–9 trained on the other eight of them, as {@code cv-tsc} does for v4; dev never trains a
 * cross-validation fold. Encoder features are computed once for all targets. When the parameters
 * average with v4, every fold trains v4 on the same targets too. Reports dev F1m, each fold's F1m,
 * the nine folds' mean and the ten buckets' mean with its standard error; each bucket's line is
 * logged as it is done, so a long run shows its progress. Not thread-safe.
 */
public final class EncoderTscCrossValidation {
  private static final Logger LOG = LoggerFactory.getLogger(EncoderTscCrossValidation.class);

  private final EncoderFeatures features;
  private final EncoderTscTrainer.Parameters parameters;
  private final int threads;

  public EncoderTscCrossValidation(
      EncoderFeatures features, EncoderTscTrainer.Parameters parameters, int threads) {
    this.features = features;
    this.parameters = parameters;
    this.threads = threads;
  }

  /**
   * Runs the folds over tagged examples of {@code sentences} ({@code examples} in their order, one
   * per target) and returns the report.
   */
  public String run(List<TscSentence> sentences, List<TscExample> examples) {
    int[] bucket = new int[examples.size()];
    int k = 0;
    for (TscSentence s : sentences) {
      for (int t = 0; t < s.targets().size(); t++) {
        bucket[k++] = DevSplit.bucket(s.primaryGid());
      }
    }
    long t0 = System.nanoTime();
    double[][] x = EncoderTscTrainer.features(features, examples, threads);
    long t1 = System.nanoTime();
    LOG.info(
        "features of {} targets in {} s ({})",
        examples.size(),
        String.format(Locale.ROOT, "%.1f", (t1 - t0) / 1e9),
        features.layout());
    StringBuilder report = new StringBuilder();
    double[] f1 = new double[DevSplit.BUCKETS];
    TscEvaluation pooled = new TscEvaluation();
    TscFeatures v4Features = parameters.v4Weight() > 0.0 ? new TscFeatures() : null;
    for (int fold = 0; fold < DevSplit.BUCKETS; fold++) {
      List<TscExample> train = new ArrayList<>();
      List<double[]> trainX = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        if (bucket[i] != fold && bucket[i] != 0) {
          train.add(examples.get(i));
          trainX.add(x[i]);
        }
      }
      EncoderTscModel model =
          new EncoderTscTrainer(features, parameters).train(train, trainX.toArray(double[][]::new));
      ModelTargetScorer v4 =
          v4Features == null
              ? null
              : new ModelTargetScorer(
                  new TscTrainer(v4Features, TscTrainer.Parameters.DEFAULTS).train(train),
                  v4Features);
      TscEvaluation evaluation = new TscEvaluation();
      for (int i = 0; i < examples.size(); i++) {
        TscExample e = examples.get(i);
        if (bucket[i] != fold || x[i] == null) {
          continue;
        }
        double[] p = model.probabilities(x[i]);
        if (v4 != null) {
          double[] q = v4.probabilities(e.sentence(), e.span(), e.others(), e.further());
          double w = parameters.v4Weight();
          for (int c = 0; c < p.length; c++) {
            p[c] = (1.0 - w) * p[c] + w * q[c];
          }
        }
        SentimentLabel label = argmax(p);
        evaluation.add(e.target().gold(), label);
        if (fold > 0) {
          pooled.add(e.target().gold(), label);
        }
      }
      f1[fold] = evaluation.macroF1();
      String line =
          String.format(
              Locale.ROOT,
              "%s: trained on %d targets, targets %d, F1m %.4f",
              fold == 0 ? "dev" : "fold " + fold,
              train.size(),
              evaluation.total(),
              evaluation.macroF1());
      LOG.info(line);
      report.append(line).append(System.lineSeparator());
    }
    double mean10 = 0.0;
    double mean9 = 0.0;
    for (int f = 0; f < f1.length; f++) {
      mean10 += f1[f] / f1.length;
      mean9 += f == 0 ? 0.0 : f1[f] / (f1.length - 1);
    }
    double ss = 0.0;
    for (double v : f1) {
      ss += (v - mean10) * (v - mean10);
    }
    double se = Math.sqrt(ss / (f1.length - 1) / f1.length);
    return String.format(
            Locale.ROOT,
            "cv-tsc: %s, layout %s, %s; features of %d targets in %.1f s (%d threads)%n",
            EncoderTargetScorer.VERSION,
            features.layout(),
            parameters,
            examples.size(),
            (t1 - t0) / 1e9,
            threads)
        + report
        + String.format(
            Locale.ROOT,
            "dev F1m %.4f; folds 1-9 mean F1m %.4f; 10 buckets mean F1m %.4f +- %.4f (s.e.)%npooled"
                + " folds 1-9 ",
            f1[0],
            mean9,
            mean10,
            se)
        + pooled.report();
  }

  private static SentimentLabel argmax(double[] p) {
    SentimentLabel best = SentimentLabel.NEUTRAL;
    for (SentimentLabel label : SentimentLabel.values()) {
      if (p[label.ordinal()] > p[best.ordinal()]) {
        best = label;
      }
    }
    return best;
  }
}
