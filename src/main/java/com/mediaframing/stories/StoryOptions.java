package com.mediaframing.stories;

import java.io.Serializable;

/**
 * Options of the story stage, resolved once on the driver. Two articles are linked when their
 * content-lemma sets have a Jaccard similarity of at least {@code minSimilarity} and their
 * publication dates are at most {@code windowDays} apart; a story is a connected component of these
 * links, grown from the most similar links first and never beyond {@code maxStoryDocs} articles (a
 * cap against chaining unrelated events through generic articles). {@code reportStories} caps the
 * story pages of the HTML report.
 */
public record StoryOptions(
    int windowDays, double minSimilarity, int maxStoryDocs, int reportStories)
    implements Serializable {

  public static final int DEFAULT_WINDOW_DAYS = 3;
  public static final double DEFAULT_MIN_SIMILARITY = 0.15;
  public static final int DEFAULT_MAX_STORY_DOCS = 50;
  public static final int DEFAULT_REPORT_STORIES = 200;

  public static final StoryOptions DEFAULTS =
      new StoryOptions(
          DEFAULT_WINDOW_DAYS,
          DEFAULT_MIN_SIMILARITY,
          DEFAULT_MAX_STORY_DOCS,
          DEFAULT_REPORT_STORIES);

  public StoryOptions {
    if (windowDays < 0) {
      throw new IllegalArgumentException("story window must be >= 0 days, got " + windowDays);
    }
    if (!(minSimilarity > 0 && minSimilarity <= 1)) {
      throw new IllegalArgumentException(
          "story similarity must be in (0, 1], got " + minSimilarity);
    }
    if (maxStoryDocs < 2) {
      throw new IllegalArgumentException("max story size must be >= 2, got " + maxStoryDocs);
    }
  }
}
