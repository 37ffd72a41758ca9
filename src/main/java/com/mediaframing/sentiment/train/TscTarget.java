package com.mediaframing.sentiment.train;

import com.mediaframing.nlp.TextSpan;
import com.mediaframing.sentiment.SentimentLabel;
import java.util.List;

/**
 * One labelled target of a NewsMTSC sentence: its id, the character span [{@code from}, {@code to})
 * of its mention in the sentence, the gold label and the character spans of its further mentions in
 * the same sentence (NewsMTSC's {@code further_mentions}: pronouns, the name repeated). Immutable
 * and thread-safe.
 *
 * @param gid the target's {@code Input.gid}
 * @param from offset of the mention's first character
 * @param to offset just after its last character
 * @param mention the mention text
 * @param gold the annotated sentiment toward the target
 * @param furtherMentions other mentions of the same target, possibly none
 */
public record TscTarget(
    String gid,
    int from,
    int to,
    String mention,
    SentimentLabel gold,
    List<TextSpan> furtherMentions) {
  public TscTarget {
    furtherMentions = List.copyOf(furtherMentions);
  }

  /** A target mentioned once in its sentence. */
  public TscTarget(String gid, int from, int to, String mention, SentimentLabel gold) {
    this(gid, from, to, mention, gold, List.of());
  }
}
