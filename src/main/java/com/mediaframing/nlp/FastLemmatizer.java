package com.mediaframing.nlp;

import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.SequenceValidator;

/**
 * {@link LemmatizerME#lemmatize(String[], String[])} with {@link FastBeamSearch}: the same context
 * generator, sequence validator, beam size and edit-script decoding as {@code LemmatizerME} built
 * from the same model, so the lemmas are the same. (OpenNLP cannot build a {@link LemmatizerModel}
 * around another sequence model, so the lemmatizer is put together here instead.)
 *
 * <p>Not thread-safe, like {@code LemmatizerME}: create one per thread or partition.
 */
final class FastLemmatizer {
  private final FastBeamSearch search;
  private final LemmatizerContextGenerator contexts;
  private final SequenceValidator<String> validator;

  FastLemmatizer(LemmatizerModel model) {
    int beam =
        NlpModels.beamSize(
            model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER),
            LemmatizerME.DEFAULT_BEAM_SIZE);
    MaxentModel maxent = model.getArtifact(NlpModels.LEMMA_ENTRY);
    this.search = new FastBeamSearch(beam, maxent);
    this.contexts = model.getFactory().getContextGenerator();
    this.validator = model.getFactory().getSequenceValidator();
  }

  /** The lemmas of {@code tokens} with their POS {@code tags}; "_" or "O" where none is known. */
  String[] lemmatize(String[] tokens, String[] tags) {
    String[] scripts =
        search
            .bestSequence(tokens, new Object[] {tags}, contexts, validator)
            .getOutcomes()
            .toArray(new String[0]);
    return LemmatizerME.decodeLemmas(tokens, scripts);
  }
}
