package com.mediaframing.stories;

import com.mediaframing.sentiment.SentimentLabel;
import com.mediaframing.stories.StoryReport.ActorTone;
import com.mediaframing.stories.StoryReport.BlocCoverage;
import com.mediaframing.stories.StoryReport.Disagreement;
import com.mediaframing.stories.StoryReport.StoryFact;
import com.mediaframing.stories.StoryReport.Summary;
import com.mediaframing.stories.StoryReport.TopicShare;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a story's narrative summary as Markdown, in the structure of the comparison seed:
 * "Observable data points shared across all narratives", "How each bloc frames them", "Key
 * disagreements", "Blind spots". It uses only the story's table rows (facts, coverage,
 * disagreements, tone per bloc and actor, topic shares), and every statement ends with the evidence
 * it rests on (doc ids with sentence indexes). Deterministic: same rows, same text. Stateless apart
 * from the actor names; thread-safe.
 */
public final class NarrativeBuilder {
  /** Facts, actors and disagreements listed per section, at most. */
  public static final int MAX_ITEMS = 8;

  private final Map<String, String> actorNames;

  public NarrativeBuilder(Map<String, String> actorNames) {
    this.actorNames = actorNames;
  }

  public String build(
      Summary story,
      List<BlocCoverage> coverage,
      List<StoryFact> facts,
      List<Disagreement> disagreements,
      List<ActorTone> blocTone,
      List<TopicShare> topics) {
    return build(story, coverage, facts, disagreements, blocTone, topics, null);
  }

  /**
   * The narrative; with a {@link ClaimReading} (multi-bloc stories with aligned claims) its
   * sections are built from claims, see {@link ClaimNarrative}.
   */
  public String build(
      Summary story,
      List<BlocCoverage> coverage,
      List<StoryFact> facts,
      List<Disagreement> disagreements,
      List<ActorTone> blocTone,
      List<TopicShare> topics,
      ClaimReading reading) {
    if (reading != null) {
      return new ClaimNarrative(actorNames)
          .build(story, coverage, facts, disagreements, blocTone, topics, reading);
    }
    StringBuilder md = new StringBuilder();
    header(md, story);

    md.append("## Observable data points shared across all narratives\n\n");
    List<StoryFact> shared = facts.stream().filter(StoryFact::sharedByAllBlocs).toList();
    if (story.blocs().size() < 2) {
      md.append("- Only one bloc covers this story; nothing can be compared across blocs.\n");
    } else if (shared.isEmpty()) {
      md.append("- No fact is reported by every bloc.\n");
    }
    shared.stream().limit(MAX_ITEMS).forEach(f -> md.append(fact(f)));
    if (shared.size() > MAX_ITEMS) {
      md.append("- … and ").append(shared.size() - MAX_ITEMS).append(" more (story_facts).\n");
    }

    md.append("\n## How each bloc frames them\n");
    for (String bloc : story.blocs()) {
      blocHeading(md, bloc, coverage);
      List<ActorTone> actors = NarrativeBuilder.topActors(blocTone, bloc, 5);
      if (!actors.isEmpty()) {
        md.append("- Top actors and tone toward them:\n");
        for (ActorTone t : actors) {
          md.append(
              String.format(
                  Locale.ROOT,
                  "  - %s: %d mentions, tone %+.2f (%s) — %s%n",
                  name(t.actorId()),
                  t.nMentions(),
                  t.sentiment(),
                  tone(t.sentiment()),
                  t.evidence()));
        }
      }
      List<TopicShare> emphasis =
          topics.stream()
              .filter(t -> t.kind().equals("bloc") && t.group().equals(bloc))
              .sorted(
                  Comparator.comparingDouble(TopicShare::share)
                      .reversed()
                      .thenComparing(TopicShare::topicId))
              .limit(3)
              .toList();
      if (!emphasis.isEmpty()) {
        md.append("- Topic emphasis: ");
        for (int i = 0; i < emphasis.size(); i++) {
          TopicShare t = emphasis.get(i);
          md.append(i > 0 ? ", " : "")
              .append(String.format(Locale.ROOT, "%s %.0f%%", t.topicId(), 100 * t.share()));
        }
        md.append(" (doc_topics of the bloc's articles)\n");
      }
      List<StoryFact> only = facts.stream().filter(f -> bloc.equals(f.blocOnly())).toList();
      if (!only.isEmpty()) {
        md.append("- Reported only by this bloc:\n");
        only.stream().limit(MAX_ITEMS).forEach(f -> md.append("  ").append(fact(f)));
        if (only.size() > MAX_ITEMS) {
          md.append("  - … and ").append(only.size() - MAX_ITEMS).append(" more (story_facts).\n");
        }
      }
    }

    md.append("\n## Key disagreements\n\n");
    List<Disagreement> keys =
        disagreements.stream()
            .filter(d -> Math.abs(d.difference()) >= 0.1)
            .sorted(Disagreement.BY_EVIDENCE)
            .limit(MAX_ITEMS)
            .toList();
    if (keys.isEmpty()) {
      md.append("- No bloc differs from another by 0.1 or more in tone toward a shared actor.\n");
    }
    for (Disagreement d : keys) {
      md.append(
          String.format(
              Locale.ROOT,
              "- Tone toward %s: %s %+.2f vs %s %+.2f (difference %+.2f, %s) — %s%n",
              name(d.actorId()),
              d.blocA(),
              d.sentimentA(),
              d.blocB(),
              d.sentimentB(),
              d.difference(),
              d.verdict(),
              d.evidence()));
    }

    md.append("\n## Blind spots\n\n");
    boolean any = coverageBlindSpots(md, story, coverage);
    if (!any) {
      md.append("- No bloc that is large in the corpus is missing from this story.\n");
    }
    for (String bloc : story.blocs()) {
      long missing =
          facts.stream()
              .filter(f -> story.blocs().size() >= 2 && !f.blocs().contains(bloc))
              .filter(f -> f.blocs().size() == story.blocs().size() - 1)
              .count();
      if (missing > 0) {
        md.append(
            String.format(
                Locale.ROOT,
                "- %s leaves out %d fact%s every other bloc reports (story_facts).%n",
                bloc,
                missing,
                missing == 1 ? "" : "s"));
      }
    }
    return md.toString();
  }

