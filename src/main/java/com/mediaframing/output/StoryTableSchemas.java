package com.mediaframing.output;

import static com.mediaframing.output.Table.bool;
import static com.mediaframing.output.Table.date;
import static com.mediaframing.output.Table.decimal;
import static com.mediaframing.output.Table.integer;
import static com.mediaframing.output.Table.string;

import java.util.List;

/**
 * The contracts of the story tables: story_documents (every current article with its story),
 * stories, story_bloc_coverage, story_facts, story_disagreements, story_claims,
 * story_claim_disagreements and story_narratives, recomputed by every run over all run dates. Part
 * of {@link Tables#ALL}; the data dictionary is generated from them. Immutable.
 */
public final class StoryTableSchemas {
  private StoryTableSchemas() {}

  private static final Table.Column STORY_ID = string("story_id", "story (smallest doc_id in it)");

  public static final Table STORIES =
      new Table(
          "stories",
          List.of(
              STORY_ID,
              string(
                  "title", "representative headline: the article sharing most terms with the rest"),
              date(
                  "first_published",
                  "earliest publication date in the story (its dated articles; null if none is)"),
              date("last_published", "latest publication date in the story (dated articles)"),
              integer("n_docs", "articles in the story"),
              integer("n_outlets", "outlets in the story"),
              integer("n_blocs", "blocs in the story"),
              string("blocs", "blocs covering the story, '|'-separated, sorted"),
              string("top_actors", "up to 5 actor_ids named by most articles, '|'-separated"),
              string("top_terms", "up to 8 content lemmas shared by most articles, '|'-separated")),
          List.of("story_id"));

  public static final Table STORY_BLOC_COVERAGE =
      new Table(
          "story_bloc_coverage",
          List.of(
              STORY_ID,
              string("bloc", "information bloc (every bloc of the corpus, also those with 0 docs)"),
              integer("n_docs", "articles of the bloc in the story"),
              decimal("share", "the bloc's share of the story's articles"),
              decimal("corpus_share", "the bloc's share of all processed articles"),
              bool(
                  "blindspot",
                  "story has >= 3 articles, bloc has >= 20% of the corpus but < 1/4 of that share"
                      + " of the story")),
          List.of("story_id", "bloc"));

  public static final Table STORY_FACTS =
      new Table(
          "story_facts",
          List.of(
              STORY_ID,
              string("fact_type", "actor, place, number, date, quote or term"),
              string(
                  "fact", "the fact, normalized (dictionary name, lemma, '15 March', quote text)"),
              string("blocs", "blocs whose articles state it, '|'-separated"),
              integer("n_docs", "articles stating it"),
              bool("shared_by_all_blocs", "every bloc of a multi-bloc story states it"),
              string("bloc_only", "the single bloc that alone states it, in a multi-bloc story"),
              string("evidence", "doc_id[sentence indexes] of each article stating it")),
          List.of("story_id", "fact_type", "fact"));

  public static final Table STORY_DISAGREEMENTS =
      new Table(
          "story_disagreements",
          List.of(
              STORY_ID,
              string("actor_id", "actor named by both blocs"),
              string("bloc_a", "first bloc (alphabetical)"),
              string("bloc_b", "second bloc"),
              decimal("sentiment_a", "bloc a's tone toward the actor: mean over its articles"),
              decimal("sentiment_b", "bloc b's tone toward the actor"),
              decimal("difference", "sentiment_b - sentiment_a"),
              decimal(
                  "difference_low",
                  "lower bound of the 95% interval of the difference, clustered by article (the"
                      + " article means are the units; Welch degrees of freedom); null when a bloc"
                      + " has a single article naming the actor"),
              decimal("difference_high", "upper bound of that interval"),
              integer("n_mentions_a", "bloc a's mentions of the actor in the story"),
              integer("n_mentions_b", "bloc b's mentions of the actor in the story"),
              integer("n_docs_a", "bloc a's articles naming the actor (the interval's units)"),
              integer("n_docs_b", "bloc b's articles naming the actor"),
              bool(
                  "significant",
                  "both blocs have >= 2 articles and >= 4 mentions of the actor and the interval"
                      + " excludes zero"),
              string("evidence", "bloc: doc_id[sentence indexes] of the mentions, per bloc")),
          List.of("story_id", "actor_id", "bloc_a", "bloc_b"),
          "Every pair of blocs of a story that both name an actor. A bloc's tone is the mean over"
              + " its articles of each article's mean mention score, so the interval of the"
              + " difference takes the article as the unit (the mentions of one article share its"
              + " author and are not independent): each bloc's standard error over its article"
              + " means, combined with Welch-Satterthwaite degrees of freedom. It assumes a bloc's"
              + " articles in the story are independent of each other. With a single article"
              + " on either side there is no interval and nothing is significant: one article per"
              + " bloc says nothing about the blocs (the narratives say 'one article each').");

