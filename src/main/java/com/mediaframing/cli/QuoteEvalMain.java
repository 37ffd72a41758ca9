package com.mediaframing.cli;

import com.mediaframing.actors.ActorDictionary;
import com.mediaframing.actors.ActorMatcher;
import com.mediaframing.actors.ActorMention;
import com.mediaframing.base.ConfigException;
import com.mediaframing.base.OptionValues;
import com.mediaframing.clean.BoilerplateCleaner;
import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import com.mediaframing.nlp.TextSpan;
import com.mediaframing.quotes.QuoteExtraction;
import com.mediaframing.quotes.QuoteExtractor;
import com.mediaframing.quotes.RuleQuoteExtractor;
import com.mediaframing.quotes.eval.PolnearArticle;
import com.mediaframing.quotes.eval.PolnearReader;
import com.mediaframing.quotes.eval.QuoteEvaluation;
import com.mediaframing.quotes.eval.QuoteEvaluator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code eval-quotes} command: runs the job's own steps (boilerplate cleaning with the default
 * rules, OpenNLP annotation, actor matching with the default dictionary, {@link
 * RuleQuoteExtractor}) over a PolNeAR-format file and prints {@link QuoteEvaluation#report()}:
 *
 * <pre>
 * eval-quotes --data FILE [--actors CSV] [--errors OUT]
 * </pre>
 *
 * Bad arguments end with a {@link ConfigException} (exit 2), an unreadable or malformed data file
 * with a {@link com.mediaframing.ingest.InputException} (exit 3), each one line. Runs in one
 * thread.
 */
public final class QuoteEvalMain {
  private static final Map<String, String> OPTIONS =
      new java.util.TreeMap<>(
          Map.of(
              "--data",
              "FILE  PolNeAR-format JSON lines",
              "--actors",
              "CSV  actor dictionary (default " + ActorDictionary.DEFAULT_FILE + ")",
              "--errors",
              "OUT  one line per error (speaker, missed, false-direct)"));

  private QuoteEvalMain() {}

  /** Runs the evaluation and returns the printed report. */
  public static String run(String[] args) {
    Map<String, String> values = OptionValues.parse(List.of(args), OPTIONS, "eval-quotes option");
    if (!values.containsKey("--data")) {
      throw new ConfigException(
          "--data is required; usage: eval-quotes --data FILE [--actors CSV] [--errors OUT]");
    }
    Path data = Path.of(values.get("--data"));
    ActorDictionary dictionary =
        ActorDictionary.load(
            Path.of(values.getOrDefault("--actors", ActorDictionary.DEFAULT_FILE)));
    List<PolnearArticle> articles = PolnearReader.read(data);
    long t0 = System.nanoTime();
    List<QuoteExtraction> predicted = extract(articles, dictionary);
    double seconds = (System.nanoTime() - t0) / 1e9;
    QuoteEvaluation evaluation;
    if (values.containsKey("--errors")) {
      Path errors = Path.of(values.get("--errors"));
      try (java.io.PrintWriter w =
          new java.io.PrintWriter(
              java.nio.file.Files.newBufferedWriter(
                  errors, java.nio.charset.StandardCharsets.UTF_8))) {
        evaluation = QuoteEvaluator.evaluate(articles, predicted, w::println);
      } catch (java.io.IOException e) {
        throw new ConfigException("cannot write errors to " + errors + ": " + e.getMessage(), e);
      }
    } else {
      evaluation = QuoteEvaluator.evaluate(articles, predicted);
    }
    return "data "
        + data
        + System.lineSeparator()
        + evaluation.report()
        + String.format(java.util.Locale.ROOT, "annotation and extraction: %.1f s%n", seconds);
  }

  static List<QuoteExtraction> extract(List<PolnearArticle> articles, ActorDictionary dictionary) {
    ArticleAnnotator annotator = new ArticleAnnotator(NlpModels.get());
    BoilerplateCleaner cleaner = BoilerplateCleaner.withDefaultRules();
    ActorMatcher matcher = new ActorMatcher(dictionary);
    QuoteExtractor extractor = new RuleQuoteExtractor(dictionary);
    List<QuoteExtraction> out = new ArrayList<>(articles.size());
    for (PolnearArticle a : articles) {
      List<TextSpan> kept = cleaner.clean(a.text()).kept();
      List<AnnotatedSentence> sentences = annotator.annotate(a.text(), kept);
      LocalDate published = date(a.published());
      List<ActorMention> mentions = matcher.find(a.text(), sentences, published);
      out.add(extractor.extract(a.text(), a.title(), published, sentences, mentions));
    }
    return out;
  }

  private static LocalDate date(String published) {
    if (published == null) {
      return null;
    }
    try {
      return LocalDate.parse(published);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
