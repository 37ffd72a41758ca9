package com.mediaframing.output;

import java.util.List;

/**
 * The views {@link FramingDatabase} creates in {@code framing.duckdb}, in creation order. Each
 * reads only the tables of the same file (the job's tables plus the {@code actors} and {@code
 * topics} reference tables), so a BI tool that opens the file sees consistent numbers.
 */
public final class BiViews {
  private BiViews() {}

  /** Days in each of the two periods that {@link #ACTOR_SENTIMENT_MOVERS} compares. */
  public static final int MOVER_PERIOD_DAYS = 28;

  public static final BiView OUTLET_ACTOR_SENTIMENT =
      new BiView(
          "v_outlet_actor_sentiment",
          "outlet x actor sentiment with its 95% interval and the actor's name and type; the *_own"
              + " columns count only mentions outside quotes",
          "outlet_actor_sentiment left-joined with the actors reference table; ci_width is "
              + "ci_high - ci_low (null when the interval is).",
          """
          SELECT s.outlet, s.bloc, s.actor_id, a.name AS actor_name, a.type AS actor_type,
                 s.n_docs, s.n_mentions, s.sentiment, s.ci_low, s.ci_high,
                 s.ci_high - s.ci_low AS ci_width,
                 s.share_negative, s.share_neutral, s.share_positive,
                 s.n_docs_own, s.n_mentions_own, s.sentiment_own, s.ci_low_own, s.ci_high_own
          FROM outlet_actor_sentiment s
          LEFT JOIN actors a ON a.actor_id = s.actor_id""");

  public static final BiView BLOC_ACTOR_SENTIMENT =
      new BiView(
          "v_bloc_actor_sentiment",
          "bloc x actor sentiment with its 95% interval (the outlet as the sampling unit, n_outlets"
              + " beside it) and the actor's name and type; the *_own columns count only mentions"
              + " outside quotes",
          "bloc_actor_sentiment left-joined with the actors reference table.",
          """
          SELECT s.bloc, s.actor_id, a.name AS actor_name, a.type AS actor_type,
                 s.n_outlets, s.n_docs, s.n_mentions, s.sentiment, s.ci_low, s.ci_high,
                 s.ci_high - s.ci_low AS ci_width, s.ci_df,
                 s.share_negative, s.share_neutral, s.share_positive,
                 s.n_docs_own, s.n_mentions_own, s.sentiment_own, s.n_outlets_own,
                 s.ci_low_own, s.ci_high_own, s.ci_df_own
          FROM bloc_actor_sentiment s
          LEFT JOIN actors a ON a.actor_id = s.actor_id""");

  public static final BiView TOPIC_SHARE_WEEKLY =
      new BiView(
          "v_topic_share_weekly",
          "topic share by bloc and ISO week (week = the Monday it starts on)",
          "doc_topics joined with documents on doc_id; per bloc and week, share = sum of the "
              + "topic's weights / articles of the bloc that week with any topic "
              + "(n_docs_topical), the same definition as bloc_topic_share restricted to one "
              + "week, so a bloc's shares in a week sum to 1. Undated articles (published null) "
              + "are left out, and so are reruns of a text in the same outlet "
              + "(copy_in_outlet > 1), as in bloc_topic_share.",
          """
          WITH t AS (
            SELECT CAST(date_trunc('week', d.published) AS DATE) AS week, d.bloc,
                   dt.doc_id, dt.topic_id, dt.weight
            FROM doc_topics dt JOIN documents d ON d.doc_id = dt.doc_id
            WHERE d.published IS NOT NULL AND d.copy_in_outlet = 1),
          den AS (
            SELECT week, bloc, count(DISTINCT doc_id) AS n_docs_topical FROM t GROUP BY week, bloc)
          SELECT t.week, t.bloc, t.topic_id, tp.label AS topic_label,
                 count(*) AS n_docs, den.n_docs_topical,
                 sum(t.weight) / den.n_docs_topical AS share
          FROM t
          JOIN den ON den.week = t.week AND den.bloc = t.bloc
          LEFT JOIN topics tp ON tp.topic_id = t.topic_id
          GROUP BY t.week, t.bloc, t.topic_id, tp.label, den.n_docs_topical""");

