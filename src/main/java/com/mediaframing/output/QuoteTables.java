package com.mediaframing.output;

import static com.mediaframing.output.Table.bigint;
import static com.mediaframing.output.Table.decimal;
import static com.mediaframing.output.Table.integer;
import static com.mediaframing.output.Table.string;

import java.util.ArrayList;
import java.util.List;

/**
 * The contracts of the quote tables: quotes and cited_sources (article level, partitioned like
 * documents) and the share-of-voice and cited-source aggregates per outlet and bloc. Part of {@link
 * Tables#ALL}; the data dictionary is generated from them. Immutable.
 */
public final class QuoteTables {
  private QuoteTables() {}

  public static final Table QUOTES =
      new Table(
              "quotes",
              List.of(
                  string("doc_id", "article id"),
                  string("outlet", "outlet"),
                  string("bloc", "information bloc"),
                  integer("quote_index", "0-based position of the quote in the article"),
                  string(
                      "kind",
                      "direct (words between quotation marks) or indirect (a reported clause)"),
                  string("content", "what was said: the quoted words, without the marks"),
                  integer("content_start", "character offset of the content in the input text"),
                  integer("content_end", "character offset just after the content"),
                  string(
                      "cue",
                      "the speech verb or phrase as written ('said', 'according to'); empty when"
                          + " the quote continues an earlier one"),
                  string(
                      "speaker",
                      "the source as the text names it at this quote ('he', 'the minister',"
                          + " 'Lavrov'); null when none was found"),
                  integer("speaker_start", "character offset of that naming; -1 when none"),
                  integer("speaker_end", "character offset just after the naming; -1 when none"),
                  string(
                      "resolved_speaker",
                      "the full name the naming refers to (dictionary name for an actor, earlier"
                          + " full naming for 'he' or 'the minister'); null when unresolved"),
                  string("speaker_actor_id", "the dictionary actor speaking; null when none"),
                  string("speaker_type", "person, organisation, government, media or unknown"),
                  string(
                      "speaker_key",
                      "what share of voice counts by: speaker_actor_id, else resolved_speaker, "
                          + "else speaker, lower-cased without a leading 'the'; '(unresolved)' for"
                          + " a pronoun without referent, '(unresolved) ' and the role for a role"
                          + " naming whose holder is unknown ('(unresolved) president'), '(none)'"
                          + " without a speaker"),
                  integer("n_words", "whitespace-separated words of the content")),
              List.of("doc_id", "quote_index"),
              "Direct quotes (every quotation-mark style, partial quotes, quotes over several "
                  + "sentences or paragraphs) and indirect attributions ('X said that ...', "
                  + "'according to X', 'X told reporters ...') found by a rule-based extractor "
                  + "over the tagged sentences: cue-verb frames after or before the quote, "
                  + "continuations of the previous speaker, pronoun and short-form speakers "
                  + "resolved to the nearest fitting earlier speaker. All offsets are 0-based, "
                  + "end exclusive, into the record's text as given in the input (before any "
                  + "cleaning): text[content_start:content_end] is the content. Measured on "
                  + "PolNeAR (bin/framing eval-quotes, docs/quotes.md). Partitioned like documents.")
          .partitionedByRunDate();

  public static final Table CITED_SOURCES =
      new Table(
              "cited_sources",
              List.of(
                  string("doc_id", "article id"),
                  string("outlet", "outlet"),
                  string("bloc", "information bloc"),
                  string("source", "the news organisation's canonical name ('Reuters', 'TASS')"),
                  string("name", "the organisation as the text names it ('the Post')"),
                  integer("name_start", "character offset of the naming in the input text"),
                  integer("name_end", "character offset just after the naming"),
                  string("cue", "the phrase that cites it ('reported', 'according to', 'told')"),
                  integer(
                      "quote_index",
                      "the quotes row the citation attributes; -1 when it carries no quote")),
              List.of("doc_id", "name_start"),
              "News organisations an article cites as its source: a media speaker of a quote "
                  + "('TASS reported', 'according to Reuters', 'the Post has learned') or the "
                  + "object of 'told' ('told Reuters'), matched against the bundled media list. "
                  + "Partitioned like documents.")
          .partitionedByRunDate();

