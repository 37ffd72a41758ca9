package com.mediaframing.sentiment;

import com.mediaframing.config.ConfigException;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Scoring throughput of a target sentiment scorer in one thread, tagging excluded: tags a NewsMTSC
 * file once, then scores all its targets over and over, first for a warm-up, then for the measured
 * time, and prints mentions per second of wall time and per second of this thread's CPU time (the
 * per-core figure, robust when other processes share the machine). A benchmark, not a test:
 *
 * <pre>
 * java -cp target/classes:$(cat target/classpath.txt) com.mediaframing.sentiment.TscScoringBench \
 *     --data FILE [--split all|dev|train] [--scorer model|lexicon|sentence-tone] [--seconds 10]
 * </pre>
 */
public final class TscScoringBench {
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
    Path data = null;
    String split = "dev";
    String scorerName = "model";
    double seconds = 10;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--data" -> data = Path.of(args[i + 1]);
        case "--split" -> split = args[i + 1];
        case "--scorer" -> scorerName = args[i + 1];
        case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
        default -> throw new ConfigException("unknown option " + args[i]);
      }
    }
    if (data == null || args.length % 2 != 0) {
      throw new ConfigException(
          "usage: --data FILE [--split all|dev|train] [--scorer NAME] [--seconds S]");
    }
    TargetSentimentScorer scorer = SentimentScorers.create(scorerName);
    List<TscExample> examples =
        new TscEvaluator(new ArticleAnnotator(NlpModels.get()))
            .prepare(TscEvalMain.select(TscEvalMain.read(data), split)).stream()
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
        checksum += scorer.score(e.sentence(), e.span(), e.others()).label().ordinal();
        scored++;
      }
    } while (System.nanoTime() < limit);
    return new long[] {
      scored, System.nanoTime() - start, checksum, threads.getCurrentThreadCpuTime() - cpuStart
    };
  }
}