  public static final BiView ACTOR_SENTIMENT_MOVERS =
      new BiView(
          "v_actor_sentiment_movers",
          "change of each bloc's sentiment toward each actor between the latest 4 weeks and the "
              + "4 weeks before",
          "The periods end at the latest publication date in documents (L): recent = L-27 .. L, "
              + "previous = L-55 .. L-28 (28 days each, inclusive). For each bloc and actor, "
              + "sentiment_* is the mean of doc_actor_sentiment.sentiment over the bloc's articles "
              + "of the period (an article counts once, as in bloc_actor_sentiment); change = "
              + "sentiment_recent - sentiment_previous, null when the actor is named in only one "
              + "period. Rows exist for every bloc and actor named in either period; sort by "
              + "abs(change) to find the movers. Undated articles and reruns of a text in the "
              + "same outlet (copy_in_outlet > 1) are left out.",
          """
          WITH bounds AS (SELECT max(published) AS latest FROM documents),
          p AS (
            SELECT s.bloc, s.actor_id, s.sentiment,
                   CASE WHEN d.published > b.latest - 28 THEN 'recent'
                        WHEN d.published > b.latest - 56 THEN 'previous' END AS period
            FROM doc_actor_sentiment s
            JOIN documents d ON d.doc_id = s.doc_id
            CROSS JOIN bounds b
            WHERE d.copy_in_outlet = 1),
          g AS (
            SELECT bloc, actor_id,
                   count(*) FILTER (WHERE period = 'previous') AS n_docs_previous,
                   avg(sentiment) FILTER (WHERE period = 'previous') AS sentiment_previous,
                   count(*) FILTER (WHERE period = 'recent') AS n_docs_recent,
                   avg(sentiment) FILTER (WHERE period = 'recent') AS sentiment_recent
            FROM p WHERE period IS NOT NULL GROUP BY bloc, actor_id)
          SELECT g.bloc, g.actor_id, a.name AS actor_name,
                 b.latest - 55 AS previous_from, b.latest - 28 AS previous_to,
                 b.latest - 27 AS recent_from, b.latest AS recent_to,
                 g.n_docs_previous, g.sentiment_previous, g.n_docs_recent, g.sentiment_recent,
                 g.sentiment_recent - g.sentiment_previous AS change
          FROM g CROSS JOIN bounds b
          LEFT JOIN actors a ON a.actor_id = g.actor_id""");

  public static final BiView DOCUMENTS_WEEKLY =
      new BiView(
          "v_documents_weekly",
          "articles per outlet and ISO week, with the actor mentions they hold",
          "documents grouped by outlet, bloc and week (the Monday it starts on); n_mentions "
              + "counts the mentions rows of those articles. Every dated article counts, copies "
              + "included (n_copies of them are reruns, copy_in_outlet > 1); undated articles are "
              + "left out (run_manifest.n_undated counts them).",
          """
          SELECT CAST(date_trunc('week', d.published) AS DATE) AS week, d.outlet, d.bloc,
                 count(*) AS n_docs, count(*) FILTER (WHERE d.copy_in_outlet > 1) AS n_copies,
                 sum(n_tokens) AS n_tokens,
                 sum(coalesce(m.n, 0)) AS n_mentions
          FROM documents d
          LEFT JOIN (SELECT doc_id, count(*) AS n FROM mentions GROUP BY doc_id) m
            ON m.doc_id = d.doc_id
          WHERE d.published IS NOT NULL
          GROUP BY 1, 2, 3""");

  public static final BiView BLOC_VOICE =
      new BiView(
          "v_bloc_voice",
          "share of voice per bloc: each speaker's share of the bloc's quotes with its 95%"
              + " interval (the outlet as the sampling unit, n_outlets beside it), ranked",
          "bloc_voice rows of level speaker, left-joined with the actors reference table; rank "
              + "is 1 for the speaker with most quotes in the bloc (ties by speaker_key).",
          """
          SELECT v.bloc, v.speaker_key, coalesce(a.name, v.speaker_name) AS speaker_name,
                 v.speaker_actor_id, a.type AS actor_type, v.speaker_type,
                 v.n_docs, v.n_quotes, v.n_direct, v.n_words, v.share, v.ci_low, v.ci_high,
                 v.n_outlets, v.ci_df, v.share_words, v.n_quotes_total,
                 row_number() OVER (PARTITION BY v.bloc
                                    ORDER BY v.n_quotes DESC, v.speaker_key) AS rank
          FROM bloc_voice v
          LEFT JOIN actors a ON a.actor_id = v.speaker_actor_id
          WHERE v.level = 'speaker'""");

  public static final BiView QUOTES =
      new BiView(
          "v_quotes",
          "every quote with its speaker, article, outlet, bloc and publication date",
          "quotes joined with documents on doc_id and left-joined with the actors reference "
              + "table; content_start/content_end point into the input text of the article.",
          """
          SELECT q.doc_id, d.published, q.outlet, q.bloc, d.title, d.url, q.quote_index, q.kind,
                 q.content, q.content_start, q.content_end, q.cue, q.speaker,
                 q.resolved_speaker, q.speaker_actor_id, a.name AS actor_name, q.speaker_type,
                 q.speaker_key, q.n_words
          FROM quotes q
          JOIN documents d ON d.doc_id = q.doc_id
          LEFT JOIN actors a ON a.actor_id = q.speaker_actor_id""");

  /** All views in creation order. */
  public static final List<BiView> ALL =
      List.of(
          OUTLET_ACTOR_SENTIMENT,
          BLOC_ACTOR_SENTIMENT,
          TOPIC_SHARE_WEEKLY,
          ACTOR_SENTIMENT_MOVERS,
          DOCUMENTS_WEEKLY,
          BLOC_VOICE,
          QUOTES);
}
