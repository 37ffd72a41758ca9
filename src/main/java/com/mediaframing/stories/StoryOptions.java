package com.mediaframing.stories;

import java.io.Serializable;

/**
 * Options of the story stage, resolved once on the driver. Pairs of articles at most {@code
 * windowDays} apart are scored by {@link LinkEvidence} (cosine of their encoded headline and lead,
 * cut to {@link #LEAD_CHARS} characters, plus the Jaccard similarity of their rare lemmas); {@link
 * StoryLinkage} merges stories while their articles' pair scores average at least {@code
 * minSimilarity}, a story spans at most {@code windowDays} days and holds at most {@code
 * maxStoryDocs} articles. {@code reportStories} caps the story pages of the HTML report. {@code
 * encoder} names the sentence encoder of leads and claims (a bundled encoder's short name, {@code
 * --encoder}); the thresholds were calibrated with the default, {@value #DEFAULT_ENCODER}.
 */
public record StoryOptions(
    int windowDays, double minSimilarity, int maxStoryDocs, int reportStories, String encoder)
    implements Serializable {

  /** The sentence encoder the story and claim thresholds were calibrated with. */
  public static final String DEFAULT_ENCODER = "minilm";

  public static final int DEFAULT_WINDOW_DAYS = 3;
  public static final double DEFAULT_MIN_SIMILARITY = 0.45;

  /**
   * Characters of headline and lead that are encoded (about 45 word pieces). On basil-dev mixed
   * into the AllSides articles of its dates ({@code docs/stories.md}) 200 characters scored
   * pairwise F1 0.977 at the default threshold, 320 characters 0.966 at about twice the encoder
   * time.
   */
  public static final int LEAD_CHARS = 200;

  public static final int DEFAULT_MAX_STORY_DOCS = 50;
  public static final int DEFAULT_REPORT_STORIES = 200;

  public static final StoryOptions DEFAULTS =
      new StoryOptions(
          DEFAULT_WINDOW_DAYS,
          DEFAULT_MIN_SIMILARITY,
          DEFAULT_MAX_STORY_DOCS,
          DEFAULT_REPORT_STORIES);

  /** Options with the default encoder. */
  public StoryOptions(int windowDays, double minSimilarity, int maxStoryDocs, int reportStories) {
    this(windowDays, minSimilarity, maxStoryDocs, reportStories, DEFAULT_ENCODER);
  }

  public StoryOptions {
    if (encoder == null || encoder.isBlank()) {
      throw new IllegalArgumentException("the story encoder must be named");
    }
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
