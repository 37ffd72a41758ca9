package com.mediaframing.output;

import static com.mediaframing.output.Table.bigint;
import static com.mediaframing.output.Table.bool;
import static com.mediaframing.output.Table.date;
import static com.mediaframing.output.Table.decimal;
import static com.mediaframing.output.Table.integer;
import static com.mediaframing.output.Table.string;
import static com.mediaframing.output.Table.timestamp;

import com.mediaframing.sentiment.ArticleStance;
import java.util.ArrayList;
import java.util.List;

/**
 * Every table the job writes, in the order it writes them. A table's name here is its name on disk
 * (see {@link Table} for the paths). The article-level tables (documents, mentions,
 * doc_actor_sentiment, doc_topics, rejects) and run_manifest are partitioned by run date; the
 * aggregates and story tables are recomputed from all partitions by every run.
 */
public final class Tables {
  private Tables() {}

  private static final Table.Column SENTIMENT =
      decimal("sentiment", "mean sentiment toward the actor in [-1, 1]");
  private static final Table.Column CI_LOW =
      decimal(
          "ci_low",
          "lower bound of the 95% t-interval of the mean over documents (null if n_docs < 2)");
  private static final Table.Column CI_HIGH =
      decimal(
          "ci_high",
          "upper bound of the 95% t-interval of the mean over documents (null if n_docs < 2)");

  /** The clustered interval columns of a bloc aggregate, with {@code what} the estimate. */
  static List<Table.Column> blocInterval(String what, String suffix) {
    return List.of(
        decimal(
            "ci_low" + suffix,
            "lower bound of the 95% interval of "
                + what
                + " with the outlet as the sampling unit (CR2 over outlets; null below 2 outlets)"),
        decimal("ci_high" + suffix, "upper bound of that interval"),
        decimal(
            "ci_df" + suffix,
            "its Bell-McCaffrey degrees of freedom: outlets - 1 for outlets of equal size, fewer"
                + " when a few outlets hold most of the weight"));
  }

  /** What a bloc aggregate's interval assumes, for the data-dictionary paragraphs. */
  static final String OUTLET_CLUSTERED =
      " A bloc's interval takes the outlet as the sampling unit: the articles of one outlet share "
          + "its editorial line, so a bloc has as many independent units as outlets, not "
          + "articles. It is the cluster-robust CR2 interval (Bell and McCaffrey) of the same "
          + "estimate over the bloc's outlets, each outlet's residual inflated by its share of "
          + "the bloc's weight, with Student's t at the Bell-McCaffrey degrees of freedom (ci_df: "
          + "outlets - 1 when the outlets are of equal size, fewer when a few large outlets "
          + "dominate); the number of outlets stands beside it. It assumes the bloc's outlets are "
          + "a sample of outlets like them (and says nothing of outlets the corpus lacks); with "
          + "fewer than 2 outlets there is no interval. Outlet-level tables keep intervals over "
          + "articles, which take an outlet's articles as independent draws of its line.";

  /** How every aggregate treats copies of one text (documents.copy_in_outlet). */
  static final String COPIES_ONCE =
      "A text an outlet ran several times counts once for that outlet (its first copy, "
          + "documents.copy_in_outlet = 1); copies in different outlets count for each outlet, and "
          + "so for their bloc once per outlet. --count-copies counts every copy.";

