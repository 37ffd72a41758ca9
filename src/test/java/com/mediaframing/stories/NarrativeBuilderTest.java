package com.mediaframing.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mediaframing.stories.StoryReport.ActorTone;
import com.mediaframing.stories.StoryReport.BlocCoverage;
import com.mediaframing.stories.StoryReport.Disagreement;
import com.mediaframing.stories.StoryReport.StoryFact;
import com.mediaframing.stories.StoryReport.Summary;
import com.mediaframing.stories.StoryReport.TopicShare;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NarrativeBuilderTest {
  @Test
  void writesTheSeedStructureWithEvidence() {
    Summary story =
        new Summary(
            "d1",
            "Rubio and Lavrov talk",
            "2025-03-15",
            "2025-03-16",
            3,
            3,
            List.of("east", "west"),
            List.of("houthis"),
            List.of("call"));
    List<BlocCoverage> coverage =
        List.of(
            new BlocCoverage("east", 1, 1 / 3.0, 0.3, false),
            new BlocCoverage("west", 2, 2 / 3.0, 0.3, false),
            new BlocCoverage("south", 0, 0, 0.4, true));
    List<StoryFact> facts =
        List.of(
            new StoryFact(
                "actor", "Houthis", List.of("east", "west"), 3, true, null, "d1[0] d2[1] d3[0]"),
            new StoryFact("number", "30-day truce", List.of("west"), 1, false, "west", "d2[4]"));
    List<Disagreement> disagreements =
        List.of(
            new Disagreement(
                "houthis",
                "east",
                "west",
                -0.5,
                0.1,
                0.6,
                null,
                null,
                2,
                3,
                1,
                2,
                false,
                "east: d1[0] | west: d2[1] d3[0]"),
            new Disagreement(
                "iran",
                "east",
                "west",
                0.0,
                0.05,
                0.05,
                null,
                null,
                1,
                1,
                1,
                1,
                false,
                "east: d1[2] | west: d2[2]"));
    List<ActorTone> tones =
        List.of(
            new ActorTone("east", "houthis", 1, 2, -0.5, null, null, "d1[0]"),
            new ActorTone("west", "houthis", 2, 3, 0.1, 0.0, 0.2, "d2[1] d3[0]"));
    List<TopicShare> topics =
        List.of(
            new TopicShare("bloc", "east", "yemen", 0.75, 1),
            new TopicShare("bloc", "east", "iran", 0.25, 1),
            new TopicShare("outlet", "East Daily", "yemen", 0.75, 1));
    String md =
        new NarrativeBuilder(Map.of("houthis", "Houthis"))
            .build(story, coverage, facts, disagreements, tones, topics);
    assertEquals(
        String.join(
            "\n",
            "# Rubio and Lavrov talk",
            "",
            "3 articles from 3 outlets in 2 blocs (east, west), 2025-03-15 to 2025-03-16.",
            "",
            "## Observable data points shared across all narratives",
            "",
            "- actor: Houthis — d1[0] d2[1] d3[0]",
            "",
            "## How each bloc frames them",
            "",
            "### east (1 article)",
            "",
            "- Top actors and tone toward them:",
            "  - Houthis: 2 mentions, tone -0.50 (negative) — d1[0]",
            "- Topic emphasis: yemen 75%, iran 25% (doc_topics of the bloc's articles)",
            "",
            "### west (2 articles)",
            "",
            "- Top actors and tone toward them:",
            "  - Houthis: 3 mentions, tone +0.10 (positive) — d2[1] d3[0]",
            "- Reported only by this bloc:",
            "  - number: 30-day truce — d2[4]",
            "",
            "## Key disagreements",
            "",
            "- Tone toward Houthis: east -0.50 vs west +0.10 (difference +0.60, one article in east)"
                + " — east: d1[0] | west: d2[1] d3[0]",
            "",
            "## Blind spots",
            "",
            "- south has 40% of the corpus's articles but 0 of this story's 3 (0%).",
            "- east leaves out 1 fact every other bloc reports (story_facts).",
            ""),
        md);
  }
}
