package com.mediaframing.sentiment;

import com.mediaframing.config.ConfigException;
import com.mediaframing.config.OptionValues;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
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
 * cv-tsc --data FILE
 * </pre>
 *
 * The folds are the {@link DevSplit} hash buckets 1 to 9 (bucket 0 is dev and is never used): each
 * fold trains with {@link TscTrainer.Parameters#DEFAULTS} on the other eight buckets and scores its
 * own. Prints every fold's F1m, their mean, and the pooled evaluation of all held-out targets. Less
 * noisy than the dev split alone (every train-part target is scored once), and like it, never sees
 * dev. Bad arguments end with one line on stderr and exit code 2. Runs in one thread.
 */
public final class TscCrossValidation {
  private static final Map<String, String> OPTIONS =
      new TreeMap<>(Map.of("--data", "FILE  NewsMTSC-format JSON lines"));

  private TscCrossValidation() {}

  /** Runs the cross validation and returns the printed report. */
  public static String run(String[] args) {
    Map<String, String> values = OptionValues.parse(List.of(args), OPTIONS, "cv-tsc option");
    if (!values.containsKey("--data")) {
      throw new ConfigException("--data is required; usage: --data FILE");
    }
    Path data = Path.of(values.get("--data"));
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
        (buckets.get(i) == fold ? test : train).add(examples.get(i));
      }
      TscModel model = new TscTrainer(features, TscTrainer.Parameters.DEFAULTS).train(train);
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
              "fold %d: targets %d, F1m %.4f%n",
              fold,
              evaluation.total(),
              evaluation.macroF1()));
    }
    return String.format(
            Locale.ROOT,
            "cv-tsc: %s, %d folds over the train part (%d sentences), %s%n",
            ModelTargetScorer.VERSION,
            DevSplit.BUCKETS - 1,
            sentences.size(),
            TscTrainer.Parameters.DEFAULTS)
        + report
        + String.format(Locale.ROOT, "mean F1m %.4f%npooled ", sum / (DevSplit.BUCKETS - 1))
        + pooled.report();
  }
}
