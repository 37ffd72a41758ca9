package com.mediaframing.bench;

import com.mediaframing.analysis.AnalyzedArticle;
import com.mediaframing.analysis.ArticleAnalyzer;
import com.mediaframing.base.ConfigException;
import com.mediaframing.base.OptionValues;
import com.mediaframing.config.ConfigLoader;
import com.mediaframing.config.JobConfig;
import com.mediaframing.config.RunOptions;
import com.mediaframing.ingest.RawArticle;
import com.mediaframing.nlp.OnnxSentenceEncoder;
import com.mediaframing.nlp.SentenceEncoder;
import com.mediaframing.spark.AnalysisStage;
import com.mediaframing.spark.ReadStage;
import com.mediaframing.spark.SparkSessions;
import com.mediaframing.stories.ClaimAligner;
import com.mediaframing.stories.StoryAnalyzer;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * What claim alignment costs and what a cheaper setting loses, on real stories. Takes the articles
 * of an input and the story of each article from an earlier run's {@code story_documents} table,
 * analyzes the articles of multi-bloc stories with the job's analyzer (cached to {@code --cache}
 * after the first run), then aligns every story with each setting of {@code --gates} (the lexical
 * gate of {@link ClaimAligner}) and {@code --batches} (texts per encoder call) in one thread, and
 * prints per setting: sentences encoded, encoder and total CPU time, and the same-claim pairs found
 * against those of the first setting (kept, lost, new). A benchmark, not a test:
 *
 * <pre>
 * java -Dframing.home=. -cp target/classes:$(cat target/classpath.txt) \
 *     com.mediaframing.bench.ClaimAlignmentBench --input FILE --stories story_documents.csv \
 *     --cache /tmp/claims.ser.gz [--gates 0.10,0.20] [--batches 1,8] [--stories-max 300]
 * </pre>
 */
public final class ClaimAlignmentBench {
  private static final Map<String, String> OPTIONS =
      new TreeMap<>(
          Map.of(
              "--input", "FILE  articles",
              "--stories", "FILE  story_documents.csv of an earlier run",
              "--cache", "FILE  analyzed claim sentences (written when missing)",
              "--gates", "G,G  lexical gates (first is the reference)",
              "--batches", "B,B  texts per encoder call",
              "--stories-max", "N  first N multi-bloc stories by id"));

  private ClaimAlignmentBench() {}

  public static void main(String[] args) throws Exception {
    try {
      System.out.print(run(args));
    } catch (ConfigException e) {
      System.err.println("claim-alignment-bench: " + e.getMessage());
      System.exit(2);
    }
  }

