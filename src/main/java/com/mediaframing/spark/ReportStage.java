package com.mediaframing.spark;

import static org.apache.spark.sql.functions.col;

import com.mediaframing.analysis.AnalyzedArticle;
import com.mediaframing.analysis.QuoteRows;
import com.mediaframing.analysis.SentenceRecord;
import com.mediaframing.output.EvidenceHtml;
import com.mediaframing.output.ReportData;
import com.mediaframing.output.SvgCharts;
import com.mediaframing.stories.StoryReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Collects what the HTML report shows from the tables, keeping it small: the {@link
 * #HEATMAP_OUTLETS} outlets and {@link #HEATMAP_ACTORS} actors with most article-actor pairs, and
 * the stories with two or more articles ranked by number of blocs, then articles, then id, up to
 * the configured number of pages; each bloc's top speakers by share of voice; the quotes of the
 * page stories; and the text of every sentence those pages cite as evidence.
 */
final class ReportStage {
  static final int HEATMAP_OUTLETS = 20;
  static final int HEATMAP_ACTORS = 15;

  /**
   * The columns of a page story's articles the report reads (the cited sentences and the quotes);
   * {@code storyArticles} may leave the other nullable ones null.
   */
  static final List<String> READS =
      List.of("docId", "storyId", "bloc", "outlet", "sentences", "quotes");

  private ReportStage() {}

  /**
   * The stories the report gives a page ({@code ids}, best first: those of two articles or more,
   * ranked by number of blocs, then articles, then id, up to the configured number), with the
   * numbers of stories and of stories of two articles or more. Known from the articles' story ids
   * alone, before any story is analyzed: only the page stories keep their serialized report ({@link
   * StoryRows#report}).
   */
  record Pages(List<String> ids, long nStories, long nMulti) {}

  /** The {@link Pages} of {@code withStories}, at most {@code maxStories} of them. */
  static Pages pageStories(Dataset<AnalyzedArticle> withStories, int maxStories) {
    // one small collect (a story id and two counts each), ranked in plain Java
    List<Row> stories =
        withStories
            .groupBy("storyId")
            .agg(
                functions.count(functions.lit(1)).as("n_docs"),
                functions.countDistinct(col("bloc")).as("n_blocs"))
            .collectAsList();
    List<Row> multi = stories.stream().filter(r -> count(r, 1) >= 2).toList();
    List<String> ids =
        multi.stream()
            .sorted(
                Comparator.comparingLong((Row r) -> -count(r, 2))
                    .thenComparingLong(r -> -count(r, 1))
                    .thenComparing(r -> r.getString(0), NULLS_FIRST))
            .limit(maxStories)
            .map(r -> r.getString(0))
            .toList();
    return new Pages(ids, stories.size(), multi.size());
  }

  /** What the report shows, with {@code pages} ({@link #pageStories}). */
  static ReportData collect(
      String input,
      long nDocs,
      Dataset<Row> reports,
      Dataset<Row> outletActor,
      Dataset<Row> outletTopics,
      Dataset<Row> blocTopics,
      Pages pageStories,
      Map<String, String> actorNames,
      java.util.function.Function<List<String>, Dataset<AnalyzedArticle>> storyArticles,
      Map<String, String> topicLabels,
      Dataset<Row> blocVoice) {
    // Few, small collects, selected in plain Java: each Spark action costs a job, which a small
    // run feels. The outlet-actor pairs are a small table even on a large corpus.
    List<String> ids = pageStories.ids();
    long nStories = pageStories.nStories();
    long nMulti = pageStories.nMulti();
    // the articles of the page stories, full (their sentences and quotes): few
    Dataset<AnalyzedArticle> articles =
        storyArticles.apply(ids).persist(CacheLevel.of(reports.sparkSession()));
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      rank.put(ids.get(i), i);
    }
    List<StoryReport> pages = new ArrayList<>();
    if (!ids.isEmpty()) {
      for (Row r :
          reports
              .filter(col("story_id").isin(ids.toArray()))
              .select(StoryRows.REPORT)
              .collectAsList()) {
        pages.add(StoryRows.report(r));
      }
    }
    pages.sort(Comparator.comparing(r -> rank.get(r.summary().storyId())));

    List<Row> pairs =
        outletActor.select("outlet", "actor_id", "sentiment", "n_docs").collectAsList();
    List<String> outlets = top(pairs, 0, HEATMAP_OUTLETS);
    List<String> actors = top(pairs, 1, HEATMAP_ACTORS);
    Set<String> heatOutlets = new HashSet<>(outlets);
    Set<String> heatActors = new HashSet<>(actors);
    List<SvgCharts.Cell> cells = new ArrayList<>();
    Set<String> allOutlets = new HashSet<>();
    Set<String> allActors = new HashSet<>();
    for (Row r : pairs) {
      allOutlets.add(r.getString(0));
      allActors.add(r.getString(1));
      if (heatOutlets.contains(r.getString(0)) && heatActors.contains(r.getString(1))) {
        cells.add(
            new SvgCharts.Cell(
                r.getString(0),
                actorNames.getOrDefault(r.getString(1), r.getString(1)),
                r.getDouble(2),
                r.getLong(3)));
      }
    }
    List<String> actorLabels = actors.stream().map(a -> actorNames.getOrDefault(a, a)).toList();

    List<String> blocs = new ArrayList<>();
    List<SvgCharts.Segment> blocSegments = segments(blocTopics, "bloc", null, blocs);
    List<String> shareOutlets = new ArrayList<>();
    List<SvgCharts.Segment> outletSegments =
        segments(outletTopics, "outlet", new HashSet<>(outlets), shareOutlets);
    long nOutletsTotal = allOutlets.size();
    long nActorsTotal = allActors.size();
    Set<String> cited = new HashSet<>();
    for (StoryReport r : pages) {
      r.facts().forEach(f -> cited.addAll(EvidenceHtml.keys(f.evidence())));
      r.disagreements().forEach(x -> cited.addAll(EvidenceHtml.keys(x.evidence())));
      cited.addAll(EvidenceHtml.keys(r.markdown()));
    }
    Map<String, String> sentences = new HashMap<>();
    if (!cited.isEmpty()) {
      for (scala.Tuple2<String, String> t :
          articles
              .flatMap(
                  new CitedSentences(cited), Encoders.tuple(Encoders.STRING(), Encoders.STRING()))
              .collectAsList()) {
        sentences.put(t._1(), t._2());
      }
    }
    List<Row> voiceRows =
        blocVoice
            .select(
                "bloc",
                "level",
                "speaker_key",
                "speaker_actor_id",
                "speaker_name",
                "share",
                "ci_low",
                "ci_high",
                "n_quotes")
            .collectAsList();
    Map<String, List<ReportData.StoryQuote>> quotes = storyQuotes(articles.toDF(), ids, actorNames);
    articles.unpersist();
    return new ReportData(
        input,
        nDocs,
        nStories,
        nMulti,
        outlets,
        actorLabels,
        cells,
        blocs,
        blocSegments,
        shareOutlets,
        outletSegments,
        pages,
        actorNames,
        nOutletsTotal,
        nActorsTotal,
        topicLabels,
        sentences,
        voiceBlocs(voiceRows),
        voice(voiceRows, actorNames),
        quotes);
  }

  /** Speakers per bloc in the share-of-voice chart. */
  static final int VOICE_SPEAKERS = 10;

  /** Quotes per bloc on a story page. */
  static final int STORY_QUOTES_PER_BLOC = 12;

  private static List<String> voiceBlocs(List<Row> voiceRows) {
    return voiceRows.stream().map(r -> r.getString(0)).distinct().sorted(NULLS_FIRST).toList();
  }

  /**
   * Each bloc's {@link #VOICE_SPEAKERS} named speakers with most quotes (the "(none)" and
   * "(unresolved)" rows are left out of the chart; their quotes stay in the denominator); blocs in
   * order, speakers by quotes, then key.
   *
   * @param voiceRows bloc_voice's bloc, level, speaker_key, speaker_actor_id, speaker_name, share,
   *     ci_low, ci_high and n_quotes
   */
  private static List<SvgCharts.Share> voice(List<Row> voiceRows, Map<String, String> actorNames) {
    Map<String, List<Row>> byBloc = new TreeMap<>(NULLS_FIRST);
    for (Row r : voiceRows) {
      String key = r.getString(2);
      if ("speaker".equals(r.getString(1))
          && key != null
          && !key.equals(QuoteRows.NO_SPEAKER)
          && !key.equals(QuoteRows.UNRESOLVED)) {
        byBloc.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r);
      }
    }
    List<SvgCharts.Share> out = new ArrayList<>();
    for (List<Row> speakers : byBloc.values()) {
      speakers.sort(
          Comparator.comparingLong((Row r) -> -count(r, 8)).thenComparing(r -> r.getString(2)));
      for (Row r : speakers.subList(0, Math.min(VOICE_SPEAKERS, speakers.size()))) {
        String actor = r.getString(3);
        String name = actor != null ? actorNames.getOrDefault(actor, actor) : r.getString(4);
        out.add(
            new SvgCharts.Share(
                r.getString(0),
                name == null ? "?" : name,
                r.getDouble(5),
                r.isNullAt(6) ? null : r.getDouble(6),
                r.isNullAt(7) ? null : r.getDouble(7),
                r.getLong(8)));
      }
    }
    return out;
  }

  /** The quotes of the page stories with a speaker, per story, in bloc, doc and quote order. */
  private static Map<String, List<ReportData.StoryQuote>> storyQuotes(
      Dataset<Row> articles, List<String> ids, Map<String, String> actorNames) {
    Map<String, List<ReportData.StoryQuote>> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    List<Row> rows =
        articles
            .filter(col("storyId").isin(ids.toArray()))
            .select(
                col("storyId"),
                col("bloc"),
                col("outlet"),
                col("docId"),
                functions.explode(col("quotes")).as("q"))
            .filter(col("q.speaker").isNotNull())
            // a pronoun without a referent names nobody a reader could know
            .filter(col("q.speakerKey").notEqual(QuoteRows.UNRESOLVED))
            .select(
                col("storyId"),
                col("bloc"),
                col("outlet"),
                col("docId"),
                col("q.speakerActorId"),
                functions.coalesce(col("q.resolvedSpeaker"), col("q.speaker")),
                col("q.kind"),
                col("q.content"),
                col("q.quoteIndex"),
                col("q.speakerKey"))
            .orderBy(col("storyId"), col("bloc"), col("docId"), col("q.quoteIndex"))
            .collectAsList();
    Map<String, Integer> perBloc = new HashMap<>();
    // one shown name per speaker key in a story: case variants ("the President") are one speaker
    Map<String, String> shownName = new HashMap<>();
    for (Row r : rows) {
      String key = r.getString(0) + '\u0001' + r.getString(1);
      if (perBloc.merge(key, 1, Integer::sum) > STORY_QUOTES_PER_BLOC) {
        continue;
      }
      String actor = r.getString(4);
      String speakerKey = r.getString(9);
      String speaker =
          actor != null
              ? actorNames.getOrDefault(actor, actor)
              : speakerKey.startsWith(QuoteRows.UNRESOLVED)
                  ? speakerKey
                  : shownName.computeIfAbsent(
                      r.getString(0) + '\u0001' + speakerKey, k -> r.getString(5));
      out.computeIfAbsent(r.getString(0), k -> new ArrayList<>())
          .add(
              new ReportData.StoryQuote(
                  r.getString(1),
                  r.getString(2),
                  r.getString(3),
                  speaker,
                  r.getString(6),
                  r.getString(7)));
    }
    return out;
  }

  /** The (key, text) of each sentence of an article that is in {@code keys}. */
  static final class CitedSentences
      implements org.apache.spark.api.java.function.FlatMapFunction<
          AnalyzedArticle, scala.Tuple2<String, String>> {
    private static final long serialVersionUID = 1L;
    private final Set<String> keys;

    CitedSentences(Set<String> keys) {
      this.keys = keys;
    }

    @Override
    public java.util.Iterator<scala.Tuple2<String, String>> call(AnalyzedArticle a) {
      List<scala.Tuple2<String, String>> out = new ArrayList<>();
      if (a.getSentences() != null) {
        for (SentenceRecord s : a.getSentences()) {
          String key = EvidenceHtml.key(a.getDocId(), s.getIndex());
          if (keys.contains(key)) {
            out.add(new scala.Tuple2<>(key, s.getText()));
          }
        }
      }
      return out.iterator();
    }
  }

  /**
   * The {@code n} values of column {@code key} of the outlet-actor pairs with most articles (sum of
   * n_docs, column 3), ties by value.
   */
  private static List<String> top(List<Row> pairs, int key, int n) {
    Map<String, Long> totals = new HashMap<>();
    for (Row r : pairs) {
      totals.merge(r.getString(key), count(r, 3), Long::sum);
    }
    return totals.entrySet().stream()
        .sorted(
            Comparator.comparingLong((Map.Entry<String, Long> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey, NULLS_FIRST))
        .limit(n)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Strings in ascending order, null first (Spark's ascending sort order). */
  private static final Comparator<String> NULLS_FIRST =
      Comparator.nullsFirst(Comparator.naturalOrder());

  /** Count column {@code i} of {@code r} (an int or a long); 0 when null. */
  private static long count(Row r, int i) {
    return r.isNullAt(i) ? 0 : ((Number) r.get(i)).longValue();
  }

  /** Topic shares as bar segments, topics in order of their largest share anywhere. */
  private static List<SvgCharts.Segment> segments(
      Dataset<Row> shares, String group, Set<String> only, List<String> bars) {
    List<Row> rows =
        shares
            .select(group, "topic_id", "share")
            .orderBy(col(group), col("topic_id"))
            .collectAsList();
    Map<String, Double> topicWeight = new HashMap<>();
    for (Row r : rows) {
      topicWeight.merge(r.getString(1), r.getDouble(2), Double::sum);
    }
    List<SvgCharts.Segment> out = new ArrayList<>();
    for (Row r : rows) {
      if (only != null && !only.contains(r.getString(0))) {
        continue;
      }
      if (!bars.contains(r.getString(0))) {
        bars.add(r.getString(0));
      }
      out.add(new SvgCharts.Segment(r.getString(0), r.getString(1), r.getDouble(2)));
    }
    out.sort(
        Comparator.comparing((SvgCharts.Segment s) -> -topicWeight.get(s.category()))
            .thenComparing(SvgCharts.Segment::category));
    return out;
  }
}
