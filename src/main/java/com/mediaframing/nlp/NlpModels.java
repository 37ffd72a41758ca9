package com.mediaframing.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models the job uses, read from the {@code opennlp-models-*} artifacts on the
 * classpath (Maven Central, version 1.3.0; nothing is downloaded at run time). Models are immutable
 * and thread-safe; they load once per JVM on first use through {@link #get()}. The {@code *ME}
 * objects built from them are not thread-safe: build one {@link ArticleAnnotator} per thread or
 * Spark partition.
 */
public final class NlpModels {
  /** Classpath resources of the models, as packaged in the Maven artifacts. */
  public static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  public static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  public static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  public static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
  public static final String LANGDETECT_MODEL = "langdetect-183.bin";

  /** The model files in the order above, for the run manifest. */
  public static final List<String> MODEL_FILES =
      List.of(SENTENCE_MODEL, TOKEN_MODEL, POS_MODEL, LEMMA_MODEL, LANGDETECT_MODEL);

  private final SentenceModel sentenceModel;
  private final TokenizerModel tokenizerModel;
  private final POSModel posModel;
  private final FastPosTagger posTagger;
  private final LemmatizerModel lemmatizerModel;
  private final LanguageDetectorModel languageModel;

  private NlpModels() throws IOException {
    sentenceModel = new SentenceModel(open(SENTENCE_MODEL));
    tokenizerModel = new TokenizerModel(open(TOKEN_MODEL));
    POSModel pos = new POSModel(open(POS_MODEL));
    posModel = withFastBeamSearch(pos);
    posTagger = new FastPosTagger(pos);
    lemmatizerModel = new LemmatizerModel(open(LEMMA_MODEL));
    languageModel = new LanguageDetectorModel(open(LANGDETECT_MODEL));
  }

  /** The same tagger with {@link FastBeamSearch} instead of OpenNLP's beam search. */
  static POSModel withFastBeamSearch(POSModel loaded) {
    int beam =
        beamSize(
            loaded.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER),
            POSTaggerME.DEFAULT_BEAM_SIZE);
    MaxentModel maxent = loaded.getArtifact(POS_ENTRY);
    return new POSModel(
        loaded.getLanguage(),
        new FastBeamSearch(beam, maxent),
        Map.of(BeamSearch.BEAM_SIZE_PARAMETER, Integer.toString(beam)),
        loaded.getFactory());
  }

  static int beamSize(String manifestValue, int dflt) {
    return manifestValue == null ? dflt : Integer.parseInt(manifestValue);
  }

  /** Artifact names of the maximum-entropy models inside the OpenNLP model packages. */
  private static final String POS_ENTRY = "pos.model";

  static final String LEMMA_ENTRY = "lemmatizer.model";

  private static final class Holder {
    static final NlpModels INSTANCE = load();

    private static NlpModels load() {
      try {
        return new NlpModels();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the OpenNLP models from the classpath", e);
      }
    }
  }

  /** The models of this JVM, loaded on the first call. */
  public static NlpModels get() {
    return Holder.INSTANCE;
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException(
          "model " + resource + " is not on the classpath (opennlp-models-*:1.3.0 missing?)");
    }
    return in;
  }

  public SentenceModel sentenceModel() {
    return sentenceModel;
  }

  public TokenizerModel tokenizerModel() {
    return tokenizerModel;
  }

  public POSModel posModel() {
    return posModel;
  }

  /** The POS tagger of {@link #posModel()}; thread-safe, shared by all annotators. */
  public FastPosTagger posTagger() {
    return posTagger;
  }

  public LemmatizerModel lemmatizerModel() {
    return lemmatizerModel;
  }

  public LanguageDetectorModel languageModel() {
    return languageModel;
  }
}