  /** A bloc's most mentioned actors with its tone toward them, at most {@code n}. */
  static List<ActorTone> topActors(List<ActorTone> blocTone, String bloc, int n) {
    return blocTone.stream()
        .filter(t -> t.group().equals(bloc))
        .sorted(
            Comparator.comparingInt(ActorTone::nMentions)
                .reversed()
                .thenComparing(ActorTone::actorId))
        .limit(n)
        .toList();
  }

  /** The story's title and its one-line size: articles, outlets, blocs, first and last dates. */
  static void header(StringBuilder md, Summary story) {
    md.append("# ").append(story.title()).append("\n\n");
    md.append(
        String.format(
            Locale.ROOT,
            "%d articles from %d outlets in %d blocs (%s), %s to %s.%n%n",
            story.nDocs(),
            story.nOutlets(),
            story.blocs().size(),
            String.join(", ", story.blocs()),
            story.firstPublished(),
            story.lastPublished()));
  }

  /** A bloc's sub-heading with its number of articles in the story. */
  static void blocHeading(StringBuilder md, String bloc, List<BlocCoverage> coverage) {
    int n =
        coverage.stream().filter(c -> c.bloc().equals(bloc)).mapToInt(BlocCoverage::nDocs).sum();
    md.append("\n### ")
        .append(bloc)
        .append(" (")
        .append(n)
        .append(n == 1 ? " article" : " articles")
        .append(")\n\n");
  }

  /**
   * One line per bloc that is large in the corpus but thin in this story ({@link
   * BlocCoverage#blindspot()}); true when there was one.
   */
  static boolean coverageBlindSpots(StringBuilder md, Summary story, List<BlocCoverage> coverage) {
    boolean any = false;
    for (BlocCoverage c : coverage) {
      if (c.blindspot()) {
        any = true;
        md.append(
            String.format(
                Locale.ROOT,
                "- %s has %.0f%% of the corpus's articles but %d of this story's %d (%.0f%%).%n",
                c.bloc(),
                100 * c.corpusShare(),
                c.nDocs(),
                story.nDocs(),
                100 * c.share()));
      }
    }
    return any;
  }

  private String fact(StoryFact f) {
    String text = f.type().equals("quote") ? "“" + f.fact() + "”" : f.fact();
    return "- " + f.type() + ": " + text + " — " + f.evidence() + "\n";
  }

  String name(String actorId) {
    return actorNames.getOrDefault(actorId, actorId);
  }

  static String tone(double s) {
    return SentimentLabel.ofScore(s).id();
  }
}
