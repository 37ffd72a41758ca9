package com.mediaframing.config;

import com.mediaframing.stories.StoryOptions;
import java.io.Serializable;
import java.util.Set;

/**
 * The job's whole configuration, resolved and validated once on the driver by {@link ConfigLoader}:
 * paths, options and the loaded dictionaries. Immutable; only serializable values, so it can travel
 * to executors.
 *
 * @param input input path (file or folder)
 * @param output output folder
 * @param master Spark master URL, or null to let spark-submit decide (local[*] when run directly)
 * @param dictionaries the actor, topic, outlet and boilerplate dictionaries
 * @param sentimentScorer name of the sentiment scorer: {@code model} (the trained target-dependent
 *     model, default), {@code encoder} (the frozen-encoder model), {@code lexicon} or {@code
 *     sentence-tone}
 * @param maxTextChars texts longer than this are rejected as {@code text_too_long}
 * @param languages accepted ISO 639-1 language codes
 * @param partitions partitions for the analysis stage; 0 = four per core
 * @param repeatedLineMinDocs a line is outlet boilerplate when it occurs in at least this many of
 *     the outlet's articles …
 * @param repeatedLineMinShare … and in at least this share of them
 * @param stories story clustering and report options
 * @param fingerprint SHA-256 over the dictionaries' bytes and the options above
 * @param analysisFingerprint SHA-256 over what decides an article's own analysis: the dictionaries
 *     and the options above except partitions and the story options; an article is re-analyzed by
 *     an {@code --incremental} run when it changes
 * @param runDate the run's date: the partition of the article-level tables this run replaces
 * @param incremental skip articles already processed with the same content, analysis fingerprint
 *     and models
 */
public record JobConfig(
    String input,
    String output,
    String master,
    Dictionaries dictionaries,
    String sentimentScorer,
    int maxTextChars,
    Set<String> languages,
    int partitions,
    int repeatedLineMinDocs,
    double repeatedLineMinShare,
    StoryOptions stories,
    String fingerprint,
    String analysisFingerprint,
    java.time.LocalDate runDate,
    boolean incremental)
    implements Serializable {

  /** Default for {@link #maxTextChars()}: about 30 pages of text. */
  public static final int DEFAULT_MAX_TEXT_CHARS = 200_000;

  public static final int DEFAULT_REPEATED_LINE_MIN_DOCS = 3;
  public static final double DEFAULT_REPEATED_LINE_MIN_SHARE = 0.005;
  public static final Set<String> SCORERS = Set.of("model", "encoder", "lexicon", "sentence-tone");
}