  public static final Table DOCUMENTS =
      new Table(
              "documents",
              List.of(
                  string("doc_id", "article id from the input"),
                  string("outlet", "outlet name as given in the input"),
                  string(
                      "bloc",
                      "information bloc: outlets file, else the row's bloc, else 'unassigned'"),
                  date(
                      "published",
                      "publication date; null when the record has none or no date rule reads it"),
                  string("title", "headline"),
                  string("language", "ISO 639-1 language code (given or detected)"),
                  string("url", "article URL if given"),
                  integer("n_sentences", "sentences tagged after boilerplate removal"),
                  integer("n_tokens", "tokens tagged after boilerplate removal"),
                  integer("n_lines_removed", "lines removed as boilerplate"),
                  string(
                      "published_raw",
                      "the record's published value as given (null when empty): check how it was"
                          + " read, or why the article is undated"),
                  string(
                      "duplicate_of",
                      "doc_id of the first copy when the text is an exact or near copy of an "
                          + "earlier article, in any outlet; null for first copies and unique texts"),
                  integer(
                      "copy_in_outlet",
                      "1 for the outlet's first copy of the text (and every unique text), 2, 3 ..."
                          + " for its reruns; aggregates count copy 1 only unless --count-copies")),
              List.of("doc_id"),
              "One row per article that passed validation and kept text after boilerplate "
                  + "removal, in the partition of the run that last analyzed it: an article is in "
                  + "exactly one run date's partition (a later run that analyzes it again moves it). "
                  + "The bloc comes from the outlets file, else the record's own bloc, else "
                  + "'unassigned'. Sentences, tokens and lemmas are from OpenNLP 2.5 with the English"
                  + " UD models; the language is detected when the input does not give one. The "
                  + "article's story is in story_documents. Dates: ISO dates and date-times, RFC "
                  + "1123 and the US short form M/D/YY (month first; YY below 69 is 20YY, else "
                  + "19YY), or the --date-format pattern in its place; an article without a "
                  + "readable date is kept undated (published null) unless --require-date. An "
                  + "undated article counts everywhere except where a date is needed: the weekly "
                  + "views and movers leave it out, and in stories it is compared with other"
                  + " undated articles only and does not move a story's first/last date. "
                  + "Copies (duplicate_of): texts equal up to case and whitespace, or whose 64-bit"
                  + " SimHash over word 3-shingles differs in at most 3 bits (texts of 20+ words);"
                  + " the first copy is the earliest published (undated last), then by source and "
                  + "record.")
          .partitionedByRunDate();

  public static final Table MENTIONS =
      new Table(
              "mentions",
              List.of(
                  string("doc_id", "article id"),
                  string("outlet", "outlet"),
                  string("bloc", "information bloc"),
                  integer("sentence_index", "0-based sentence of the mention within the article"),
                  string("actor_id", "actor from the actors dictionary"),
                  string("surface", "the mention as written"),
                  integer("start", "character offset of the mention in the input text"),
                  integer("end", "character offset just after the mention"),
                  string(
                      "match_kind",
                      "alias, fuzzy (spelling variant) or surname (earlier full name)"),
                  decimal("sentiment", "sentiment toward the actor in this mention, in [-1, 1]"),
                  string("label", "negative, neutral or positive"),
                  bool(
                      "in_quote",
                      "the mention stands inside the content of a quote or attribution (see"
                          + " quotes): words the outlet carries, not its own"),
                  string(
                      "quote_speaker",
                      "speaker_key of that quote (see quotes); null when not in a quote")),
              List.of("doc_id", "start"),
              "One row per actor mention found by the actor matcher (aliases, role titles with "
                  + "validity windows, spelling variants of person names, later bare surnames). "
                  + "sentiment is the target-dependent score of the configured scorer "
                  + "(run_manifest.sentiment_scorer) toward that actor in its sentence; label comes "
                  + "from the scorer's own thresholds. A mention inside a quote's content (direct "
                  + "or indirect, quotes.content_start to content_end) has in_quote true and the "
                  + "quote's speaker: its sentiment is the speaker's, which the outlet carries. "
                  + "Partitioned like documents.")
          .partitionedByRunDate();

  public static final Table DOC_ACTOR_SENTIMENT =
      new Table(
              "doc_actor_sentiment",
              List.of(
                  string("doc_id", "article id"),
                  string("outlet", "outlet"),
                  string("bloc", "information bloc"),
                  string("actor_id", "actor"),
                  integer("n_mentions", "mentions of the actor in the article"),
                  integer("n_negative", "mentions labelled negative"),
                  integer("n_neutral", "mentions labelled neutral"),
                  integer("n_positive", "mentions labelled positive"),
                  decimal("sentiment", "mean of the mentions' sentiment"),
                  decimal(
                      "stance",
                      "the author's stance toward the actor: the weighted sum of the mentions' "
                          + "sentiment, a mention inside a quote (in_quote) weighing "
                          + ArticleStance.MODEL.quotedWeight()
                          + " (encoder: "
                          + ArticleStance.ENCODER.quotedWeight()
                          + "), the others 1; not bounded to [-1, 1]: it grows with the polar "
                          + "evidence; 0 when no mention counts"),
                  string(
                      "label",
                      "the article's stance label: negative when stance < -"
                          + ArticleStance.MODEL.negativeBand()
                          + ", positive when stance > "
                          + ArticleStance.MODEL.positiveBand()
                          + " (encoder: -"
                          + ArticleStance.ENCODER.negativeBand()
                          + " and "
                          + ArticleStance.ENCODER.positiveBand()
                          + "), else neutral; never the opposite sign of stance"),
                  integer(
                      "n_own",
                      "mentions outside quotes (mentions.in_quote false): the outlet's own voice"),
                  decimal(
                      "sentiment_own",
                      "mean sentiment of those mentions; null when every mention is quoted")),
              List.of("doc_id", "actor_id"),
              "mentions grouped by article and actor: counts of mentions per label (the scorer's "
                  + "own classes), the mean of their sentiment over every mention the article "
                  + "carries, quoted ones included (what the outlet and bloc aggregates average), "
                  + "and the author's stance toward the actor with its label. The stance is a sum, "
                  + "not a mean, so an article that piles up negative mentions reads negative even "
                  + "when neutral ones dilute the mean; a quoted mention expresses its speaker, not"
                  + " the author, and is left out. Its weights and neutral band, one rule per "
                  + "scorer, were calibrated on half of basil-dev's events"
                  + " against annotated author stance and checked on the other half "
                  + "(docs/stance.md: macro-F1 of the label against the annotators). n_own and "
                  + "sentiment_own count only the mentions outside quotes, the outlet's own voice. "
                  + "Partitioned like documents.")
          .partitionedByRunDate();

