package com.mediaframing.analysis;

import com.mediaframing.actors.ActorMatcher;
import com.mediaframing.actors.ActorMention;
import com.mediaframing.clean.BoilerplateCleaner;
import com.mediaframing.clean.CleanedText;
import com.mediaframing.clean.LineFingerprint;
import com.mediaframing.config.ConfigException;
import com.mediaframing.config.ConfigLoader;
import com.mediaframing.config.JobConfig;
import com.mediaframing.config.OptionValues;
import com.mediaframing.config.RunOptions;
import com.mediaframing.ingest.ArticleValidator;
import com.mediaframing.ingest.JsonArticleParser;
import com.mediaframing.ingest.RawArticle;
import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import com.mediaframing.nlp.TextSpan;
import com.mediaframing.sentiment.SentimentScorers;
import com.mediaframing.sentiment.TargetSentimentScorer;
import com.mediaframing.stories.FactExtractor;
import com.mediaframing.stories.StoryTerms;
import com.mediaframing.topics.TopicScorer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;

/**
 * Where the CPU time of the analysis stage goes, in one thread and without Spark: reads the first
 * valid articles of a JSON-lines file (plain or gzip), builds the same objects the Spark stage
 * builds per partition (configuration as {@code run} loads it, repeated lines counted over the
 * sample with the run's thresholds), then
 *
 * <ol>
 *   <li>analyzes the sample with {@link ArticleAnalyzer} (warm-up; fills the JVM's lemma cache as a
 *       long run would) and optionally writes every result as one canonical line ({@code --dump}),
 *       so two builds can be compared with {@code diff};
 *   <li>runs the analyzer's steps one by one on every article and adds up this thread's CPU time
 *       per component; the annotator reports its own steps (sentences, tokens, POS tags, lemmas);
 *   <li>analyzes the sample once more with {@link ArticleAnalyzer}, for the end-to-end CPU time.
 * </ol>
 *
 * A benchmark, not a test; run it from the project directory:
 *
 * <pre>
 * java -Dframing.home=. -cp target/classes:$(cat target/classpath.txt) \
 *     com.mediaframing.analysis.AnalysisProfile --input FILE [--articles 2000] [--dump FILE]
 * </pre>
 */
public final class AnalysisProfile {
  private static final LongPredicate NONE = fp -> false;

  private static final Map<String, String> OPTIONS =
      new java.util.TreeMap<>(
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
    Path input = Path.of(values.get("--input"));
    Path dump = values.containsKey("--dump") ? Path.of(values.get("--dump")) : null;
    int limit = OptionValues.positiveInt(values, "--articles", 2000);
    JobConfig config = new ConfigLoader(new Configuration()).load(RunOptions.parse(List.of()));
    List<RawArticle> articles = read(input, limit, config);
    Map<String, long[]> repeated =
        repeatedLines(articles, config.repeatedLineMinDocs(), config.repeatedLineMinShare());

    BoilerplateCleaner cleaner = new BoilerplateCleaner(config.dictionaries().boilerplate());
    ActorMatcher actors = new ActorMatcher(config.dictionaries().actors());
    TopicScorer topics = new TopicScorer(config.dictionaries().topics());
    TargetSentimentScorer scorer = SentimentScorers.create(config.sentimentScorer());
    ArticleAnnotator annotator = new ArticleAnnotator(NlpModels.get());
    ArticleAnalyzer analyzer =
        new ArticleAnalyzer(annotator, cleaner, actors, scorer, topics, config.languages());

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long warmStart = threads.getCurrentThreadCpuTime();
    List<AnalyzedArticle> results = new ArrayList<>();
    for (RawArticle a : articles) {
      results.add(analyzer.analyze(a, predicate(repeated, a)));
    }
    long warmCpu = threads.getCurrentThreadCpuTime() - warmStart;
    if (dump != null) {
      write(dump, results);
    }

    Components c =
        new Components(annotator, cleaner, actors, scorer, topics, config.dictionaries().actors());
    for (RawArticle a : articles) {
      c.analyze(a, predicate(repeated, a));
    }

    long endStart = threads.getCurrentThreadCpuTime();
    long checksum = 0;
    for (RawArticle a : articles) {
      checksum += analyzer.analyze(a, predicate(repeated, a)).getMentions().size();
    }
    long endCpu = threads.getCurrentThreadCpuTime() - endStart;
    return report(articles.size(), c, warmCpu, endCpu, checksum);
  }

  private static LongPredicate predicate(Map<String, long[]> repeated, RawArticle a) {
    long[] fps = repeated.get(a.getOutlet());
    return fps == null ? NONE : fp -> Arrays.binarySearch(fps, fp) >= 0;
  }

  /** The first {@code limit} articles that pass validation, with distinct ids. */
  static List<RawArticle> read(Path input, int limit, JobConfig config) {
    ArticleValidator validator = config.validator();
    JsonArticleParser parser = new JsonArticleParser();
    List<RawArticle> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (InputStream raw = Files.newInputStream(input);
        InputStream in =
            input.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      long record = 0;
      for (String line = lines.readLine();
          line != null && out.size() < limit;
          line = lines.readLine()) {
        RawArticle a = parser.parse(input.toString(), record++, line);
        if (validator.check(a).isPresent() || !ids.add(a.getId())) {
          continue;
        }
        a.setBloc(config.dictionaries().outlets().blocOf(a.getOutlet(), a.getBloc()));
        out.add(a);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + input, e);
    }
    return out;
  }

