package com.mediaframing.cli;

import com.mediaframing.base.ConfigException;
import com.mediaframing.ingest.InputException;
import com.mediaframing.metrics.ClusterCoverage;
import com.mediaframing.metrics.ClusteredMean;
import com.mediaframing.spark.BlocIntervalCheck;
import com.mediaframing.spark.BlocIntervalCheck.Cell;
import com.mediaframing.spark.SparkSessions;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * {@code eval-intervals --output DIR [--draws N] [--seed N] [--min-outlets N] [--actors ID,ID]
 * [--simulate N]}: reads an existing output folder (nothing is written) and compares the job's
 * clustered bloc_actor_sentiment intervals with an outlet-cluster percentile bootstrap ({@link
 * BlocIntervalCheck}; 1,000 draws and seed 38 by default). Prints each bloc × actor cell with at
 * least {@code --min-outlets} (10) outlets, the median, minimum and maximum width ratio job /
 * bootstrap (and the same for the CR2 error with outlets − 1 degrees of freedom, for comparison),
 * and for the {@code --actors} (Trump, Clinton, Obama by default) every pair of blocs with the
 * interval of their difference. {@code --simulate N} adds, for those actors' cells, the coverage of
 * each interval over N simulated blocs with the cell's own outlet sizes ({@link ClusterCoverage}).
 */
final class IntervalEvalCommand {
  private IntervalEvalCommand() {}

  static int run(List<String> args, PrintStream out) {
    List<String> rest = new ArrayList<>(args);
    String output = take(rest, "--output", "an output folder of a run", null);
    int draws = number(take(rest, "--draws", "a number", "1000"), "--draws");
    long seed = number(take(rest, "--seed", "a number", "38"), "--seed");
    int minOutlets = number(take(rest, "--min-outlets", "a number", "10"), "--min-outlets");
    List<String> actors =
        Arrays.asList(
            take(rest, "--actors", "actor ids", "donald-trump,hillary-clinton,barack-obama")
                .split(","));
    String master = take(rest, "--master", "a Spark master", "local[2]");
    int sims = number(take(rest, "--simulate", "a number", "0"), "--simulate");
    if (!rest.isEmpty()) {
      throw new ConfigException("eval-intervals: unknown option " + rest.get(0));
    }
    if (!Files.isDirectory(Path.of(output, "parquet", "doc_actor_sentiment"))) {
      throw new InputException(
          "eval-intervals: '" + output + "' holds no parquet/doc_actor_sentiment; run the job");
    }
    SparkSession spark = SparkSessions.create(master);
    List<Cell> cells;
    try {
      cells = BlocIntervalCheck.run(spark, output, draws, seed);
    } finally {
      spark.stop();
    }
    out.printf(
        Locale.ROOT,
        "eval-intervals: %s, outlet-cluster bootstrap %d draws, seed %d; cells with >= %d"
            + " outlets%n",
        output,
        draws,
        seed,
        minOutlets);
    out.println(
        "bloc\tactor\toutlets\tarticles\tmean\tjob interval\tdf\tbootstrap interval\tratio"
            + "\tratio t(G-1)");
    List<Double> ratios = new ArrayList<>();
    List<Double> ratiosG1 = new ArrayList<>();
    for (Cell c : cells) {
      if (c.nOutlets() < minOutlets) {
        continue;
      }
      double g1 = 2 * c.tG1() / (c.bootHigh() - c.bootLow());
      ratios.add(c.ratio());
      ratiosG1.add(g1);
      out.printf(
          Locale.ROOT,
          "%s\t%s\t%d\t%d\t%+.3f\t[%+.3f, %+.3f]\t%.1f\t[%+.3f, %+.3f]\t%.2f\t%.2f%n",
          c.bloc(),
          c.actorId(),
          c.nOutlets(),
          c.nDocs(),
          c.sentiment(),
          c.ciLow(),
          c.ciHigh(),
          c.ciDf(),
          c.bootLow(),
          c.bootHigh(),
          c.ratio(),
          g1);
    }
    summary(out, "job (CR2, Bell-McCaffrey df)", ratios);
    summary(out, "CR2 with outlets - 1 df", ratiosG1);
    out.println("bloc differences (b - a), 95% interval from the clustered intervals:");
    for (String actor : actors) {
      List<Cell> mine = cells.stream().filter(c -> c.actorId().equals(actor)).toList();
      for (int i = 0; i < mine.size(); i++) {
        for (int j = i + 1; j < mine.size(); j++) {
          Cell a = mine.get(i);
          Cell b = mine.get(j);
          ClusteredMean.Difference d = ClusteredMean.difference(a.clustered(), b.clustered());
          out.printf(
              Locale.ROOT,
              "  %s: %s %+.3f (%d outlets) vs %s %+.3f (%d outlets): %+.3f [%+.3f, %+.3f] %s%n",
              actor,
              a.bloc(),
              a.sentiment(),
              a.nOutlets(),
              b.bloc(),
              b.sentiment(),
              b.nOutlets(),
              d.difference(),
              d.low(),
              d.high(),
              d.excludesZero() ? "survives" : "interval spans 0");
        }
      }
    }
    if (sims > 0) {
      out.printf(
          Locale.ROOT,
          "coverage of the true mean over %d simulated blocs with each cell's outlet sizes"
              + " (random-effects fit; bootstrap %d draws):%n",
          sims,
          draws);
      out.println(
          "bloc\tactor\toutlets\tsd between\tsd within\tjob\tCR2 t(G-1)\tbootstrap\tarticles");
      for (Cell c : cells) {
        if (!actors.contains(c.actorId()) || c.nOutlets() < minOutlets) {
          continue;
        }
        ClusterCoverage.Result r = ClusterCoverage.simulate(c.outlets(), sims, draws, seed);
        out.printf(
            Locale.ROOT,
            "%s\t%s\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f%n",
            c.bloc(),
            c.actorId(),
            c.nOutlets(),
            r.between(),
            r.within(),
            r.clustered(),
            r.outletsMinusOne(),
            r.bootstrap(),
            r.articles());
      }
    }
    return 0;
  }

  private static void summary(PrintStream out, String what, List<Double> ratios) {
    if (ratios.isEmpty()) {
      out.println("width ratio " + what + " / bootstrap: no cell");
      return;
    }
    List<Double> sorted = ratios.stream().sorted().toList();
    int n = sorted.size();
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    long inside = sorted.stream().filter(r -> r >= 0.8 && r <= 1.25).count();
    out.printf(
        Locale.ROOT,
        "width ratio %s / bootstrap over %d cells: median %.2f, min %.2f, max %.2f; %d within"
            + " 0.8-1.25%n",
        what,
        n,
        median,
        sorted.get(0),
        sorted.get(n - 1),
        inside);
  }

  private static String take(List<String> rest, String option, String what, String fallback) {
    int i = rest.indexOf(option);
    if (i < 0) {
      if (fallback == null) {
        throw new ConfigException("eval-intervals: " + option + " " + what + " is required");
      }
      return fallback;
    }
    if (i + 1 >= rest.size()) {
      throw new ConfigException("eval-intervals: " + option + " needs " + what);
    }
    String v = rest.get(i + 1);
    rest.subList(i, i + 2).clear();
    return v;
  }

  private static int number(String s, String option) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new ConfigException("eval-intervals: " + option + " '" + s + "' is not a whole number");
    }
  }
}
