package com.mediaframing.spark;

import com.mediaframing.analysis.AnalyzedArticle;
import com.mediaframing.analysis.ArticleAnalyzer;
import com.mediaframing.ingest.RawArticle;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;

/**
 * Spark adapter around {@link ArticleAnalyzer}: per partition it builds the OpenNLP taggers (the
 * models themselves load once per executor JVM) and a sentiment scorer, then analyzes each article
 * lazily, one at a time.
 */
final class AnalyzeArticles implements MapPartitionsFunction<RawArticle, AnalyzedArticle> {
  private static final long serialVersionUID = 1L;

  private final ArticleAnalyzer.Parts parts;
  private final Broadcast<Map<String, long[]>> repeatedLines;
  private final LongAccumulator analyzed;

  AnalyzeArticles(
      ArticleAnalyzer.Parts parts,
      Broadcast<Map<String, long[]>> repeatedLines,
      LongAccumulator analyzed) {
    this.parts = parts;
    this.repeatedLines = repeatedLines;
    this.analyzed = analyzed;
  }

  @Override
  public Iterator<AnalyzedArticle> call(Iterator<RawArticle> articles) {
    ArticleAnalyzer analyzer = parts.newAnalyzer();
    Map<String, long[]> repeated = repeatedLines.value();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return articles.hasNext();
      }

      @Override
      public AnalyzedArticle next() {
        RawArticle a = articles.next();
        AnalyzedArticle result =
            analyzer.analyze(a, ArticleAnalyzer.repeatedLines(repeated, a.getOutlet()));
        analyzed.add(1);
        return result;
      }
    };
  }
}
