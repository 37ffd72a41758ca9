package com.mediaframing.spark;

import com.mediaframing.ingest.ArticleValidator;
import com.mediaframing.ingest.OutletDirectory;
import com.mediaframing.ingest.RawArticle;
import org.apache.spark.api.java.function.MapFunction;

/**
 * Spark adapter: validates one raw record ({@link ArticleValidator}) and resolves its bloc from the
 * outlet directory, then fingerprints its content (for {@code --incremental}). Rejected records
 * keep flowing, marked with their reason.
 */
final class ValidateArticles implements MapFunction<RawArticle, RawArticle> {
  private static final long serialVersionUID = 1L;

  private final ArticleValidator validator;
  private final OutletDirectory outlets;

  ValidateArticles(ArticleValidator validator, OutletDirectory outlets) {
    this.validator = validator;
    this.outlets = outlets;
  }

  @Override
  public RawArticle call(RawArticle a) {
    validator.check(a).ifPresent(v -> a.reject(v.reason(), v.detail()));
    if (a.getReason() == null) {
      a.setBloc(outlets.blocOf(a.getOutlet(), a.getBloc()));
      a.fingerprintContent();
    }
    return a;
  }
}