  /**
   * {@code keys} followed by the sentiment statistics every actor-sentiment aggregate carries; a
   * bloc's intervals are clustered by outlet ({@link #blocInterval}).
   */
  private static List<Table.Column> withSentimentStats(boolean bloc, Table.Column... keys) {
    List<Table.Column> columns = new ArrayList<>(List.of(keys));
    columns.add(SENTIMENT);
    if (bloc) {
      columns.addAll(blocInterval("sentiment", ""));
    } else {
      columns.addAll(List.of(CI_LOW, CI_HIGH));
    }
    columns.addAll(
        List.of(
            decimal("share_negative", "share of mentions labelled negative"),
            decimal("share_neutral", "share of mentions labelled neutral"),
            decimal("share_positive", "share of mentions labelled positive"),
            bigint("n_docs_own", "articles with a mention of the actor outside quotes"),
            bigint("n_mentions_own", "mentions of the actor outside quotes"),
            decimal(
                "sentiment_own",
                "the outlet's own voice: mean over n_docs_own articles of the mean sentiment of "
                    + "their mentions outside quotes")));
    if (bloc) {
      columns.add(bigint("n_outlets_own", "outlets of the n_docs_own articles"));
      columns.addAll(blocInterval("sentiment_own", "_own"));
    } else {
      columns.addAll(
          List.of(
              decimal("ci_low_own", "lower bound of the 95% t-interval of sentiment_own"),
              decimal("ci_high_own", "upper bound of the 95% t-interval of sentiment_own")));
    }
    return List.copyOf(columns);
  }

  /** What the actor-sentiment aggregates count, for their data-dictionary paragraphs. */
  private static final String VOICES =
      " Sentiment, its interval and the label shares count every mention the articles carry, "
          + "quoted ones included (what a reader of the outlet meets); the *_own columns count "
          + "only mentions outside quotes (mentions.in_quote false), the outlet's own voice, so "
          + "a source's quoted hostility toward an actor is not taken for the outlet's.";

  public static final Table OUTLET_ACTOR_SENTIMENT =
      new Table(
          "outlet_actor_sentiment",
          withSentimentStats(
              false,
              string("outlet", "outlet"),
              string("bloc", "information bloc"),
              string("actor_id", "actor"),
              bigint("n_docs", "articles of the outlet mentioning the actor"),
              bigint("n_mentions", "mentions of the actor")),
          List.of("outlet", "actor_id"),
          "doc_actor_sentiment grouped by outlet and actor: sentiment is the mean of the "
              + "per-article means (an article counts once however often it names the actor), "
              + "ci_low/ci_high a 95% Student-t interval over those articles clipped to [-1, 1] "
              + "(an interval over articles: it takes the outlet's articles as independent draws "
              + "of its line); the label shares are over mentions. "
              + COPIES_ONCE
              + VOICES);