  @SuppressWarnings("unchecked")
  static String run(String[] args) throws Exception {
    Map<String, String> v = OptionValues.parse(List.of(args), OPTIONS, "claim-alignment-bench");
    Path cache = Path.of(v.get("--cache"));
    TreeMap<String, List<ClaimAligner.Input>> stories;
    if (Files.exists(cache)) {
      try (ObjectInputStream in =
          new ObjectInputStream(new GZIPInputStream(Files.newInputStream(cache)))) {
        stories = (TreeMap<String, List<ClaimAligner.Input>>) in.readObject();
      }
    } else {
      stories = analyze(v.get("--input"), Path.of(v.get("--stories")));
      try (ObjectOutputStream out =
          new ObjectOutputStream(new GZIPOutputStream(Files.newOutputStream(cache)))) {
        out.writeObject(stories);
      }
    }
    int max = OptionValues.positiveInt(v, "--stories-max", Integer.MAX_VALUE);
    List<Map.Entry<String, List<ClaimAligner.Input>>> chosen =
        new ArrayList<>(stories.entrySet()).subList(0, Math.min(max, stories.size()));
    int sentences = chosen.stream().mapToInt(e -> e.getValue().size()).sum();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "claim-alignment-bench: %d multi-bloc stories, %d claim sentences%n",
            chosen.size(),
            sentences));
    out.append(
        "| gate | batch | encoded | encoder CPU s | total CPU s | pairs | kept | lost | new |\n");
    out.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    Set<String> reference = null;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    OnnxSentenceEncoder base = OnnxSentenceEncoder.minilm();
    for (String g : v.getOrDefault("--gates", "0.10").split(",")) {
      for (String b : v.getOrDefault("--batches", "1").split(",")) {
        int batch = Integer.parseInt(b.trim());
        CountingEncoder enc =
            new CountingEncoder(batch == 1 ? base : OnnxSentenceEncoder.bundledMinilm(batch));
        long t0 = threads.getCurrentThreadCpuTime();
        Set<String> pairs = new HashSet<>();
        for (Map.Entry<String, List<ClaimAligner.Input>> e : chosen) {
          for (ClaimAligner.Claim c :
              ClaimAligner.align(e.getKey(), e.getValue(), enc, Double.parseDouble(g))) {
            List<ClaimAligner.Member> m = c.members();
            for (int i = 0; i < m.size(); i++) {
              for (int j = i + 1; j < m.size(); j++) {
                pairs.add(key(m.get(i)) + "|" + key(m.get(j)));
              }
            }
          }
        }
        double total = (threads.getCurrentThreadCpuTime() - t0) / 1e9;
        if (reference == null) {
          reference = pairs;
        }
        Set<String> kept = new HashSet<>(pairs);
        kept.retainAll(reference);
        out.append(
            String.format(
                Locale.ROOT,
                "| %s | %d | %d | %.1f | %.1f | %d | %d | %d | %d |%n",
                g,
                batch,
                enc.texts,
                enc.cpuNanos / 1e9,
                total,
                pairs.size(),
                kept.size(),
                reference.size() - kept.size(),
                pairs.size() - kept.size()));
      }
    }
    return out.toString();
  }

  private static String key(ClaimAligner.Member m) {
    return m.docId() + "/" + m.claim().getSentenceIndex();
  }

  private static TreeMap<String, List<ClaimAligner.Input>> analyze(String input, Path storyCsv)
      throws IOException {
    Map<String, String> storyOf = new HashMap<>();
    try (var parser =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(Files.newBufferedReader(storyCsv))) {
      for (CSVRecord r : parser) {
        storyOf.put(r.get("doc_id"), r.get("story_id"));
      }
    }
    Map<String, Integer> size = new HashMap<>();
    storyOf.values().forEach(s -> size.merge(s, 1, Integer::sum));
    JobConfig config =
        new ConfigLoader(new Configuration()).load(RunOptions.parse(List.of("--input", input)));
    List<RawArticle> articles;
    Map<String, long[]> repeated;
    SparkSession spark = SparkSessions.create("local[1]");
    try {
      ReadStage.Input in = ReadStage.read(spark, config);
      List<RawArticle> all = in.accepted().collectAsList();
      repeated =
          AnalysisStage.repeatedLines(
              spark.createDataset(all, Encoders.bean(RawArticle.class)), config);
      articles = new ArrayList<>();
      for (RawArticle a : all) {
        String s = storyOf.get(a.getId());
        if (s != null && size.get(s) > 1) {
          articles.add(a);
        }
      }
      in.unpersist();
    } finally {
      spark.stop();
    }
    ArticleAnalyzer analyzer = AnalysisStage.analyzerParts(config).newAnalyzer();
    Map<String, List<AnalyzedArticle>> byStory = new TreeMap<>();
    for (RawArticle a : articles) {
      AnalyzedArticle r =
          analyzer.analyze(a, ArticleAnalyzer.repeatedLines(repeated, a.getOutlet()));
      byStory.computeIfAbsent(storyOf.get(a.getId()), k -> new ArrayList<>()).add(r);
    }
    TreeMap<String, List<ClaimAligner.Input>> out = new TreeMap<>();
    byStory.forEach(
        (s, docs) -> {
          Set<String> blocs = new TreeSet<>();
          docs.forEach(d -> blocs.add(d.getBloc()));
          if (blocs.size() >= 2) {
            out.put(s, StoryAnalyzer.claimInputs(docs));
          }
        });
    return out;
  }

  /** Counts texts and this thread's CPU time in the encoder. */
  private static final class CountingEncoder implements SentenceEncoder {
    private final SentenceEncoder inner;
    long texts;
    long cpuNanos;

    CountingEncoder(SentenceEncoder inner) {
      this.inner = inner;
    }

    @Override
    public float[][] encode(List<String> batch) {
      ThreadMXBean t = ManagementFactory.getThreadMXBean();
      long t0 = t.getCurrentThreadCpuTime();
      float[][] out = inner.encode(batch);
      cpuNanos += t.getCurrentThreadCpuTime() - t0;
      texts += batch.size();
      return out;
    }

    @Override
    public int dimension() {
      return inner.dimension();
    }

    @Override
    public String modelId() {
      return inner.modelId();
    }

    @Override
    public String fingerprint() {
      return inner.fingerprint();
    }
  }
}
