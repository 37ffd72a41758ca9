package com.mediaframing.nlp;

import java.util.List;

/**
 * A {@link SentenceEncoder} that also gives each word piece's last hidden state and character span,
 * for models that read the states of a target's pieces (target sentiment) rather than the pooled
 * vector alone. States are not kept in the vector store: they are read once per analyzed sentence,
 * and an article is analyzed once per content and configuration.
 */
public interface TokenStateEncoder extends SentenceEncoder {
  /** One {@link EncodedText} per text, in the order given. */
  List<EncodedText> encodeWithStates(List<String> texts);
}
