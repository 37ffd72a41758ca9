package com.mediaframing.stories;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * Everything the job reports about one story, as plain values: the rows of the {@code stories},
 * {@code story_bloc_coverage}, {@code story_facts}, {@code story_disagreements}, {@code
 * story_claims}, {@code story_claim_disagreements} and {@code story_narratives} tables, plus the
 * per-story breakdowns and the article list the HTML report draws. Built by {@link StoryAnalyzer};
 * immutable.
 */
public record StoryReport(
    Summary summary,
    List<BlocCoverage> coverage,
    List<StoryFact> facts,
    List<Disagreement> disagreements,
    List<ActorTone> outletActorTone,
    List<ActorTone> blocActorTone,
    List<TopicShare> topicShares,
    List<StoryClaim> claims,
    List<ClaimDisagreement> claimDisagreements,
    String markdown,
    List<Article> articles)
    implements Serializable {

  /**
   * One article of the story, for its page: headline, outlet, bloc, date (null if undated), URL.
   */
  public record Article(
      String docId, String title, String outlet, String bloc, String published, String url)
      implements Serializable {}

  /** A row of {@code stories}. Dates are ISO {@code YYYY-MM-DD}. */
  public record Summary(
      String storyId,
      String title,
      String firstPublished,
      String lastPublished,
      int nDocs,
      int nOutlets,
      List<String> blocs,
      List<String> topActors,
      List<String> topTerms)
      implements Serializable {}

  /** A row of {@code story_bloc_coverage}. */
  public record BlocCoverage(
      String bloc, int nDocs, double share, double corpusShare, boolean blindspot)
      implements Serializable {}

  /** A row of {@code story_facts}. */
  public record StoryFact(
      String type,
      String fact,
      List<String> blocs,
      int nDocs,
      boolean sharedByAllBlocs,
      String blocOnly,
      String evidence)
      implements Serializable {}

  /** A row of {@code story_disagreements}. */
  public record Disagreement(
      String actorId,
      String blocA,
      String blocB,
      double sentimentA,
      double sentimentB,
      double difference,
      Double differenceLow,
      Double differenceHigh,
      int nMentionsA,
      int nMentionsB,
      int nDocsA,
      int nDocsB,
      boolean significant,
      String evidence)
      implements Serializable {
    /**
     * Supported gaps first, then by the smallest difference their interval allows ({@link
     * #guaranteed()}), then by the raw difference: the order in which the report and the narratives
     * list disagreements.
     */
    public static final Comparator<Disagreement> BY_EVIDENCE =
        Comparator.comparing(Disagreement::significant)
            .reversed()
            .thenComparing(Comparator.comparingDouble(Disagreement::guaranteed).reversed())
            .thenComparing(
                Comparator.comparingDouble((Disagreement d) -> Math.abs(d.difference())).reversed())
            .thenComparing(Disagreement::actorId)
            .thenComparing(Disagreement::blocA)
            .thenComparing(Disagreement::blocB);

    /** The smallest difference the 95% interval allows, in absolute value (0 when it spans 0). */
    public double guaranteed() {
      return new ToneGaps.Gap(
              nDocsA,
              nDocsB,
              nMentionsA,
              nMentionsB,
              difference,
              differenceLow,
              differenceHigh,
              significant)
          .guaranteed();
    }

    /**
     * What the evidence says of the gap, for narratives: "significant at 95%", "not significant",
     * or, when a bloc has a single article naming the actor (no interval), "one article each" or
     * "one article in BLOC".
     */
    public String verdict() {
      if (nDocsA == 1 && nDocsB == 1) {
        return "one article each";
      }
      if (nDocsA == 1 || nDocsB == 1) {
        return "one article in " + (nDocsA == 1 ? blocA : blocB);
      }
      return significant ? "significant at 95%" : "not significant";
    }
  }

  /** A row of {@code story_claims}: one claim sentence of one article, in its claim. */
  public record StoryClaim(
      String claimId,
      String docId,
      String bloc,
      int sentenceIndex,
      String text,
      double similarity,
      boolean forward,
      String dates)
      implements Serializable {}

  /**
   * A row of {@code story_claim_disagreements}: two blocs' wordings of one claim differ in a
   * number, a negation or the actor who did it ({@code kind} number, negation, agent).
   */
  public record ClaimDisagreement(
      String claimId,
      String kind,
      String blocA,
      String blocB,
      String valueA,
      String valueB,
      String evidence)
      implements Serializable {}

  /**
   * Tone toward an actor within the story for one outlet or bloc ({@code group}): mean over the
   * group's articles of the per-article mean mention sentiment, with the 95% t-interval (null below
   * two articles).
   */
  public record ActorTone(
      String group,
      String actorId,
      int nDocs,
      int nMentions,
      double sentiment,
      Double ciLow,
      Double ciHigh,
      String evidence)
      implements Serializable {}

  /** Mean topic weight over an outlet's or bloc's topical articles in the story. */
  public record TopicShare(String kind, String group, String topicId, double share, int nDocs)
      implements Serializable {}
}
