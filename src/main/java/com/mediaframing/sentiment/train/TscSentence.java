package com.mediaframing.sentiment.train;

import java.util.List;

/**
 * One NewsMTSC sentence with its labelled targets. Immutable and thread-safe.
 *
 * @param primaryGid the sentence's {@code primary_gid}, which also decides its {@link DevSplit}
 * @param text {@code sentence_normalized}
 * @param targets the targets, at least one
 */
public record TscSentence(String primaryGid, String text, List<TscTarget> targets) {
  public TscSentence {
    targets = List.copyOf(targets);
  }
}
