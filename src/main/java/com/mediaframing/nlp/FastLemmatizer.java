package com.mediaframing.nlp;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
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
  /** The words around a token lemmatized alone: {@code the <token> .} (see {@link #alone}). */
  static final String BEFORE = "the";

  static final String AFTER = ".";

  private static final String BEFORE_TAG = "DET";
  private static final String AFTER_TAG = "PUNCT";

  private final FastBeamSearch search;
  private final LemmatizerContextGenerator contexts;
  private final SequenceValidator<String> validator;

  FastLemmatizer(LemmatizerModel model) {
    int beam =
        NlpModels.beamSize(
            model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER),
            LemmatizerME.DEFAULT_BEAM_SIZE);
    MaxentModel maxent = model.getArtifact(NlpModels.LEMMA_ENTRY);
    // The lemmatizer's features of a position are its word, its tag and the previous outcome
    // (DefaultLemmatizerContextGenerator), so in the fixed context of alone() the first and last
    // positions see the same few feature sets for every token. Remembering them is exact for any
    // context, so whole sentences share the same search.
    this.search =
        new FastBeamSearch(beam, new RememberedEvaluations(maxent, Set.of(BEFORE, AFTER)));
    this.contexts = model.getFactory().getContextGenerator();
    this.validator = model.getFactory().getSequenceValidator();
  }

  /**
   * The lemma of one token with its tag in the fixed context {@code the <token> .} (tags {@code
   * DET}, {@code tag}, {@code PUNCT}): the same as {@code lemmatize(new String[] {"the", token,
   * "."}, new String[] {"DET", tag, "PUNCT"})[1]}, computed with the model's evaluations of the two
   * fixed words remembered across calls; "_" or "O" where none is known.
   */
  String alone(String token, String tag) {
    String[] tokens = {BEFORE, token, AFTER};
    String[] tags = {BEFORE_TAG, tag, AFTER_TAG};
    return lemmatize(tokens, tags)[1];
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

  /**
   * A model that remembers its outcome probabilities for contexts whose word feature ({@code w0=}
   * first, as the lemmatizer's context generator puts it) is one of a few given words. The model is
   * a pure function of the context's feature strings in their order, so a remembered array holds
   * the very numbers a new evaluation would give; like the model, it writes them into the caller's
   * array and returns that array. Thread-safe when the wrapped model is (GIS models are).
   */
  static final class RememberedEvaluations implements MaxentModel {
    /** Enough for every previous outcome of the lemmatizer's 860 with room to spare. */
    static final int MAX_REMEMBERED = 4_096;

    private final MaxentModel model;
    private final Set<String> wordFeatures;
    private final Map<List<String>, double[]> remembered = new ConcurrentHashMap<>();

    RememberedEvaluations(MaxentModel model, Set<String> words) {
      this.model = model;
      this.wordFeatures = words.stream().map(w -> "w0=" + w).collect(Collectors.toSet());
    }

    /** How many evaluations are remembered (for tests). */
    int size() {
      return remembered.size();
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
      if (context.length == 0 || !wordFeatures.contains(context[0])) {
        return model.eval(context, probs);
      }
      double[] known = remembered.get(Arrays.asList(context));
      if (known != null) {
        System.arraycopy(known, 0, probs, 0, known.length);
        return probs;
      }
      double[] fresh = model.eval(context, probs);
      if (remembered.size() < MAX_REMEMBERED) {
        remembered.putIfAbsent(Arrays.asList(context.clone()), fresh.clone());
      }
      return fresh;
    }

    @Override
    public double[] eval(String[] context) {
      return eval(context, new double[model.getNumOutcomes()]);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
      return model.eval(context, values);
    }

    @Override
    public String getBestOutcome(double[] outcomes) {
      return model.getBestOutcome(outcomes);
    }

    @Override
    public String getAllOutcomes(double[] outcomes) {
      return model.getAllOutcomes(outcomes);
    }

    @Override
    public String getOutcome(int i) {
      return model.getOutcome(i);
    }

    @Override
    public int getIndex(String outcome) {
      return model.getIndex(outcome);
    }

    @Override
    public int getNumOutcomes() {
      return model.getNumOutcomes();
    }
  }
}