  public static final Table BLOC_ACTOR_SENTIMENT =
      new Table(
          "bloc_actor_sentiment",
          withSentimentStats(
              true,
              string("bloc", "information bloc"),
              string("actor_id", "actor"),
              bigint("n_outlets", "outlets of the bloc mentioning the actor"),
              bigint("n_docs", "articles of the bloc mentioning the actor"),
              bigint("n_mentions", "mentions of the actor")),
          List.of("bloc", "actor_id"),
          "doc_actor_sentiment grouped by bloc and actor, computed as "
              + "outlet_actor_sentiment but over all articles of the bloc (not a mean of outlet "
              + "means), except the intervals, which are clustered by outlet (the estimate is the "
              + "same mean over articles, each outlet entering with its article count and sum of "
              + "article means) and clipped to [-1, 1]."
              + OUTLET_CLUSTERED
              + " "
              + COPIES_ONCE
              + VOICES);

  public static final Table DOC_TOPICS =
      new Table(
              "doc_topics",
              List.of(
                  string("doc_id", "article id"),
                  string("topic_id", "topic from the topics dictionary"),
                  decimal(
                      "weight",
                      "the topic's share of the article's topic-term matches (sums to 1)"),
                  integer("n_matches", "topic-term matches in the article")),
              List.of("doc_id", "topic_id"),
              "Topic-term and phrase matches (lemma-aware) per article; a topic's weight is its"
                  + " share of the article's matches. A topic with a single match is dropped when "
                  + "another topic has at least two. Articles without any match have no rows. "
                  + "Partitioned like documents.")
          .partitionedByRunDate();

  public static final Table OUTLET_TOPIC_SHARE =
      new Table(
          "outlet_topic_share",
          List.of(
              string("outlet", "outlet"),
              string("bloc", "information bloc"),
              string("topic_id", "topic"),
              bigint("n_docs", "articles of the outlet with this topic"),
              bigint(
                  "n_docs_topical",
                  "articles of the outlet with any topic (the share's denominator)"),
              decimal("share", "mean topic weight over the outlet's topical articles (sums to 1)"),
              decimal("ci_low", "lower bound of the 95% t-interval of the share"),
              decimal("ci_high", "upper bound of the 95% t-interval of the share")),
          List.of("outlet", "topic_id"),
          "doc_topics joined to the article's outlet: share = sum of the topic's weights / "
              + "n_docs_topical, i.e. the mean weight over the outlet's topical articles counting"
              + " absent topics as 0, with a 95% Student-t interval clipped to [0, 1] (an interval"
              + " over articles: it takes the outlet's articles as independent draws). "
              + COPIES_ONCE);

  public static final Table BLOC_TOPIC_SHARE =
      new Table(
          "bloc_topic_share",
          List.of(
              string("bloc", "information bloc"),
              string("topic_id", "topic"),
              bigint("n_docs", "articles of the bloc with this topic"),
              bigint(
                  "n_docs_topical",
                  "articles of the bloc with any topic (the share's denominator)"),
              decimal("share", "mean topic weight over the bloc's topical articles (sums to 1)"),
              bigint("n_outlets", "outlets of the bloc with topical articles"),
              blocInterval("share", "").get(0),
              blocInterval("share", "").get(1),
              blocInterval("share", "").get(2)),
          List.of("bloc", "topic_id"),
          "As outlet_topic_share, over all topical articles of the bloc, except the interval,"
              + " which is clustered by outlet (each outlet enters with its topical articles and"
              + " the sum of the topic's weights over them) and clipped to [0, 1]."
              + OUTLET_CLUSTERED
              + " "
              + COPIES_ONCE);

  public static final Table REJECTS =
      new Table(
              "rejects",
              List.of(
                  string("source", "input file (or manifest) the record came from"),
                  bigint(
                      "record",
                      "1-based record number in the source (line, CSV row or Parquet row)"),
                  string("doc_id", "the record's id, if it had one"),
                  string(
                      "reason",
                      "malformed_record, missing_id, empty_text, text_too_long, "
                          + "unsupported_language, duplicate_id, no_text_after_cleaning; "
                          + "missing_date and bad_date only under --require-date"),
                  string("detail", "what exactly was wrong"),
                  string("raw", "start of the raw record, for malformed records")),
              List.of("source", "record"),
              "Every record a run read and could not analyze, with the first reason found: "
                  + "validation (not parsable, no id, no text, over-long, language), duplicate ids "
                  + "(the first record by source and record number wins), or no text left after "
                  + "boilerplate removal. Articles without an outlet are kept under the outlet "
                  + "'unknown', undated articles are kept undated. A "
                  + "log per run date: a bad record read again by a later run is listed again in "
                  + "that run's partition.")
          .partitionedByRunDate();