  /** The per-outlet repeated lines of the sample, by the rule the Spark stage applies. */
  static Map<String, long[]> repeatedLines(List<RawArticle> articles, int minDocs, double share) {
    Map<String, Map<Long, Integer>> counts = new HashMap<>();
    Map<String, Integer> docs = new HashMap<>();
    for (RawArticle a : articles) {
      docs.merge(a.getOutlet(), 1, Integer::sum);
      Map<Long, Integer> outlet = counts.computeIfAbsent(a.getOutlet(), k -> new HashMap<>());
      for (long fp : LineFingerprint.distinctCandidates(a.getText())) {
        outlet.merge(fp, 1, Integer::sum);
      }
    }
    Map<String, long[]> out = new HashMap<>();
    counts.forEach(
        (outlet, fps) -> {
          long[] kept =
              fps.entrySet().stream()
                  .filter(e -> e.getValue() >= minDocs && e.getValue() >= docs.get(outlet) * share)
                  .mapToLong(Map.Entry::getKey)
                  .sorted()
                  .toArray();
          if (kept.length > 0) {
            out.put(outlet, kept);
          }
        });
    return out;
  }

  /** {@link ArticleAnalyzer#analyze}'s steps, each timed on its own. */
  private static final class Components {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final ArticleAnnotator annotator;
    private final BoilerplateCleaner cleaner;
    private final ActorMatcher actors;
    private final TargetSentimentScorer scorer;
    private final TopicScorer topics;
    private final FactExtractor facts;
    private final ArticleAnnotator.StepTimes steps = new ArticleAnnotator.StepTimes();
    long tokens;
    long mentions;
    private long mark;

    Components(
        ArticleAnnotator annotator,
        BoilerplateCleaner cleaner,
        ActorMatcher actors,
        TargetSentimentScorer scorer,
        TopicScorer topics,
        com.mediaframing.actors.ActorDictionary dictionary) {
      this.annotator = annotator;
      this.cleaner = cleaner;
      this.actors = actors;
      this.scorer = scorer;
      this.topics = topics;
      this.facts = new FactExtractor(dictionary);
      for (String name :
          List.of(
              "clean",
              "language",
              "annotate",
              "title annotate",
              "actors",
              "sentiment",
              "story terms",
              "facts",
              "topics")) {
        nanos.put(name, 0L);
      }
    }

    private void start() {
      mark = threads.getCurrentThreadCpuTime();
    }

    private void stop(String component) {
      long now = threads.getCurrentThreadCpuTime();
      nanos.merge(component, now - mark, Long::sum);
      mark = now;
    }

    void analyze(RawArticle a, LongPredicate repeatedLine) {
      String text = a.getText();
      start();
      CleanedText cleaned = cleaner.clean(text, repeatedLine);
      stop("clean");
      List<TextSpan> kept = cleaned.kept();
      if (kept.isEmpty()) {
        return;
      }
      if (a.getLanguage() == null) {
        annotator.detectLanguages(
            text.substring(kept.get(0).start(), kept.get(kept.size() - 1).end()));
        stop("language");
      }
      List<AnnotatedSentence> sentences = annotator.annotate(text, kept, steps);
      stop("annotate");
      for (AnnotatedSentence s : sentences) {
        tokens += s.size();
      }
      List<ActorMention> found = actors.find(text, sentences, LocalDate.parse(a.getPublished()));
      stop("actors");
      mentions += found.size();
      for (ActorMention m : found) {
        ArticleAnalyzer.scoreMention(scorer, sentences, found, m);
      }
      stop("sentiment");
      List<AnnotatedSentence> title =
          a.getTitle() == null || a.getTitle().isBlank()
              ? List.of()
              : annotator.annotate(a.getTitle());
      stop("title annotate");
      StoryTerms.of(title, sentences);
      stop("story terms");
      facts.extract(sentences, found);
      stop("facts");
      topics.score(sentences);
      stop("topics");
    }
  }

  private static String report(
      int articles, Components c, long warmCpu, long endCpu, long checksum) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "analysis-profile: %d articles, %d tokens, %d mentions (checksum %d)%n",
            articles,
            c.tokens,
            c.mentions,
            checksum));
    long annotate = c.nanos.get("annotate");
    ArticleAnnotator.StepTimes st = c.steps;
    long glue = annotate - st.sentenceNanos - st.tokenNanos - st.tagNanos - st.lemmaNanos;
    long total = 0;
    out.append("| component | CPU s | share of analyze |\n| --- | ---: | ---: |\n");
    Map<String, Long> rows = new LinkedHashMap<>();
    for (Map.Entry<String, Long> e : c.nanos.entrySet()) {
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
            c.tokens / (endCpu / 1e9)));
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
