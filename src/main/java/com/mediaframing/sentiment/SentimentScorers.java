package com.mediaframing.sentiment;

import com.mediaframing.base.ConfigException;
import java.util.List;
import java.util.function.Supplier;

/**
 * The registry of sentiment scorers a run can ask for by name: {@code model} ({@link
 * ModelTargetScorer} with the model bundled in the jar, loaded once per JVM; the default), {@code
 * encoder} ({@link EncoderTargetScorer}: frozen pretrained encoder and its bundled classifier,
 * loaded once per JVM), {@code lexicon} ({@link LexiconTargetScorer}, sentiment toward the target)
 * and {@code sentence-tone} ({@link SentenceToneScorer}, the naive whole-sentence baseline kept for
 * comparison runs). Each entry also carries its article stance rule, so a new scorer is one class
 * and one entry here. All scorers made are thread-safe.
 */
public final class SentimentScorers {
  private SentimentScorers() {}

  /**
   * One scorer: the name a run asks for, a line for the help text, how to make it, the article
   * stance rule calibrated for its scores ({@link ArticleStance}) and the start of its id (as
   * {@code run_manifest.sentiment_scorer} gives it), by which an output names the scorer that made
   * it.
   */
  public record Scorer(
      String name,
      String description,
      Supplier<TargetSentimentScorer> factory,
      ArticleStance stance,
      String idPrefix) {}

  /** Every scorer, the default first. */
  public static final List<Scorer> ALL =
      List.of(
          new Scorer(
              "model",
              "the trained target-dependent model (default)",
              ModelTargetScorer::bundled,
              ArticleStance.MODEL,
              "tsc-maxent"),
          new Scorer(
              "encoder",
              "the frozen-encoder model: more accurate, some 460 times slower",
              EncoderTargetScorer::bundled,
              ArticleStance.ENCODER,
              "tsc-minilm"),
          new Scorer(
              "lexicon",
              "sentiment words near the target",
              LexiconTargetScorer::new,
              ArticleStance.MODEL,
              LexiconTargetScorer.ID),
          new Scorer(
              "sentence-tone",
              "the tone of the whole sentence, a naive baseline",
              SentenceToneScorer::new,
              ArticleStance.MODEL,
              SentenceToneScorer.ID));

  /** The default scorer's name. */
  public static final String DEFAULT = ALL.get(0).name();

  /** The names, in {@link #ALL}'s order. */
  public static List<String> names() {
    return ALL.stream().map(Scorer::name).toList();
  }

  /** The names as a usage line gives them: {@code model|encoder|...}. */
  public static String usage() {
    return String.join("|", names());
  }

  /**
   * The scorer named {@code name}.
   *
   * @throws ConfigException when there is none
   */
  public static Scorer named(String name) {
    for (Scorer s : ALL) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    throw new ConfigException(
        "unknown sentiment scorer '" + name + "'; use " + String.join(", ", names()));
  }

  /** A scorer of the kind named {@code name} ({@link #named}). */
  public static TargetSentimentScorer create(String name) {
    return named(name).factory().get();
  }

  /**
   * The article stance rule of a scorer given by name ({@code encoder}) or by the id an output's
   * run_manifest gives it ({@code tsc-minilm-...}); the default scorer's rule when it is neither
   * (null, an unknown id: the rule the lexicon scorers share too).
   */
  public static ArticleStance stance(String nameOrId) {
    if (nameOrId != null) {
      for (Scorer s : ALL) {
        if (nameOrId.equals(s.name()) || nameOrId.startsWith(s.idPrefix())) {
          return s.stance();
        }
      }
    }
    return ALL.get(0).stance();
  }
}
