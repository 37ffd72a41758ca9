package com.mediaframing.cli;

import com.mediaframing.base.ConfigException;
import com.mediaframing.sentiment.ArticleStance;
import com.mediaframing.sentiment.SentimentLabel;
import com.mediaframing.sentiment.SentimentScorers;
import com.mediaframing.sentiment.train.StanceEvaluator;
import com.mediaframing.sentiment.train.StanceEvaluator.Figure;
import com.mediaframing.sentiment.train.StanceEvaluator.Pair;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code eval-stance --gold author_feelings.csv --events events.csv [--no-run] [--calibrate]
 * [--seed N] [run options]}: runs the job (or, with {@code --no-run}, reads an existing output
 * folder) and compares article-level stance toward actors with annotated author stance ({@code
 * doc_id,actor_id,label}). The events ({@code doc_id,event_id}) are split in a calibration and a
 * held-out half ({@link StanceEvaluator#calibrationEvents}); for each rule — always neutral, the
 * mean of mentions (the rule before), the shipped rule of the run's scorer ({@link
 * SentimentScorers#stance}), and the labels the job wrote to {@code doc_actor_sentiment} — it
 * prints macro-F1 ± a bootstrap standard error over events on each half and on all, then per-class
 * precision and recall and the confusion matrix on the held-out half. {@code --calibrate}
 * calibrates a rule on the calibration half ({@link StanceEvaluator#calibrate}) and prints it with
 * its held-out figure, then the same procedure the other way round as a check. Pairs the job found
 * no mention for count as neutral.
 */
final class StanceEvalCommand {
  private StanceEvalCommand() {}

  /** Splits off the evaluation options; the rest are run options. */
  static int run(List<String> args, PrintStream out, StoryEvalCommand.JobRunner job) {
    List<String> rest = new ArrayList<>(args);
    Path gold = Path.of(take(rest, "--gold", "doc_id,actor_id,label"));
    Path events = Path.of(take(rest, "--events", "doc_id,event_id"));
    boolean noRun = rest.remove("--no-run");
    boolean calibrate = rest.remove("--calibrate");
    long seed = 18;
    if (rest.contains("--seed")) {
      String s = take(rest, "--seed", "a number");
      try {
        seed = Long.parseLong(s);
      } catch (NumberFormatException e) {
        throw new ConfigException("--seed: '" + s + "' is not a whole number");
      }
    }
    Map<String, String> eventOf = CsvFiles.docGroups(events, "events file", "event_id");
    Path output = StoryEvalCommand.outputOf(rest);
    if (!noRun) {
      int code = job.run(rest);
      if (code != 0) {
        return code;
      }
    }
    Map<String, List<ArticleStance.Mention>> mentions = new HashMap<>();
    for (CSVRecord r :
        CsvFiles.records(output.resolve("csv").resolve("mentions"), "mentions table")) {
      mentions
          .computeIfAbsent(key(r.get("doc_id"), r.get("actor_id")), k -> new ArrayList<>())
          .add(
              new ArticleStance.Mention(
                  Integer.parseInt(r.get("sentence_index")),
                  Double.parseDouble(r.get("sentiment")),
                  Boolean.parseBoolean(r.get("in_quote"))));
    }
    Map<String, SentimentLabel> table = new HashMap<>();
    for (CSVRecord r :
        CsvFiles.records(
            output.resolve("csv").resolve("doc_actor_sentiment"), "doc_actor_sentiment")) {
      table.put(key(r.get("doc_id"), r.get("actor_id")), SentimentLabel.ofId(r.get("label")));
    }
    List<Pair> pairs = new ArrayList<>();
    for (CSVRecord r : CsvFiles.records(gold, "gold file")) {
      String doc = r.get("doc_id");
      String event = eventOf.get(doc);
      if (event == null) {
        throw new ConfigException("gold article " + doc + " has no event in " + events);
      }
      pairs.add(
          new Pair(
              doc,
              r.get("actor_id"),
              event,
              SentimentLabel.ofId(r.get("label")),
              mentions.getOrDefault(key(doc, r.get("actor_id")), List.of())));
    }
    String scorer = scorer(output);
    StanceEvaluator eval = new StanceEvaluator(pairs, seed);
    print(out, eval, table, SentimentScorers.stance(scorer), scorer, calibrate);
    return 0;
  }

  private static void print(
      PrintStream out,
      StanceEvaluator eval,
      Map<String, SentimentLabel> table,
      ArticleStance shipped,
      String scorer,
      boolean calibrate) {
    List<Pair> cal = eval.part(true);
    List<Pair> held = eval.part(false);
    long found = eval.all().stream().filter(p -> !p.mentions().isEmpty()).count();
    out.printf(
        Locale.ROOT,
        "eval-stance: scorer %s; %d pairs, %d with a mention; calibration %d pairs in %d"
            + " events, held-out %d in %d events (bootstrap over events, %d resamples)%n",
        scorer,
        eval.all().size(),
        found,
        cal.size(),
        events(cal),
        held.size(),
        events(held),
        StanceEvaluator.BOOTSTRAP);
    Map<String, Function<Pair, SentimentLabel>> rules = new LinkedHashMap<>();
    rules.put("always neutral", p -> SentimentLabel.NEUTRAL);
    rules.put("before: mean of mentions, band 0.05", StanceEvaluator::meanRule);
    rules.put("shipped: " + shipped.describe(), p -> StanceEvaluator.label(shipped, p));
    rules.put(
        "job table doc_actor_sentiment.label",
        p -> table.getOrDefault(key(p.docId(), p.actorId()), SentimentLabel.NEUTRAL));
    out.printf(
        Locale.ROOT, "eval-stance: %-24s %-24s %-24s rule%n", "calibration", "HELD-OUT", "all");
    for (Map.Entry<String, Function<Pair, SentimentLabel>> r : rules.entrySet()) {
      out.printf(
          Locale.ROOT,
          "eval-stance: %-24s %-24s %-24s %s%n",
          cell(eval.figure(cal, r.getValue())),
          cell(eval.figure(held, r.getValue())),
          cell(eval.figure(eval.all(), r.getValue())),
          r.getKey());
    }
    out.println("eval-stance: held-out, shipped rule:");
    String detail = StanceEvaluator.evaluate(held, p -> StanceEvaluator.label(shipped, p)).report();
    for (String line : detail.split("\\R")) {
      out.println("eval-stance:   " + line);
    }
    if (calibrate) {
      for (boolean onCalibration : new boolean[] {true, false}) {
        StanceEvaluator.Calibrated best =
            eval.calibrate(
                onCalibration, List.of(0.0, 0.25, 0.5, 1.0), List.of(0, 1, 2), List.of(2.0));
        ArticleStance rule = best.rule();
        List<Pair> test = eval.part(!onCalibration);
        out.printf(
            Locale.ROOT,
            "eval-stance: %s (bands matched to the class shares, best of %d weightings on the %s events): %s%n"
                + "eval-stance:   on them %.3f, on the other half %s%n",
            onCalibration ? "calibrated" : "swap check, calibrated the other way round",
            best.rulesTried(),
            onCalibration ? "calibration" : "held-out",
            rule.describe(),
            best.calibrationF1(),
            cell(eval.figure(test, p -> StanceEvaluator.label(rule, p))));
      }
    }
  }

  /** The run's scorer id from its manifest (the last row), or null when there is none. */
  private static String scorer(Path output) {
    Path manifest = output.resolve("csv").resolve("run_manifest");
    if (!Files.exists(manifest)) {
      return null;
    }
    List<CSVRecord> rows = CsvFiles.records(manifest, "run manifest");
    return rows.isEmpty() ? null : rows.get(rows.size() - 1).get("sentiment_scorer");
  }

  private static String cell(Figure f) {
    return String.format(
        Locale.ROOT,
        "%.3f ± %.3f (n=%d)",
        f.evaluation().macroF1(),
        f.standardError(),
        f.evaluation().total());
  }

  private static long events(List<Pair> part) {
    return part.stream().map(Pair::eventId).distinct().count();
  }

  private static String key(String doc, String actor) {
    return doc + "\t" + actor;
  }

  private static String take(List<String> rest, String option, String what) {
    int i = rest.indexOf(option);
    if (i < 0 || i + 1 >= rest.size()) {
      throw new ConfigException("eval-stance needs " + option + " FILE (" + what + ")");
    }
    String value = rest.get(i + 1);
    rest.subList(i, i + 2).clear();
    return value;
  }
}