  public static final Table STORY_CLAIMS =
      new Table(
          "story_claims",
          List.of(
              STORY_ID,
              string(
                  "claim_id",
                  "story_id#n: one id for the sentences that state the same claim, across articles"
                      + " and blocs (n = 1 is stated by most blocs, then articles, then earliest)"),
              string("doc_id", "article stating it (see documents)"),
              string("bloc", "the article's bloc"),
              integer("sentence_index", "0-based sentence of the article"),
              string("text", "the sentence as written"),
              decimal(
                  "similarity",
                  "cosine between the sentence's encoding and its claim's centre (1 when alone)"),
              bool("forward_looking", "the sentence looks ahead: will, plans to, a deadline"),
              string(
                  "dates",
                  "ISO dates the sentence names, relative ones resolved against the article's"
                      + " date, '|'-separated")),
          List.of("story_id", "claim_id", "doc_id", "sentence_index"),
          "Claim sentences of every multi-bloc story, aligned by meaning: mutual nearest"
              + " neighbours of the sentence encoder between two articles, above a calibrated"
              + " cosine, with compatible actors, dates and numbers; claims join by complete"
              + " linkage, so every two sentences of a claim pass that test; see ClaimAligner.");

  public static final Table STORY_CLAIM_DISAGREEMENTS =
      new Table(
          "story_claim_disagreements",
          List.of(
              STORY_ID,
              string("claim_id", "the claim (see story_claims)"),
              string(
                  "kind",
                  "number (the numbers differ), negation (one wording negates) or agent (another"
                      + " actor did it)"),
              string("bloc_a", "first bloc (alphabetical)"),
              string("bloc_b", "second bloc"),
              string("value_a", "bloc a's number, affirmed/negated, or actor_id"),
              string("value_b", "bloc b's"),
              string("evidence", "doc_id[sentence_index] of the two wordings")),
          List.of("story_id", "claim_id", "kind", "bloc_a", "bloc_b", "value_a", "value_b"));

  public static final Table STORY_NARRATIVES =
      new Table(
          "story_narratives",
          List.of(
              STORY_ID,
              string(
                  "markdown",
                  "shared facts, framing per bloc, key disagreements, blind spots, with evidence")),
          List.of("story_id"));

  public static final Table STORY_DOCUMENTS =
      new Table(
          "story_documents",
          List.of(STORY_ID, string("doc_id", "article in the story (see documents)")),
          List.of("story_id", "doc_id"),
          "Every current article with its story, recomputed by every run over all run dates: "
              + "articles whose encoded headline and lead (cosine) and rare lead lemmas "
              + "(Jaccard) agree, merged by average linkage within a 3-day span while their "
              + "pairs' evidence averages at least --story-min-similarity (0.45, calibrated on "
              + "basil-dev alone and mixed into the AllSides corpus: docs/stories.md), are one "
              + "story; an article without a close match is a story of its own (story_id = its "
              + "doc_id). Deterministic: the same articles give the same stories whatever their "
              + "order or partitioning.");

  /** The story tables written from the story reports, in write order (after story_documents). */
  public static final List<Table> REPORT_TABLES =
      List.of(
          STORIES,
          STORY_BLOC_COVERAGE,
          STORY_FACTS,
          STORY_DISAGREEMENTS,
          STORY_CLAIMS,
          STORY_CLAIM_DISAGREEMENTS,
          STORY_NARRATIVES);
}
