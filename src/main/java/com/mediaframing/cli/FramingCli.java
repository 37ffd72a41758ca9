package com.mediaframing.cli;

import com.mediaframing.base.ConfigException;
import com.mediaframing.base.OptionValues;
import com.mediaframing.config.ConfigLoader;
import com.mediaframing.config.JobConfig;
import com.mediaframing.config.RunOptions;
import com.mediaframing.ingest.ArticleSource;
import com.mediaframing.ingest.InputException;
import com.mediaframing.nlp.BundledEncoder;
import com.mediaframing.output.DataDictionary;
import com.mediaframing.output.FramingDatabase;
import com.mediaframing.output.NioLocalFileSystem;
import com.mediaframing.output.OutputLock;
import com.mediaframing.output.WarehouseExport;
import com.mediaframing.sentiment.SentimentScorers;
import com.mediaframing.spark.FramingJob;
import com.mediaframing.spark.InputCheck;
import com.mediaframing.spark.ProgressReporter;
import com.mediaframing.spark.PruneVectors;
import com.mediaframing.spark.RunSummary;
import com.mediaframing.spark.SparkSessions;
import com.mediaframing.spark.StorySweep;
import com.mediaframing.spark.WordClusterTraining;
import com.mediaframing.stories.StoryOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;

/**
 * The command line: {@code run} (the framing job), {@code bench} (the job on a corpus with timing
 * and memory figures), {@code eval-stance} (article-level stance against annotated author stance),
 * {@code eval-intervals} (the bloc intervals against an outlet-cluster bootstrap), {@code
 * eval-tsc}, {@code train-tsc} and {@code cv-tsc} (target sentiment evaluation, training and cross
 * validation), {@code train-clusters} (the word cluster table of the target sentiment model),
 * {@code sample-actors} and {@code sample-claims} (fixed-seed samples to read by hand), {@code
 * dictionary} and {@code help}. Exit codes: 0 success, 1 internal error, 2 bad arguments or
 * configuration, 3 input unreadable, 4 output folder locked by another run. User errors print one
 * line; set {@code FRAMING_DEBUG=1} for the stack trace.
 */
public final class FramingCli {
  public static final int OK = 0;
  public static final int INTERNAL_ERROR = 1;
  public static final int BAD_CONFIG = 2;
  public static final int BAD_INPUT = 3;
  public static final int OUTPUT_LOCKED = 4;

