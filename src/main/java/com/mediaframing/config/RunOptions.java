package com.mediaframing.config;

import com.mediaframing.base.ConfigException;
import com.mediaframing.base.OptionValues;
import com.mediaframing.sentiment.SentimentScorers;
import com.mediaframing.stories.StoryOptions;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The options of {@code framing run} as given on the command line, before any file is read. {@link
 * #parse} rejects unknown options, missing values and malformed numbers with a {@link
 * ConfigException} naming the option. Immutable.
 */
public record RunOptions(
    String input,
    String output,
    String outlets,
    String actors,
    String topics,
    String boilerplate,
    String master,
    String sentiment,
    int maxTextChars,
    Set<String> languages,
    int partitions,
    int repeatedLineMinDocs,
    double repeatedLineMinShare,
    StoryOptions stories,
    LocalDate runDate,
    boolean incremental,
    boolean requireDate,
    String dateFormat,
    boolean countCopies)
    implements Serializable {

  /** Defaults when {@code bin/framing run} is given no arguments: the bundled seeds. */
  public static final String DEFAULT_INPUT = "seeds";

  public static final String DEFAULT_OUTPUT = "output";

  /** Options that take no value. */
  public static final Set<String> FLAGS =
      Set.of("--incremental", "--require-date", "--count-copies");

  /** Option names with a one-line description, for {@code framing help}. */
  public static final Map<String, String> OPTIONS = new LinkedHashMap<>();

  static {
    OPTIONS.put(
        "--input",
        "PATH  .jsonl/.jsonl.gz, .csv, .parquet or a folder of .txt + manifest.csv (default seeds)");
    OPTIONS.put("--output", "DIR  where the tables go (default output)");
    OPTIONS.put("--outlets", "FILE  CSV outlet,bloc,country,language (default config/outlets.csv)");
    OPTIONS.put("--actors", "FILE  CSV actor_id,name,type,aliases (default config/actors.csv)");
    OPTIONS.put("--topics", "FILE  CSV topic_id,label,terms (default config/topics.csv)");
    OPTIONS.put(
        "--boilerplate",
        "FILE  boilerplate rules, reason<TAB>regex (default config/boilerplate.txt)");
    OPTIONS.put(
        "--run-date",
        "YYYY-MM-DD  the run's date: its partition of the article tables is replaced (default:"
            + " today, UTC)");
    OPTIONS.put(
        "--incremental",
        "skip articles already processed with the same content, configuration and models");
    OPTIONS.put("--master", "URL  Spark master (default: spark-submit's, else local[*])");
    OPTIONS.put(
        "--sentiment",
        SentimentScorers.usage() + "  sentiment scorer (default " + SentimentScorers.DEFAULT + ")");
    OPTIONS.put(
        "--max-text-chars",
        "N  reject longer texts (default " + JobConfig.DEFAULT_MAX_TEXT_CHARS + ")");
    OPTIONS.put(
        "--require-date",
        "reject articles without a readable date (missing_date, bad_date) instead of keeping"
            + " them undated");
    OPTIONS.put(
        "--date-format",
        "PATTERN  java.time pattern for published values, tried first and in place of the US"
            + " M/D/YY rule (e.g. d/M/yy)");
    OPTIONS.put(
        "--count-copies",
        "aggregates count every copy of a text an outlet ran several times (default: once)");
    OPTIONS.put("--languages", "CODES  accepted ISO 639-1 codes, comma-separated (default en)");
    OPTIONS.put("--partitions", "N  partitions of the analysis stage (default 4 per core)");
    OPTIONS.put(
        "--repeated-line-min-docs",
        "N  boilerplate: line in at least N articles of an outlet (default 3)");
    OPTIONS.put(
        "--repeated-line-min-share", "X  … and in at least this share of them (default 0.005)");
    OPTIONS.put(
        "--story-window-days",
        "N  stories: linked articles are at most N days apart (default "
            + StoryOptions.DEFAULT_WINDOW_DAYS
            + ")");
    OPTIONS.put(
        "--story-min-similarity",
        "X  stories: two stories merge when their articles' same-event evidence (lead cosine +"
            + " lemma Jaccard) averages at least X (default "
            + StoryOptions.DEFAULT_MIN_SIMILARITY
            + ")");
    OPTIONS.put(
        "--story-max-docs",
        "N  stories: merges never grow a story beyond N articles (default "
            + StoryOptions.DEFAULT_MAX_STORY_DOCS
            + ")");
    OPTIONS.put(
        "--encoder",
        "NAME  stories and claims: the sentence encoder ("
            + com.mediaframing.nlp.BundledEncoder.names()
            + "; default "
            + StoryOptions.DEFAULT_ENCODER
            + ", which the thresholds were calibrated with)");
    OPTIONS.put(
        "--report-stories",
        "N  report: pages for at most N stories (default "
            + StoryOptions.DEFAULT_REPORT_STORIES
            + ")");
  }

  public static RunOptions parse(List<String> args) {
    Map<String, String> values = OptionValues.parse(args, OPTIONS, FLAGS, "option");
    return new RunOptions(
        values.getOrDefault("--input", DEFAULT_INPUT),
        values.getOrDefault("--output", DEFAULT_OUTPUT),
        values.get("--outlets"),
        values.get("--actors"),
        values.get("--topics"),
        values.get("--boilerplate"),
        values.get("--master"),
        values.getOrDefault("--sentiment", SentimentScorers.DEFAULT).toLowerCase(Locale.ROOT),
        OptionValues.positiveInt(values, "--max-text-chars", JobConfig.DEFAULT_MAX_TEXT_CHARS),
        languages(values.getOrDefault("--languages", "en")),
        OptionValues.nonNegativeInt(values, "--partitions", 0),
        OptionValues.positiveInt(
            values, "--repeated-line-min-docs", JobConfig.DEFAULT_REPEATED_LINE_MIN_DOCS),
        OptionValues.share(
            values, "--repeated-line-min-share", JobConfig.DEFAULT_REPEATED_LINE_MIN_SHARE),
        stories(values),
        runDate(values.get("--run-date")),
        values.containsKey("--incremental"),
        values.containsKey("--require-date"),
        dateFormat(values.get("--date-format")),
        values.containsKey("--count-copies"));
  }

  /** The --date-format pattern, checked, or null. */
  private static String dateFormat(String value) {
    if (value == null) {
      return null;
    }
    try {
      return new com.mediaframing.ingest.PublishedDates(value).pattern();
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  /** The run date given, or today's date in UTC. */
  private static LocalDate runDate(String value) {
    if (value == null) {
      return LocalDate.now(ZoneOffset.UTC);
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new ConfigException("--run-date must be a date YYYY-MM-DD, got '" + value + "'");
    }
  }

  private static StoryOptions stories(Map<String, String> values) {
    double similarity =
        OptionValues.share(values, "--story-min-similarity", StoryOptions.DEFAULT_MIN_SIMILARITY);
    if (similarity == 0) {
      throw new ConfigException("--story-min-similarity must be above 0, got 0");
    }
    int maxDocs =
        OptionValues.positiveInt(values, "--story-max-docs", StoryOptions.DEFAULT_MAX_STORY_DOCS);
    if (maxDocs < 2) {
      throw new ConfigException("--story-max-docs must be at least 2, got " + maxDocs);
    }
    return new StoryOptions(
        OptionValues.nonNegativeInt(
            values, "--story-window-days", StoryOptions.DEFAULT_WINDOW_DAYS),
        similarity,
        maxDocs,
        OptionValues.nonNegativeInt(
            values, "--report-stories", StoryOptions.DEFAULT_REPORT_STORIES),
        encoder(values.getOrDefault("--encoder", StoryOptions.DEFAULT_ENCODER)));
  }

  /** The --encoder name, checked against the bundled encoders. */
  private static String encoder(String name) {
    try {
      return com.mediaframing.nlp.BundledEncoder.of(name.trim()).name();
    } catch (IllegalArgumentException e) {
      throw new ConfigException("--encoder: " + e.getMessage());
    }
  }

  private static Set<String> languages(String value) {
    List<String> codes = new ArrayList<>();
    for (String c : value.split(",")) {
      String code = c.trim().toLowerCase(Locale.ROOT);
      if (!code.matches("[a-z]{2}")) {
        throw new ConfigException("--languages: '" + c + "' is not a two-letter ISO 639-1 code");
      }
      codes.add(code);
    }
    return Set.copyOf(codes);
  }
}