  /** The columns of a voice aggregate after its keys. */
  private static List<Table.Column> voiceColumns(String scope, Table.Column... keys) {
    boolean bloc = scope.equals("bloc");
    List<Table.Column> columns = new ArrayList<>(List.of(keys));
    columns.addAll(
        List.of(
            string(
                "level",
                "speaker (a row per speaker_key) or speaker_type (a row per type, the type in"
                    + " speaker_key)"),
            string("speaker_key", "quotes.speaker_key, or the speaker type"),
            string("speaker_name", "display name: the resolved name or naming seen first"),
            string("speaker_actor_id", "dictionary actor; null when none"),
            string("speaker_type", "the speaker's most frequent type"),
            bigint("n_docs", "articles of the " + scope + " quoting the speaker"),
            bigint("n_quotes", "the speaker's quotes, direct and indirect"),
            bigint("n_direct", "of those, direct quotes"),
            bigint("n_words", "words of the speaker's quotes"),
            decimal("share", "n_quotes / n_quotes_total: the speaker's share of voice")));
    if (bloc) {
      columns.addAll(Tables.blocInterval("share", "").subList(0, 2));
    } else {
      columns.addAll(
          List.of(
              decimal(
                  "ci_low",
                  "lower bound of the 95% interval of share, clustered by article (null if"
                      + " n_docs_quoting < 2)"),
              decimal("ci_high", "upper bound of that interval")));
    }
    columns.addAll(
        List.of(
            decimal("share_words", "n_words / the " + scope + "'s quoted words"),
            bigint("n_quotes_total", "quotes of the " + scope + " (the share's denominator)"),
            bigint("n_docs_quoting", "articles of the " + scope + " with at least one quote")));
    if (bloc) {
      columns.add(bigint("n_outlets", "outlets of the bloc with at least one quote"));
      columns.add(Tables.blocInterval("share", "").get(2));
    }
    return List.copyOf(columns);
  }

  private static final String VOICE_METHOD =
      "share is the speaker's part of all quotes (direct and indirect) in those articles, a "
          + "ratio estimator over articles. Rows with level speaker_type give the same for each "
          + "speaker type. Quotes without a speaker ('(none)') and unresolved pronouns "
          + "('(unresolved)') are rows of their own, so the shares sum to 1.";

  public static final Table OUTLET_VOICE =
      new Table(
          "outlet_voice",
          voiceColumns("outlet", string("outlet", "outlet"), string("bloc", "information bloc")),
          List.of("outlet", "level", "speaker_key"),
          "quotes grouped by outlet and speaker_key: who gets to speak in the outlet. "
              + VOICE_METHOD
              + " ci_low/ci_high is its 95% interval with the linearization (cluster-robust) "
              + "standard error over articles and Student's t with n_docs_quoting - 1 degrees of "
              + "freedom, clipped to [0, 1], wider than a binomial interval because one article's "
              + "quotes of a speaker are not independent (an interval over articles: it takes "
              + "the outlet's articles as independent draws). "
              + Tables.COPIES_ONCE);

  public static final Table BLOC_VOICE =
      new Table(
          "bloc_voice",
          voiceColumns("bloc", string("bloc", "information bloc")),
          List.of("bloc", "level", "speaker_key"),
          "quotes grouped by bloc and speaker_key, over all articles of the bloc (not a mean of "
              + "outlet shares). "
              + VOICE_METHOD
              + " ci_low/ci_high is clustered by outlet, each outlet entering with its quotes "
              + "and the speaker's quotes among them, clipped to [0, 1]."
              + Tables.OUTLET_CLUSTERED
              + " "
              + Tables.COPIES_ONCE);

  public static final Table OUTLET_CITED_SOURCES =
      new Table(
          "outlet_cited_sources",
          List.of(
              string("outlet", "outlet"),
              string("bloc", "information bloc"),
              string("source", "cited news organisation (canonical name)"),
              bigint("n_docs", "articles of the outlet citing it"),
              bigint("n_citations", "citations"),
              bigint("n_docs_outlet", "articles of the outlet"),
              decimal("share_docs", "n_docs / n_docs_outlet")),
          List.of("outlet", "source"),
          "cited_sources grouped by outlet and source, over the outlet's articles in documents. "
              + Tables.COPIES_ONCE);

  public static final Table BLOC_CITED_SOURCES =
      new Table(
          "bloc_cited_sources",
          List.of(
              string("bloc", "information bloc"),
              string("source", "cited news organisation (canonical name)"),
              bigint("n_outlets", "outlets of the bloc citing it"),
              bigint("n_docs", "articles of the bloc citing it"),
              bigint("n_citations", "citations"),
              bigint("n_docs_bloc", "articles of the bloc"),
              decimal("share_docs", "n_docs / n_docs_bloc"),
              bigint("n_outlets_bloc", "outlets of the bloc (the interval's units)"),
              decimal(
                  "ci_low",
                  "lower bound of the 95% interval of share_docs with the outlet as the sampling"
                      + " unit (CR2 over outlets; null below 2 outlets)"),
              decimal("ci_high", "upper bound of that interval"),
              Tables.blocInterval("share_docs", "").get(2)),
          List.of("bloc", "source"),
          "cited_sources grouped by bloc and source, over all articles of the bloc; ci_low/ci_high"
              + " is clustered by outlet (each of the bloc's outlets enters with its articles and"
              + " those citing the source) and clipped to [0, 1]."
              + Tables.OUTLET_CLUSTERED
              + " "
              + Tables.COPIES_ONCE);
}
