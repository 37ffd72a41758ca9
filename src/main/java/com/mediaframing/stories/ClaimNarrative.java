package com.mediaframing.stories;

import com.mediaframing.stories.ClaimAligner.Claim;
import com.mediaframing.stories.ClaimAligner.Member;
import com.mediaframing.stories.ClaimReading.BlindSpot;
import com.mediaframing.stories.ClaimReading.Headline;
import com.mediaframing.stories.ClaimReading.WordEvidence;
import com.mediaframing.stories.StoryReport.ActorTone;
import com.mediaframing.stories.StoryReport.BlocCoverage;
import com.mediaframing.stories.StoryReport.ClaimDisagreement;
import com.mediaframing.stories.StoryReport.Disagreement;
import com.mediaframing.stories.StoryReport.StoryFact;
import com.mediaframing.stories.StoryReport.Summary;
import com.mediaframing.stories.StoryReport.TopicShare;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The narrative of a multi-bloc story built from its aligned claims, in the structure of the
 * comparison seed: shared data points (each bloc's own wording side by side), how each bloc reads
 * the story (headlines, its own claims by salience, distinctive words, tone toward its top actors),
 * key disagreements (claims that differ in a number, a negation or an actor; tone gaps the evidence
 * supports, and tone differences of 0.1 or more with enough mentions but a single article on a
 * side, marked as such), blind spots and what to watch. Every line cites {@code
 * doc_id[sentence_index]} ({@code doc_id[headline]} for a headline). Deterministic; thread-safe.
 */
final class ClaimNarrative {
  static final int MAX_ITEMS = NarrativeBuilder.MAX_ITEMS;
  static final int MAX_BLOC_CLAIMS = 5;
  static final int MAX_QUOTE_CHARS = 260;

  private final Map<String, String> actorNames;

  ClaimNarrative(Map<String, String> actorNames) {
    this.actorNames = actorNames;
  }

  String build(
      Summary story,
      List<BlocCoverage> coverage,
      List<StoryFact> facts,
      List<Disagreement> disagreements,
      List<ActorTone> blocTone,
      List<TopicShare> topics,
      ClaimReading r) {
    StringBuilder md = new StringBuilder();
    NarrativeBuilder.header(md, story);

    md.append("## Observable data points shared across all narratives\n\n");
    if (r.shared().isEmpty()) {
      md.append("- No claim is stated by every bloc (story_claims).\n");
    }
    for (Claim c : r.shared().stream().limit(MAX_ITEMS).toList()) {
      md.append("- ").append(c.claimId()).append(", in every bloc:\n");
      for (String bloc : c.blocs()) {
        for (Member m : c.of(bloc)) {
          md.append("  - ").append(bloc).append(": ").append(quote(m)).append('\n');
        }
      }
    }
    if (r.shared().size() > MAX_ITEMS) {
      md.append("- … and ").append(r.shared().size() - MAX_ITEMS).append(" more (story_claims).\n");
    }
    List<StoryFact> names =
        facts.stream()
            .filter(
                f -> f.sharedByAllBlocs() && (f.type().equals("actor") || f.type().equals("place")))
            .limit(MAX_ITEMS)
            .toList();
    if (!names.isEmpty()) {
      md.append("- Named by every bloc: ");
      for (int i = 0; i < names.size(); i++) {
        md.append(i > 0 ? "; " : "")
            .append(names.get(i).fact())
            .append(" ")
            .append(names.get(i).evidence());
      }
      md.append('\n');
    }

    md.append("\n## How each bloc reads the story\n");
    for (String bloc : story.blocs()) {
      NarrativeBuilder.blocHeading(md, bloc, coverage);
      for (Headline h : r.headlines().getOrDefault(bloc, List.of())) {
        md.append("- Headline (")
            .append(h.outlet())
            .append("): “")
            .append(h.title())
            .append("” — ")
            .append(h.docId())
            .append("[headline]\n");
      }
      List<Claim> own = r.blocOnly().getOrDefault(bloc, List.of());
      if (!own.isEmpty()) {
        md.append(
            "- Its own claims, most salient first (articles of the bloc, then lead position):\n");
        for (Claim c : own.stream().limit(MAX_BLOC_CLAIMS).toList()) {
          md.append("  - ").append(quote(c.members().get(0)));
          if (c.nDocs() > 1) {
            md.append(" (")
                .append(c.nDocs())
                .append(" articles: ")
                .append(ClaimReading.evidence(c.members()))
                .append(')');
          }
          md.append('\n');
        }
        if (own.size() > MAX_BLOC_CLAIMS) {
          md.append("  - … and ")
              .append(own.size() - MAX_BLOC_CLAIMS)
              .append(" more (story_claims).\n");
        }
      }
      List<WordEvidence> words = r.words().getOrDefault(bloc, List.of());
      if (words.isEmpty()) {
        md.append(
            "- No word sets its coverage apart at log-odds z >= "
                + DistinctiveWords.MIN_Z
                + " (informative Dirichlet prior).\n");
      } else {
        md.append(
            "- Words that set its coverage apart (log-odds z, informative Dirichlet prior): ");
        for (int i = 0; i < words.size(); i++) {
          WordEvidence w = words.get(i);
          md.append(i > 0 ? "; " : "")
              .append(
                  String.format(
                      Locale.ROOT,
                      "%s (z %.1f, %d×) %s",
                      w.word(),
                      w.z(),
                      w.count(),
                      w.evidence()));
        }
        md.append('\n');
      }
      List<ActorTone> actors = NarrativeBuilder.topActors(blocTone, bloc, 3);
      if (!actors.isEmpty()) {
        md.append("- Tone toward its most named actors: ");
        for (int i = 0; i < actors.size(); i++) {
          ActorTone t = actors.get(i);
          md.append(i > 0 ? "; " : "")
              .append(
                  String.format(
                      Locale.ROOT,
                      "%s %+.2f over %d mentions %s",
                      name(t.actorId()),
                      t.sentiment(),
                      t.nMentions(),
                      t.evidence()));
        }
        md.append('\n');
      }
    }

    md.append("\n## Key disagreements\n\n");
    List<Disagreement> gaps =
        disagreements.stream()
            .filter(Disagreement::significant)
            .sorted(Disagreement.BY_EVIDENCE)
            .limit(MAX_ITEMS)
            .toList();
    if (r.disagreements().isEmpty() && gaps.isEmpty()) {
      md.append(
          "- None the evidence supports: no claim stated by two blocs differs in a number, a"
              + " negation or its actor, and no tone gap toward an actor has at least "
              + ToneGaps.MIN_ARTICLES
              + " articles and "
              + ToneGaps.MIN_MENTIONS
              + " mentions in both blocs and a 95% interval (clustered by article) that excludes"
              + " zero.\n");
    }
    for (ClaimDisagreement d : r.disagreements().stream().limit(MAX_ITEMS).toList()) {
      String what =
          switch (d.kind()) {
            case "number" -> "the number differs";
            case "negation" -> "one bloc negates it";
            default -> "the actor differs";
          };
      md.append(
          String.format(
              Locale.ROOT,
              "- %s, %s: %s says %s, %s says %s — %s%n",
              d.claimId(),
              what,
              d.blocA(),
              value(d.kind(), d.valueA()),
              d.blocB(),
              value(d.kind(), d.valueB()),
              d.evidence()));
    }
    for (Disagreement d : gaps) {
      md.append(
          String.format(
              Locale.ROOT,
              "- Tone toward %s: %s %+.2f vs %s %+.2f (difference %+.2f, 95%% interval [%+.2f, %+.2f]"
                  + " over %d and %d articles, %d and %d mentions) — %s%n",
              name(d.actorId()),
              d.blocA(),
              d.sentimentA(),
              d.blocB(),
              d.sentimentB(),
              d.difference(),
              d.differenceLow(),
              d.differenceHigh(),
              d.nDocsA(),
              d.nDocsB(),
              d.nMentionsA(),
              d.nMentionsB(),
              d.evidence()));
    }
    List<Disagreement> single =
        disagreements.stream()
            .filter(d -> d.nDocsA() == 1 || d.nDocsB() == 1)
            .filter(d -> d.nMentionsA() >= ToneGaps.MIN_MENTIONS)
            .filter(d -> d.nMentionsB() >= ToneGaps.MIN_MENTIONS)
            .filter(d -> Math.abs(d.difference()) >= 0.1)
            .sorted(Disagreement.BY_EVIDENCE)
            .limit(MAX_ITEMS)
            .toList();
    for (Disagreement d : single) {
      md.append(
          String.format(
              Locale.ROOT,
              "- Tone toward %s: %s %+.2f vs %s %+.2f over %d and %d mentions, from %s: no"
                  + " interval, and no disagreement between the blocs can be read from it — %s%n",
              name(d.actorId()),
              d.blocA(),
              d.sentimentA(),
              d.blocB(),
              d.sentimentB(),
              d.nMentionsA(),
              d.nMentionsB(),
              d.verdict(),
              d.evidence()));
    }

    md.append("\n## Blind spots\n\n");
    boolean any = NarrativeBuilder.coverageBlindSpots(md, story, coverage);
    for (String bloc : story.blocs()) {
      List<BlindSpot> mine = r.blindSpots().stream().filter(b -> b.missing().equals(bloc)).toList();
      List<BlindSpot> claims = mine.stream().filter(b -> b.claim() != null).toList();
      if (!claims.isEmpty()) {
        any = true;
        md.append("- ")
            .append(bloc)
            .append(" leaves out what ")
            .append(claims.get(0).carrier())
            .append(" leads with or repeats:\n");
        for (BlindSpot b : claims.stream().limit(MAX_BLOC_CLAIMS).toList()) {
          md.append("  - ")
              .append(b.carrier())
              .append(": ")
              .append(quote(b.claim().members().get(0)))
              .append('\n');
        }
        if (claims.size() > MAX_BLOC_CLAIMS) {
          md.append("  - … and ").append(claims.size() - MAX_BLOC_CLAIMS).append(" more.\n");
        }
      }
      for (BlindSpot b : mine.stream().filter(x -> x.topicId() != null).toList()) {
        any = true;
        md.append(
            String.format(
                Locale.ROOT,
                "- %s has no article on the topic %s, which %s covers — %s%n",
                bloc,
                b.topicId(),
                b.carrier(),
                b.evidence()));
      }
    }
    if (!any) {
      md.append("- No bloc leaves out a claim another bloc leads with or repeats.\n");
    }

    md.append("\n## What to watch\n\n");
    if (r.watch().isEmpty()) {
      md.append("- No article announces a meeting, a deadline or a next step.\n");
    }
    for (Claim c : r.watch().stream().limit(MAX_BLOC_CLAIMS).toList()) {
      Member m =
          c.members().stream()
              .filter(x -> x.claim().isForward())
              .findFirst()
              .orElse(c.members().get(0));
      md.append("- ").append(quote(m));
      if (c.nDocs() > 1) {
        md.append(" (stated by ")
            .append(String.join(", ", c.blocs()))
            .append(": ")
            .append(ClaimReading.evidence(c.members()))
            .append(')');
      }
      if (!m.claim().getDates().isEmpty()) {
        md.append(" [").append(String.join(", ", m.claim().getDates())).append(']');
      }
      md.append('\n');
    }
    return md.toString();
  }

  private String value(String kind, String v) {
    return kind.equals("agent") ? name(v) : v;
  }

  static String quote(Member m) {
    String t = m.claim().getText();
    if (t.length() > MAX_QUOTE_CHARS) {
      t = t.substring(0, MAX_QUOTE_CHARS).replaceAll("\\s+\\S*$", "") + " …";
    }
    return "“" + t + "” — " + m.docId() + "[" + m.claim().getSentenceIndex() + "]";
  }

  private String name(String actorId) {
    return actorNames.getOrDefault(actorId, actorId);
  }
}
