package com.mediaframing.cli;

import com.mediaframing.base.ConfigException;
import com.mediaframing.stories.PairwiseScore;
import com.mediaframing.stories.StorySizes;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code eval-stories --gold events.csv [--no-run] [--sweep T1,T2,...] [run options]}: runs the job
 * (or, with {@code --no-run}, reads an existing output folder) and prints the pairwise precision,
 * recall and F1 of its stories ({@code csv/story_documents.csv}) against a gold file {@code
 * doc_id,event_id}, and the story sizes over all its articles. Give the gold set mixed into a
 * larger corpus to measure linkage where date windows no longer separate the events; only the gold
 * articles' pairs count. {@code --sweep} then links the run's articles again at each threshold (one
 * encoding pass, see {@code spark/StorySweep}) and prints the same figures per threshold.
 */
final class StoryEvalCommand {
  private StoryEvalCommand() {}

  /** Splits off {@code --gold FILE} and {@code --no-run}; the rest are run options. */
  static int run(List<String> args, PrintStream out, JobRunner job, Sweeper sweeper) {
    List<String> rest = new ArrayList<>(args);
    int g = rest.indexOf("--gold");
    if (g < 0 || g + 1 >= rest.size()) {
      throw new ConfigException("eval-stories needs --gold FILE (doc_id,event_id)");
    }
    Path gold = Path.of(rest.get(g + 1));
    rest.subList(g, g + 2).clear();
    boolean noRun = rest.remove("--no-run");
    List<Double> thresholds = new ArrayList<>();
    int w = rest.indexOf("--sweep");
    if (w >= 0) {
      if (w + 1 >= rest.size()) {
        throw new ConfigException("--sweep needs thresholds, e.g. --sweep 0.40,0.45,0.50");
      }
      for (String t : rest.get(w + 1).split(",")) {
        try {
          thresholds.add(Double.parseDouble(t.strip()));
        } catch (NumberFormatException e) {
          throw new ConfigException("--sweep: '" + t + "' is not a number");
        }
      }
      rest.subList(w, w + 2).clear();
    }
    Map<String, String> events = CsvFiles.docGroups(gold, "gold file", "event_id");
    Path output = outputOf(rest);
    if (!noRun) {
      int code = job.run(rest);
      if (code != 0) {
        return code;
      }
    }
    Map<String, String> stories =
        CsvFiles.docGroups(
            output.resolve("csv").resolve("story_documents.csv"), "story table", "story_id");
    out.println("eval-stories: " + PairwiseScore.of(stories, events));
    out.println("eval-stories: " + StorySizes.of(stories, stories.size()));
    if (!thresholds.isEmpty()) {
      int m = rest.indexOf("--master");
      String master = m >= 0 && m + 1 < rest.size() ? rest.get(m + 1) : null;
      for (String line : sweeper.sweep(master, output.toString(), events, thresholds)) {
        out.println("eval-stories: " + line);
      }
    }
    return 0;
  }

  /** Links a finished run's articles again at each threshold; one line of figures each. */
  interface Sweeper {
    List<String> sweep(
        String master, String outputDir, Map<String, String> gold, List<Double> thresholds);
  }

  /** Runs the framing job with the given run options and returns its exit code. */
  interface JobRunner {
    int run(List<String> runOptions);
  }

  /** The output folder the job's options name ({@code output} when they name none). */
  static Path outputOf(List<String> jobArgs) {
    int o = jobArgs.indexOf("--output");
    return Path.of(o >= 0 && o + 1 < jobArgs.size() ? jobArgs.get(o + 1) : "output");
  }
}
