package com.mediaframing.config;

import com.mediaframing.ingest.ArticleValidator;
import com.mediaframing.ingest.PublishedDates;
import com.mediaframing.stories.StoryOptions;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * The job's whole configuration, resolved and validated once on the driver by {@link ConfigLoader}:
 * the command line's {@link RunOptions} as given, the loaded dictionaries and what was derived from
 * them. Immutable; only serializable values, so it can travel to executors. The accessors below
 * name the options the job reads.
 *
 * @param options the options of the run, as parsed
 * @param dictionaries the actor, topic, outlet and boilerplate dictionaries
 * @param sentimentScorer name of the sentiment scorer, checked and lower-cased: {@code model} (the
 *     trained target-dependent model, default), {@code encoder} (the frozen-encoder model), {@code
 *     lexicon} or {@code sentence-tone}
 * @param fingerprint SHA-256 over the dictionaries' bytes and the options that decide the output
 * @param analysisFingerprint SHA-256 over what decides an article's own analysis: the dictionaries
 *     and the options except partitions and the story options; an article is re-analyzed by an
 *     {@code --incremental} run when it changes
 */
public record JobConfig(
    RunOptions options,
    Dictionaries dictionaries,
    String sentimentScorer,
    String fingerprint,
    String analysisFingerprint)
    implements Serializable {

  /** Default for {@link #maxTextChars()}: about 30 pages of text. */
  public static final int DEFAULT_MAX_TEXT_CHARS = 200_000;

  public static final int DEFAULT_REPEATED_LINE_MIN_DOCS = 3;
  public static final double DEFAULT_REPEATED_LINE_MIN_SHARE = 0.005;

  /** Input path (file or folder). */
  public String input() {
    return options.input();
  }

  /** Output folder. */
  public String output() {
    return options.output();
  }

  /** Spark master URL, or null to let spark-submit decide (local[*] when run directly). */
  public String master() {
    return options.master();
  }

  /** Texts longer than this are rejected as {@code text_too_long}. */
  public int maxTextChars() {
    return options.maxTextChars();
  }

  /** Accepted ISO 639-1 language codes. */
  public Set<String> languages() {
    return options.languages();
  }

  /** Partitions for the analysis stage; 0 = four per core. */
  public int partitions() {
    return options.partitions();
  }

  /**
   * A line is outlet boilerplate when it occurs in at least this many of the outlet's articles …
   */
  public int repeatedLineMinDocs() {
    return options.repeatedLineMinDocs();
  }

  /** … and in at least this share of them. */
  public double repeatedLineMinShare() {
    return options.repeatedLineMinShare();
  }

  /** Story clustering and report options. */
  public StoryOptions stories() {
    return options.stories();
  }

  /** The run's date: the partition of the article-level tables this run replaces. */
  public LocalDate runDate() {
    return options.runDate();
  }

  /** Skip articles already processed with the same content, analysis fingerprint and models. */
  public boolean incremental() {
    return options.incremental();
  }

  /** Reject articles without a readable date (--require-date). */
  public boolean requireDate() {
    return options.requireDate();
  }

  /** The --date-format pattern, or null. */
  public String dateFormat() {
    return options.dateFormat();
  }

  /** Aggregates count every copy of a text an outlet ran (--count-copies), not only the first. */
  public boolean countCopies() {
    return options.countCopies();
  }

  /** The record validator these options make. */
  public ArticleValidator validator() {
    return new ArticleValidator(
        maxTextChars(), languages(), new PublishedDates(dateFormat()), requireDate());
  }
}