  public static final Table RUN_MANIFEST =
      new Table(
              "run_manifest",
              List.of(
                  string("run_id", "unique id of this run"),
                  timestamp("started_at", "when the run started (UTC)"),
                  timestamp("finished_at", "when the tables were written (UTC)"),
                  string("input", "input path as given"),
                  string("input_fingerprint", "SHA-256 of the input files' bytes"),
                  string("mode", "full (every record analyzed) or incremental"),
                  bigint("n_input", "records read"),
                  bigint(
                      "n_processed",
                      "documents in this run date's partition (analyzed now, or carried over unchanged"
                          + " from an earlier run of the same date)"),
                  bigint("n_rejected", "records written to this run date's rejects"),
                  bigint(
                      "n_unchanged",
                      "records skipped by --incremental that stay in an earlier date's partition "
                          + "(n_input = n_processed + n_rejected + n_unchanged)"),
                  bigint("n_analyzed", "records tagged and analyzed by this run"),
                  bigint(
                      "n_undated",
                      "documents of this run date's partition without a publication date"),
                  bigint(
                      "n_unreadable_date",
                      "of those, documents whose published value no date rule reads (value in "
                          + "documents.published_raw)"),
                  bigint(
                      "n_duplicates",
                      "documents of this run date's partition that are copies (duplicate_of set)"),
                  string("app_version", "media-framing version"),
                  string("spark_version", "Spark version"),
                  string("models", "OpenNLP model files and the sentiment scorer"),
                  string(
                      "sentiment_scorer", "id of the scorer that produced the sentiment columns"),
                  string("config_fingerprint", "SHA-256 of the dictionaries and options"),
                  string(
                      "encoder",
                      "fingerprint of the sentence encoder of leads and claims (model id, digest"
                          + " of its weights, pooling): its folder in the vector store"),
                  bigint(
                      "n_texts_encoded",
                      "leads and claim sentences this run encoded: texts the vector store "
                          + "did not hold (0 when nothing was added, changed or removed)"),
                  bigint(
                      "n_texts_reused",
                      "leads and claim sentences whose vectors this run read from the vector "
                          + "store instead of encoding them")),
              List.of("run_id"),
              "One row per run date: the last run of that date. n_input = n_processed + "
                  + "n_rejected + n_unchanged is checked before it is written. Holds no credentials.")
          .partitionedByRunDate();

  public static final Table SENTENCES =
      new Table(
              "sentences",
              List.of(
                  string("doc_id", "article id"),
                  integer(
                      "sentence_index",
                      "0-based sentence of the article, as mentions.sentence_index and the "
                          + "evidence doc_id[sentence indexes] cite it"),
                  integer(
                      "start", "character offset of the sentence's first token in the input text"),
                  integer("end", "character offset just after its last token"),
                  string("text", "the sentence: the input text from start to end")),
              List.of("doc_id", "sentence_index"),
              "Every sentence tagged in an article (boilerplate lines removed): what the evidence "
                  + "of story_facts, story_disagreements and story_narratives (doc_id[sentence "
                  + "indexes]) and mentions.sentence_index point at. start/end are offsets into the"
                  + " input record's text, so text = substring(text, start, end). Partitioned like "
                  + "documents.")
          .partitionedByRunDate();

  /** All tables in write order. */
  public static final List<Table> ALL =
      concat(
          List.of(
              DOCUMENTS,
              SENTENCES,
              MENTIONS,
              DOC_ACTOR_SENTIMENT,
              OUTLET_ACTOR_SENTIMENT,
              BLOC_ACTOR_SENTIMENT,
              DOC_TOPICS,
              OUTLET_TOPIC_SHARE,
              BLOC_TOPIC_SHARE,
              QuoteTables.QUOTES,
              QuoteTables.CITED_SOURCES,
              QuoteTables.OUTLET_VOICE,
              QuoteTables.BLOC_VOICE,
              QuoteTables.OUTLET_CITED_SOURCES,
              QuoteTables.BLOC_CITED_SOURCES,
              REJECTS,
              StoryTableSchemas.STORY_DOCUMENTS),
          StoryTableSchemas.REPORT_TABLES,
          List.of(RUN_MANIFEST));

  @SafeVarargs
  private static List<Table> concat(List<Table>... parts) {
    List<Table> out = new ArrayList<>();
    for (List<Table> p : parts) {
      out.addAll(p);
    }
    return List.copyOf(out);
  }
}
