package com.mediaframing.spark;

import com.mediaframing.actors.ActorMatcher;
import com.mediaframing.analysis.AnalyzedArticle;
import com.mediaframing.analysis.ArticleAnalyzer;
import com.mediaframing.clean.BoilerplateCleaner;
import com.mediaframing.ingest.RawArticle;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import com.mediaframing.sentiment.SentimentScorers;
import com.mediaframing.sentiment.TargetSentimentScorer;
import com.mediaframing.topics.TopicScorer;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;

/**
 * Spark adapter around {@link ArticleAnalyzer}: per partition it builds the OpenNLP taggers (the
 * models themselves load once per executor JVM) and a sentiment scorer, then analyzes each article
 * lazily, one at a time.
 */
final class AnalyzeArticles implements MapPartitionsFunction<RawArticle, AnalyzedArticle> {
  private static final long serialVersionUID = 1L;
  private static final LongPredicate NONE = fp -> false;

  private final BoilerplateCleaner cleaner;
  private final ActorMatcher actors;
  private final TopicScorer topics;
  private final String scorerId;
  private final Set<String> languages;
  private final Broadcast<Map<String, long[]>> repeatedLines;
  private final org.apache.spark.util.LongAccumulator analyzed;

  AnalyzeArticles(
      BoilerplateCleaner cleaner,
      ActorMatcher actors,
      TopicScorer topics,
      String scorerId,
      Set<String> languages,
      Broadcast<Map<String, long[]>> repeatedLines,
      org.apache.spark.util.LongAccumulator analyzed) {
    this.cleaner = cleaner;
    this.actors = actors;
    this.topics = topics;
    this.scorerId = scorerId;
    this.languages = languages;
    this.repeatedLines = repeatedLines;
    this.analyzed = analyzed;
  }

  @Override
  public Iterator<AnalyzedArticle> call(Iterator<RawArticle> articles) {
    TargetSentimentScorer scorer = SentimentScorers.create(scorerId);
    ArticleAnalyzer analyzer =
        new ArticleAnalyzer(
            new ArticleAnnotator(NlpModels.get()), cleaner, actors, scorer, topics, languages);
    Map<String, long[]> repeated = repeatedLines.value();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public AnalyzedArticle next() {
        RawArticle a = articles.next();
        long[] fps = repeated.get(a.getOutlet());
        LongPredicate isRepeated =
            fps == null ? NONE : fp -> java.util.Arrays.binarySearch(fps, fp) >= 0;
        AnalyzedArticle result = analyzer.analyze(a, isRepeated);
        analyzed.add(1);
        return result;
      }
    };
  }
}
