package com.mediaframing.bench;

import com.mediaframing.base.ConfigException;
import com.mediaframing.base.OptionValues;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import com.mediaframing.sentiment.SentimentScorers;
import com.mediaframing.sentiment.TargetSentimentScorer;
import com.mediaframing.sentiment.train.DevSplit;
import com.mediaframing.sentiment.train.NewsMtscReader;
import com.mediaframing.sentiment.train.TscEvaluator;
import com.mediaframing.sentiment.train.TscExample;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scoring throughput of a target sentiment scorer in one thread, tagging excluded: tags a NewsMTSC
 * file once, then scores all its targets over and over, first for a warm-up, then for the measured
 * time, and prints mentions per second of wall time and per second of this thread's CPU time (the
 * per-core figure, robust when other processes share the machine). A benchmark, not a test:
 *
 * <pre>
 * java -cp target/classes:$(cat target/classpath.txt) com.mediaframing.bench.TscScoringBench \
 *     --data FILE [--split all|dev|train] [--scorer model|lexicon|sentence-tone] [--seconds 10]
 * </pre>
 */
public final class TscScoringBench {
  private static final Map<String, String> OPTIONS =
      new TreeMap<>(
          Map.of(
              "--data", "FILE  NewsMTSC-format JSON lines",
              "--split", "all|dev|train  which sentences (default dev)",
              "--scorer", "model|lexicon|sentence-tone  (default model)",
              "--seconds", "S  timed seconds (default 10, after S/2 of warm-up)"));

  private TscScoringBench() {}

  public static void main(String[] args) {
    try {
      System.out.print(run(args));
    } catch (ConfigException e) {
      System.err.println("tsc-bench: " + e.getMessage());
      System.exit(2);
    }
  }

  /** Runs the benchmark and returns the printed line. */
  public static String run(String[] args) {
    Map<String, String> values = OptionValues.parse(List.of(args), OPTIONS, "tsc-bench option");
    if (!values.containsKey("--data")) {
      throw new ConfigException(
          "usage: --data FILE [--split all|dev|train] [--scorer NAME] [--seconds S]");
    }
    Path data = Path.of(values.get("--data"));
    String split = values.getOrDefault("--split", "dev");
    String scorerName = values.getOrDefault("--scorer", "model");
    double seconds = OptionValues.positiveNumber(values, "--seconds", 10.0);
    TargetSentimentScorer scorer = SentimentScorers.create(scorerName);
    List<TscExample> examples =
        new TscEvaluator(new ArticleAnnotator(NlpModels.get()))
            .prepare(DevSplit.select(NewsMtscReader.readData(data), split)).stream()
                .filter(e -> e.span() != null)
                .toList();
    timedPasses(scorer, examples, seconds / 2);
    long[] result = timedPasses(scorer, examples, seconds);
    return String.format(
        Locale.ROOT,
        "tsc-bench: scorer %s, split %s, %d targets, %d scored in %.1f s wall, %.1f s CPU:"
            + " %.0f mentions/s wall, %.0f mentions per CPU second (checksum %d)%n",
        scorer.id(),
        split,
        examples.size(),
        result[0],
        result[1] / 1e9,
        result[3] / 1e9,
        result[0] / (result[1] / 1e9),
        result[0] / (result[3] / 1e9),
        result[2]);
  }

  /**
   * Whole passes until {@code seconds} are over: {scored, wall nanoseconds, label checksum, CPU
   * nanoseconds of this thread}.
   */
  private static long[] timedPasses(
      TargetSentimentScorer scorer, List<TscExample> examples, double seconds) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long limit = start + (long) (seconds * 1e9);
    long scored = 0;
    long checksum = 0;
    do {
      for (TscExample e : examples) {
        checksum += scorer.score(e.sentence(), e.span(), e.others(), e.further()).label().ordinal();
        scored++;
      }
    } while (System.nanoTime() < limit);
    return new long[] {
      scored, System.nanoTime() - start, checksum, threads.getCurrentThreadCpuTime() - cpuStart
    };
  }
}