  private FramingCli() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs a command and returns its exit code; never calls System.exit. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    String command = rest.isEmpty() ? "run" : rest.remove(0);
    try {
      return switch (command) {
        case "run" -> runJob(RunOptions.parse(rest), out, false);
        case "bench" -> runJob(benchOptions(rest), out, true);
        case "validate" -> validate(RunOptions.parse(rest), out);
        case "eval-stories" ->
            StoryEvalCommand.run(
                rest, out, r -> runJob(RunOptions.parse(r), out, false), StorySweep::run);
        case "eval-stance" ->
            StanceEvalCommand.run(rest, out, r -> runJob(RunOptions.parse(r), out, false));
        case "sample-actors" -> ActorSampleCommand.run(rest, out);
        case "sample-claims" -> ClaimSampleCommand.run(rest, out);
        case "eval-intervals" -> IntervalEvalCommand.run(rest, out);
        case "eval-tsc" -> {
          out.print(TscEvalMain.run(rest.toArray(String[]::new)));
          yield OK;
        }
        case "eval-quotes" -> {
          out.print(QuoteEvalMain.run(rest.toArray(String[]::new)));
          yield OK;
        }
        case "train-tsc" -> {
          out.print(TscTrainMain.run(rest.toArray(String[]::new)));
          yield OK;
        }
        case "cv-tsc" -> {
          out.print(TscCrossValidationMain.run(rest.toArray(String[]::new)));
          yield OK;
        }
        case "train-clusters" -> {
          out.print(WordClusterTraining.run(rest));
          yield OK;
        }
        case "dictionary" -> {
          Path path = Path.of(rest.isEmpty() ? "docs/tables.md" : rest.get(0));
          writeDictionary(path);
          out.println("framing: wrote " + path);
          if (rest.isEmpty()) {
            writeReadmeTables(Path.of("README.md"));
            out.println("framing: wrote the table list of README.md");
          }
          yield OK;
        }
        case "export" -> export(ExportOptions.parse(rest), System.getenv(), out);
        case "prune-vectors" -> pruneVectors(rest, out);
        case "help", "--help", "-h" -> {
          usage(out);
          yield OK;
        }
        default ->
            throw new ConfigException(
                "unknown command '"
                    + command
                    + "'; commands are run, bench, validate, eval-stories, eval-stance, eval-intervals, eval-tsc,"
                    + " eval-quotes, sample-actors, sample-claims, train-tsc, cv-tsc, train-clusters, dictionary, export,"
                    + " prune-vectors, help");
      };
    } catch (ConfigException e) {
      err.println("framing: " + e.getMessage());
      debug(e, err);
      return BAD_CONFIG;
    } catch (OutputLock.OutputLockedException e) {
      err.println("framing: " + e.getMessage());
      return OUTPUT_LOCKED;
    } catch (WarehouseExport.ExportException e) {
      err.println("framing: " + e.getMessage());
      return BAD_CONFIG;
    } catch (InputException e) {
      err.println("framing: " + e.getMessage());
      debug(e, err);
      return BAD_INPUT;
    } catch (RuntimeException e) {
      err.println("framing: failed: " + oneLine(e) + " (set FRAMING_DEBUG=1 for the stack trace)");
      debug(e, err);
      return INTERNAL_ERROR;
    }
  }

  /** {@code prune-vectors [--output DIR] [--encoder NAME] [--master URL]}. */
  private static int pruneVectors(List<String> args, PrintStream out) {
    Map<String, String> v =
        OptionValues.parse(
            args, Map.of("--output", "DIR", "--encoder", "NAME", "--master", "URL"), "option");
    String encoder = v.getOrDefault("--encoder", StoryOptions.DEFAULT_ENCODER);
    try {
      BundledEncoder.of(encoder);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("--encoder: " + e.getMessage());
    }
    out.println(
        PruneVectors.run(
            v.get("--master"), v.getOrDefault("--output", RunOptions.DEFAULT_OUTPUT), encoder));
    return OK;
  }

  /** {@code bench} defaults: local[2], output in a scratch folder. */
  private static RunOptions benchOptions(List<String> args) {
    List<String> a = new ArrayList<>(args);
    if (!a.contains("--master") && a.stream().noneMatch(s -> s.startsWith("--master="))) {
      a.add("--master");
      a.add("local[2]");
    }
    if (!a.contains("--output") && a.stream().noneMatch(s -> s.startsWith("--output="))) {
      a.add("--output");
      a.add(System.getProperty("java.io.tmpdir") + "/framing-bench");
    }
    return RunOptions.parse(a);
  }

  private static int runJob(RunOptions options, PrintStream out, boolean bench) {
    long t0 = System.nanoTime();
    // Configuration and input are checked before Spark starts, so mistakes fail in a second.
    Configuration hadoop = NioLocalFileSystem.use(new Configuration());
    JobConfig config = new ConfigLoader(hadoop).load(options);
    ArticleSource.detect(config.input(), hadoop);
    SparkSession spark = SparkSessions.create(options.master());
    try {
      out.printf(
          "framing: %s -> %s (master %s, scorer %s, actors %s, topics %s)%n",
          config.input(),
          config.output(),
          spark.sparkContext().master(),
          config.sentimentScorer(),
          config.dictionaries().actorsSource(),
          config.dictionaries().topicsSource());
      RunSummary s = new FramingJob(spark, config).run();
      double wall = (System.nanoTime() - t0) / 1e9;
      out.printf(
          "framing: run date %s (%s): read %d records: %d processed, %d rejected, %d unchanged"
              + " (incremental); %d analyzed, %d tokens, %d actor mentions; %.1f s%n",
          s.runDate(),
          config.incremental() ? "incremental" : "full",
          s.nInput(),
          s.nProcessed(),
          s.nRejected(),
          s.nUnchanged(),
          s.nAnalyzed(),
          s.nTokens(),
          s.nMentions(),
          wall);
      out.println(ProgressReporter.summary(ProgressReporter.formatFromEnvironment(), s));
      out.printf(
          "framing: tables in %s/parquet and %s/csv%s%n",
          config.output(),
          config.output(),
          FramingDatabase.localDir(config.output()).isPresent()
              ? ", BI database " + config.output() + "/" + FramingDatabase.FILE_NAME
              : "");
      if (bench) {
        long rss = SparkSessions.peakRssBytes();
        out.printf(
            Locale.ROOT,
            "bench: documents %d, tokens %d, wall %.1f s, %.1f documents/s, %.0f tokens/s, peak RSS %.2f GiB%n",
            s.nAnalyzed(),
            s.nTokens(),
            wall,
            s.nAnalyzed() / wall,
            s.nTokens() / wall,
            rss / (double) (1L << 30));
      }
      return OK;
    } finally {
      spark.stop();
    }
  }

  /** Checks configuration and input records without running the job; exit 0 when readable. */
  private static int validate(RunOptions options, PrintStream out) {
    Configuration hadoop = NioLocalFileSystem.use(new Configuration());
    JobConfig config = new ConfigLoader(hadoop).load(options);
    ArticleSource.Format format = ArticleSource.detect(config.input(), hadoop);
    out.printf(
        "framing: configuration ok (%d actors, %d topics, %d outlets, %d boilerplate rules; %s)%n",
        config.dictionaries().actors().size(),
        config.dictionaries().topics().topics().size(),
        config.dictionaries().outlets().size(),
        config.dictionaries().boilerplate().size(),
        config.fingerprint());
    SparkSession spark = SparkSessions.create(options.master());
    try {
      InputCheck.Result r = InputCheck.run(spark, config);
      out.printf(
          "framing: input %s (%s): %d records, %d would be processed, %d rejected%n",
          config.input(),
          format.name().toLowerCase(Locale.ROOT),
          r.nInput(),
          r.nAccepted(),
          r.nInput() - r.nAccepted());
      r.rejectedByReason().forEach((k, v) -> out.printf("  %-22s %d%n", k, v));
      return OK;
    } finally {
      spark.stop();
    }
  }

  /** {@code export}: the run's tables into a JDBC database; the password comes from the env. */
  static int export(ExportOptions options, Map<String, String> env, PrintStream out) {
    Path dir = Path.of(options.output());
    if (!Files.isDirectory(dir)) {
      throw new InputException(
          "export: output folder '" + dir + "' does not exist; run the job first");
    }
    WarehouseExport.Target target =
        new WarehouseExport.Target(options.jdbcUrl(), options.user(), options.password(env));
    WarehouseExport.Result r = WarehouseExport.export(dir, target, options.runDate());
    long total = r.rows().values().stream().mapToLong(Long::longValue).sum();
    out.printf(
        "framing: exported %d rows in %d tables to %s for run_date %s%n",
        total, r.rows().size(), target, r.runDate());
    r.rows().forEach((t, n) -> out.printf("  %-24s %d%n", t, n));
    return OK;
  }

  private static void writeDictionary(Path path) {
    try {
      Files.createDirectories(path.toAbsolutePath().getParent());
      Files.writeString(path, DataDictionary.markdown(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  private static void writeReadmeTables(Path readme) {
    try {
      String text = Files.readString(readme, StandardCharsets.UTF_8);
      Files.writeString(readme, DataDictionary.withReadmeTables(text), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException("cannot rewrite " + readme + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage(), e);
    }
  }

  private static void usage(PrintStream out) {
    out.println("usage: bin/framing <command> [options]");
    out.println("  run    the framing job (defaults: --input seeds --output output)");
    out.println(
        "  bench  the job with local[2] and a scratch output; prints documents/s, tokens/s, peak memory");
    out.println(
        "  eval-stories --gold events.csv [--no-run] [--sweep T1,T2] [run options]  pairwise P/R/F1"
            + " and sizes of the stories");
    out.println(
        "  eval-stance --gold author_feelings.csv --events events.csv [--no-run] [--calibrate]"
            + " [run options]");
    out.println(
        "         article-level stance (doc_actor_sentiment) against annotated author stance:"
            + " macro-F1 on a calibration and a held-out half of the events");
    out.println(
        "  eval-intervals --output DIR [--draws 1000] [--seed 38] [--min-outlets 10] [--actors ID,ID]"
            + " [--simulate N]");
    out.println(
        "         bloc_actor_sentiment's outlet-clustered intervals against an outlet-cluster"
            + " bootstrap");
    out.println(
        "  sample-actors --input FILE --actors-ids ID,ID --out FILE [--per-bloc K] [--seed N]"
            + " [--actors CSV]");
    out.println(
        "         a fixed-seed sample of K articles per actor and bloc, to compare scorers by bloc");
    out.println("  sample-claims --output DIR [--n 40] [--seed 38] [--min-blocs 2]");
    out.println(
        "         a run's cross-bloc claims counted, and a fixed-seed draw of them printed for"
            + " reading by hand");
    out.println(
        "  eval-tsc --data FILE [--split all|dev|train] [--scorer "
            + SentimentScorers.usage()
            + "]");
    out.println(
        "         [--model M] [--predictions OUT]  target-dependent sentiment scores (F1m, accuracy, per class)");
    out.println("         on a NewsMTSC file; default scorer: the model bundled in the jar");
    out.println("  eval-quotes --data FILE [--actors CSV] [--errors OUT]");
    out.println(
        "         direct-quote P/R/F1, speaker accuracy and attribution recall on PolNeAR JSONL");
    out.println(
        "  train-tsc --data FILE --model OUT [--split all|train] [--scorer model|encoder] [--threads N]");
    out.println("         train the target sentiment model on a NewsMTSC file (reproducible)");
    out.println(
        "  cv-tsc --data FILE [--train-buckets K] [--scorer model|encoder] [--threads N]"
            + " [--encoders ID,ID] [--blocks 4|5]");
    out.println("         cross validation of the model over the train part (hash buckets 1-9);");
    out.println("         --scorer encoder: dev and the nine folds of the encoder model");
    out.println(
        "  train-clusters --corpus FILE --out FILE [--vectors FILE] [--limit N] [--master M]");
    out.println(
        "         word clusters (Word2Vec + k-means) and word vectors for the target sentiment model");
    out.println(
        "  dictionary [FILE]  write the data dictionary (default docs/tables.md, and the table list"
            + " of README.md)");
    out.println(
        "  export --jdbc-url URL [--output DIR] [--user U --password-env VAR] [--run-date D]");
    out.println(
        "  prune-vectors [--output DIR] [--encoder NAME]  keep only the stored vectors of leads and");
    out.println(
        "         claim sentences of current articles; drop other encoders' (DIR/_state/vectors)");
    out.println(
        "         load a run's tables into a JDBC database (PostgreSQL), replacing that run date");
    out.println("  help   this text");
    out.println("options of run and bench:");
    RunOptions.OPTIONS.forEach((k, v) -> out.printf("  %-26s %s%n", k, v));
    out.println(
        "exit codes: 0 ok, 1 internal error, 2 bad arguments or configuration, 3 input unreadable,"
            + " 4 output folder locked by another run");
  }

  private static String oneLine(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getMessage() == null) {
      t = t.getCause();
    }
    String m = t.getClass().getSimpleName() + ": " + t.getMessage();
    int nl = m.indexOf('\n');
    return nl > 0 ? m.substring(0, nl) : m;
  }

  private static void debug(Throwable e, PrintStream err) {
    if (System.getenv("FRAMING_DEBUG") != null) {
      e.printStackTrace(err);
    }
  }
}
