package com.mediaframing.sentiment;

/**
 * One labelled target of a NewsMTSC sentence: its id, the character span [{@code from}, {@code to})
 * of its mention in the sentence and the gold label. Immutable and thread-safe.
 *
 * @param gid the target's {@code Input.gid}
 * @param from offset of the mention's first character
 * @param to offset just after its last character
 * @param mention the mention text
 * @param gold the annotated sentiment toward the target
 */
public record TscTarget(String gid, int from, int to, String mention, SentimentLabel gold) {}
