package com.mediaframing.bench;

import com.mediaframing.analysis.AnalyzedArticle;
import com.mediaframing.analysis.ArticleAnalyzer;
import com.mediaframing.analysis.FactRecord;
import com.mediaframing.analysis.MentionRecord;
import com.mediaframing.analysis.TopicWeight;
import com.mediaframing.base.ConfigException;
import com.mediaframing.base.OptionValues;
import com.mediaframing.config.ConfigLoader;
import com.mediaframing.config.JobConfig;
import com.mediaframing.config.RunOptions;
import com.mediaframing.ingest.RawArticle;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.spark.AnalysisStage;
import com.mediaframing.spark.ReadStage;
import com.mediaframing.spark.SparkSessions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * Where the CPU time of the analysis stage goes, in one thread. Prepares the input with the job's
 * own code on a local[1] Spark: {@link ReadStage} (reading, validation, blocs, duplicate ids), the
 * first {@code --articles} accepted articles, and {@link AnalysisStage#repeatedLines} over them
 * with the run's thresholds (configuration as {@code run} loads it). Then, without Spark, it builds
 * the job's analyzer ({@link AnalysisStage#analyzerParts}) and
 *
 * <ol>
 *   <li>analyzes the sample (warm-up; fills the JVM's lemma cache as a long run would) and
 *       optionally writes every result as one canonical line ({@code --dump}), so two builds can be
 *       compared with {@code diff};
 *   <li>analyzes it again with {@link ArticleAnalyzer.StepTimes}, the analyzer's own step timer,
 *       for this thread's CPU time per step (the annotator reports its steps: sentences, tokens,
 *       POS tags, lemmas);
 *   <li>analyzes it once more untimed, for the end-to-end CPU time.
 * </ol>
 *
 * A benchmark, not a test; run it from the project directory:
 *
 * <pre>
 * java -Dframing.home=. -cp target/classes:$(cat target/classpath.txt) \
 *     com.mediaframing.bench.AnalysisProfile --input FILE [--articles 2000] [--dump FILE]
 * </pre>
 */
public final class AnalysisProfile {
  private static final Map<String, String> OPTIONS =
      new TreeMap<>(
          Map.of(
              "--input", "FILE  articles (.jsonl, .jsonl.gz, ...)",
              "--articles", "N  first N valid articles (default 2000)",
              "--dump", "FILE  one canonical line per analyzed article"));

  private AnalysisProfile() {}

  public static void main(String[] args) {
    try {
      System.out.print(run(args));
    } catch (ConfigException e) {
      System.err.println("analysis-profile: " + e.getMessage());
      System.exit(2);
    }
  }

  /** Runs the profile and returns the printed report. */
  public static String run(String[] args) {
    Map<String, String> values =
        OptionValues.parse(List.of(args), OPTIONS, "analysis-profile option");
    if (!values.containsKey("--input")) {
      throw new ConfigException("usage: --input FILE [--articles N] [--dump FILE]");
    }
    Path dump = values.containsKey("--dump") ? Path.of(values.get("--dump")) : null;
    int limit = OptionValues.positiveInt(values, "--articles", 2000);
    JobConfig config =
        new ConfigLoader(new Configuration())
            .load(RunOptions.parse(List.of("--input", values.get("--input"))));
    List<RawArticle> articles;
    Map<String, long[]> repeated;
    SparkSession spark = SparkSessions.create("local[1]");
    try {
      ReadStage.Input input = ReadStage.read(spark, config);
      articles = input.accepted().limit(limit).collectAsList();
      repeated =
          AnalysisStage.repeatedLines(
              spark.createDataset(articles, Encoders.bean(RawArticle.class)), config);
      input.unpersist();
    } finally {
      spark.stop();
    }

    ArticleAnalyzer analyzer = AnalysisStage.analyzerParts(config).newAnalyzer();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long warmStart = threads.getCurrentThreadCpuTime();
    List<AnalyzedArticle> results = new ArrayList<>();
    for (RawArticle a : articles) {
      results.add(analyzer.analyze(a, ArticleAnalyzer.repeatedLines(repeated, a.getOutlet())));
    }
    long warmCpu = threads.getCurrentThreadCpuTime() - warmStart;
    if (dump != null) {
      write(dump, results);
    }

    ArticleAnalyzer.StepTimes steps = new ArticleAnalyzer.StepTimes();
    long tokens = 0;
    long mentions = 0;
    for (RawArticle a : articles) {
      AnalyzedArticle r =
          analyzer.analyze(a, ArticleAnalyzer.repeatedLines(repeated, a.getOutlet()), steps);
      tokens += r.getNTokens();
      mentions += r.getMentions().size();
    }

    long endStart = threads.getCurrentThreadCpuTime();
    long checksum = 0;
    for (RawArticle a : articles) {
      checksum +=
          analyzer
              .analyze(a, ArticleAnalyzer.repeatedLines(repeated, a.getOutlet()))
              .getMentions()
              .size();
    }
    long endCpu = threads.getCurrentThreadCpuTime() - endStart;
    return report(articles.size(), tokens, mentions, steps, warmCpu, endCpu, checksum);
  }

  private static String report(
      int articles,
      long tokens,
      long mentions,
      ArticleAnalyzer.StepTimes steps,
      long warmCpu,
      long endCpu,
      long checksum) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "analysis-profile: %d articles, %d tokens, %d mentions (checksum %d)%n",
            articles,
            tokens,
            mentions,
            checksum));
    ArticleAnnotator.StepTimes st = steps.annotation;
    long annotate = steps.nanos.get("annotate");
    long glue = annotate - st.sentenceNanos - st.tokenNanos - st.tagNanos - st.lemmaNanos;
    long total = 0;
    out.append("| component | CPU s | share of analyze |\n| --- | ---: | ---: |\n");
    Map<String, Long> rows = new LinkedHashMap<>();
    for (Map.Entry<String, Long> e : steps.nanos.entrySet()) {
      if (e.getKey().equals("annotate")) {
        rows.put("sentences", st.sentenceNanos);
        rows.put("tokens", st.tokenNanos);
        rows.put("POS tags", st.tagNanos);
        rows.put("lemmas", st.lemmaNanos);
        rows.put("annotation glue (substrings, offsets; timer overhead)", glue);
      } else {
        rows.put(e.getKey(), e.getValue());
      }
    }
    for (long v : rows.values()) {
      total += v;
    }
    for (Map.Entry<String, Long> e : rows.entrySet()) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %.2f | %.1f%% |%n",
              e.getKey(),
              e.getValue() / 1e9,
              100.0 * e.getValue() / total));
    }
    out.append(String.format(Locale.ROOT, "| sum of components | %.2f | |%n", total / 1e9));
    out.append(
        String.format(
            Locale.ROOT,
            "ArticleAnalyzer end to end: %.2f s CPU warm-up pass, %.2f s CPU measured pass"
                + " (%.0f tokens per CPU second)%n",
            warmCpu / 1e9,
            endCpu / 1e9,
            tokens / (endCpu / 1e9)));
    return out.toString();
  }

  /** One canonical line per result, for comparing two builds with {@code diff}. */
  private static void write(Path file, List<AnalyzedArticle> results) {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      for (AnalyzedArticle r : results) {
        StringBuilder line = new StringBuilder();
        line.append(r.getDocId())
            .append('\t')
            .append(r.getLanguage())
            .append('\t')
            .append(r.getNSentences())
            .append('\t')
            .append(r.getNTokens())
            .append('\t')
            .append(r.getNLinesRemoved())
            .append('\t')
            .append(r.getRejectReason())
            .append('\t')
            .append(r.getRejectDetail());
        for (MentionRecord m : r.getMentions()) {
          line.append("\tM:")
              .append(m.getSentenceIndex())
              .append('|')
              .append(m.getActorId())
              .append('|')
              .append(m.getSurface())
              .append('|')
              .append(m.getStart())
              .append('|')
              .append(m.getEnd())
              .append('|')
              .append(m.getMatchKind())
              .append('|')
              .append(m.getSentiment())
              .append('|')
              .append(m.getLabel());
        }
        for (TopicWeight t : r.getTopics()) {
          line.append("\tT:").append(t.getTopicId()).append('|').append(t.getWeight());
          line.append('|').append(t.getMatches());
        }
        line.append("\tS:").append(String.join(" ", r.getStoryTerms()));
        for (FactRecord f : r.getFacts()) {
          line.append("\tF:")
              .append(f.getType())
              .append('|')
              .append(f.getFact())
              .append('|')
              .append(f.getSentences());
        }
        w.println(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
