package com.mediaframing.analysis;

import com.mediaframing.actors.ActorMatcher;
import com.mediaframing.actors.ActorMention;
import com.mediaframing.clean.BoilerplateCleaner;
import com.mediaframing.clean.CleanedText;
import com.mediaframing.ingest.RawArticle;
import com.mediaframing.ingest.RejectReason;
import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import com.mediaframing.nlp.TextSpan;
import com.mediaframing.quotes.QuoteExtraction;
import com.mediaframing.quotes.QuoteExtractor;
import com.mediaframing.quotes.RuleQuoteExtractor;
import com.mediaframing.sentiment.SentimentScorers;
import com.mediaframing.sentiment.TargetSentiment;
import com.mediaframing.sentiment.TargetSentimentScorer;
import com.mediaframing.sentiment.TokenSpan;
import com.mediaframing.topics.TopicProfile;
import com.mediaframing.topics.TopicScorer;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongPredicate;
import opennlp.tools.langdetect.Language;

/**
 * Analyzes one validated article end to end, in plain Java: removes boilerplate lines, tags the
 * rest (sentences, tokens, POS, lemmas), checks the language when the input did not give one, finds
 * actor mentions, scores the sentiment toward each, finds quotes and their speakers (marking the
 * mentions inside them) and weighs the configured topics.
 *
 * <p>Not thread-safe (it owns an {@link ArticleAnnotator}); the Spark stage builds one per
 * partition.
 */
public final class ArticleAnalyzer {
  /**
   * An article without a language field is rejected when the detector finds a language that is not
   * accepted at least this many times as likely as the likeliest accepted one. (The detector's
   * probabilities are spread over 103 languages: clean English text scores as low as 0.02.)
   */
  static final double LANGUAGE_MIN_ODDS = 3.0;

  private static final LongPredicate NONE = fp -> false;

  private final ArticleAnnotator annotator;
  private final BoilerplateCleaner cleaner;
  private final ActorMatcher actors;
  private final TargetSentimentScorer scorer;
  private final TopicScorer topics;
  private final Set<String> languages;
  private final FactExtractor facts;
  private final QuoteExtractor quotes;

  public ArticleAnalyzer(
      ArticleAnnotator annotator,
      BoilerplateCleaner cleaner,
      ActorMatcher actors,
      TargetSentimentScorer scorer,
      TopicScorer topics,
      Set<String> languages) {
    this.annotator = annotator;
    this.cleaner = cleaner;
    this.actors = actors;
    this.scorer = scorer;
    this.topics = topics;
    this.languages = Set.copyOf(languages);
    this.facts = new FactExtractor(actors.dictionary());
    this.quotes = new RuleQuoteExtractor(actors.dictionary());
  }

  /**
   * What an analyzer is built from, minus the per-thread parts (taggers and scorer): built once on
   * the driver, serializable, so every partition (or a benchmark's thread) builds the same analyzer
   * with {@link #newAnalyzer}.
   *
   * @param scorerId the sentiment scorer's name, as {@link SentimentScorers#create} takes it
   */
  public record Parts(
      BoilerplateCleaner cleaner,
      ActorMatcher actors,
      TopicScorer topics,
      String scorerId,
      Set<String> languages)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A new analyzer with its own taggers and scorer: one per thread or partition. */
    public ArticleAnalyzer newAnalyzer() {
      return new ArticleAnalyzer(
          new ArticleAnnotator(NlpModels.get()),
          cleaner,
          actors,
          SentimentScorers.create(scorerId),
          topics,
          languages);
    }
  }

  /**
   * The repeated-line test for an article of {@code outlet}: {@code byOutlet} holds each outlet's
   * boilerplate line fingerprints, sorted.
   */
  public static LongPredicate repeatedLines(Map<String, long[]> byOutlet, String outlet) {
    long[] fps = byOutlet.get(outlet);
    return fps == null ? NONE : fp -> Arrays.binarySearch(fps, fp) >= 0;
  }

  /**
   * This thread's CPU time per step of {@link #analyze(RawArticle, LongPredicate, StepTimes)},
   * summed over calls, with the annotator's own steps in {@link #annotation}: for profiling.
   * Mutable, not thread-safe.
   */
  public static final class StepTimes {
    /** The steps in the order they run. */
    public static final List<String> STEPS =
        List.of(
            "clean",
            "language",
            "annotate",
            "title annotate",
            "actors",
            "sentiment",
            "quotes",
            "story terms",
            "facts",
            "topics");

    /** CPU nanoseconds per step of {@link #STEPS}. */
    public final Map<String, Long> nanos = new LinkedHashMap<>();

    public final ArticleAnnotator.StepTimes annotation = new ArticleAnnotator.StepTimes();
    private final ThreadMXBean clock = ManagementFactory.getThreadMXBean();
    private long mark;

    public StepTimes() {
      STEPS.forEach(s -> nanos.put(s, 0L));
    }

    private void start() {
      mark = clock.getCurrentThreadCpuTime();
    }

    private void stop(String step) {
      long now = clock.getCurrentThreadCpuTime();
      nanos.merge(step, now - mark, Long::sum);
      mark = now;
    }
  }

  /**
   * Analyzes {@code a}, which must have passed validation.
   *
   * @param repeatedLine tells whether a line fingerprint is boilerplate of this article's outlet
   */
  public AnalyzedArticle analyze(RawArticle a, LongPredicate repeatedLine) {
    return analyze(a, repeatedLine, null);
  }

  /**
   * {@link #analyze(RawArticle, LongPredicate)}, adding each step's CPU time to {@code times} if
   * given.
   */
  public AnalyzedArticle analyze(RawArticle a, LongPredicate repeatedLine, StepTimes times) {
    AnalyzedArticle out = new AnalyzedArticle();
    out.setDocId(a.getId());
    out.setOutlet(a.getOutlet());
    out.setBloc(a.getBloc());
    out.setPublished(a.getPublished());
    out.setPublishedRaw(a.getPublishedRaw());
    out.setDuplicateOf(a.getDuplicateOf());
    out.setCopyInOutlet(a.getCopyInOutlet());
    out.setTitle(a.getTitle());
    out.setUrl(a.getUrl());
    out.setLanguage(a.getLanguage());
    out.setSource(a.getSource());
    out.setRecord(a.getRecord());
    out.setContentFingerprint(a.getContentFingerprint());
    out.setMentions(new ArrayList<>());
    out.setTopics(new ArrayList<>());
    out.setStoryTerms(new ArrayList<>());
    out.setFacts(new ArrayList<>());
    out.setQuotes(new ArrayList<>());
    out.setCitedSources(new ArrayList<>());
    out.setClaims(new ArrayList<>());
    out.setSentences(new ArrayList<>());

    String text = a.getText();
    if (times != null) {
      times.start();
    }
    CleanedText cleaned = cleaner.clean(text, repeatedLine);
    if (times != null) {
      times.stop("clean");
    }
    out.setNLinesRemoved(cleaned.removed().size());
    List<TextSpan> kept = cleaned.kept();
    if (kept.isEmpty()) {
      return reject(
          out,
          RejectReason.NO_TEXT_AFTER_CLEANING,
          cleaned.removed().size() + " lines, all boilerplate");
    }
    if (a.getLanguage() == null) {
      String sample = text.substring(kept.get(0).start(), kept.get(kept.size() - 1).end());
      Language[] detected = annotator.detectLanguages(sample);
      String code = iso1(detected[0].getLang());
      double bestAccepted = 0;
      String bestAcceptedCode = null;
      for (Language l : detected) {
        String c = iso1(l.getLang());
        if (languages.contains(c) && l.getConfidence() > bestAccepted) {
          bestAccepted = l.getConfidence();
          bestAcceptedCode = c;
        }
      }
      if (!languages.contains(code)
          && detected[0].getConfidence() >= LANGUAGE_MIN_ODDS * bestAccepted) {
        return reject(
            out,
            RejectReason.UNSUPPORTED_LANGUAGE,
            String.format(
                Locale.ROOT,
                "detected '%s' (p=%.3f, %.0fx the best accepted language), accepted %s",
                detected[0].getLang(),
                detected[0].getConfidence(),
                bestAccepted > 0
                    ? detected[0].getConfidence() / bestAccepted
                    : Double.POSITIVE_INFINITY,
                new TreeSet<>(languages)));
      }
      out.setLanguage(languages.contains(code) ? code : bestAcceptedCode);
      if (times != null) {
        times.stop("language");
      }
    }

    List<AnnotatedSentence> sentences =
        annotator.annotate(text, kept, times == null ? null : times.annotation);
    if (times != null) {
      times.stop("annotate");
    }
    int tokens = 0;
    for (AnnotatedSentence s : sentences) {
      tokens += s.size();
    }
    out.setNSentences(sentences.size());
    out.setNTokens(tokens);
    out.setSentences(SentenceRecord.of(text, sentences));

    // undated: windowed aliases (role titles) never match, see ActorMatcher
    LocalDate published = a.getPublished() == null ? null : LocalDate.parse(a.getPublished());
    List<ActorMention> mentions = actors.find(text, sentences, published);
    if (times != null) {
      times.stop("actors");
    }
    for (ActorMention m : mentions) {
      TargetSentiment t = scoreMention(scorer, sentences, mentions, m);
      out.getMentions()
          .add(
              new MentionRecord(
                  m.sentenceIndex(),
                  m.actorId(),
                  m.surface(),
                  m.charStart(),
                  m.charEnd(),
                  m.matchKind().toString(),
                  t.score(),
                  t.label().id()));
    }
    if (times != null) {
      times.stop("sentiment");
    }
    QuoteExtraction found = quotes.extract(text, a.getTitle(), published, sentences, mentions);
    out.setQuotes(QuoteRows.quotes(found));
    out.setCitedSources(QuoteRows.citedSources(found));
    QuoteRows.markMentions(out.getMentions(), out.getQuotes());
    if (times != null) {
      times.stop("quotes");
    }

    List<AnnotatedSentence> title =
        a.getTitle() == null || a.getTitle().isBlank()
            ? List.of()
            : annotator.annotate(a.getTitle());
    if (times != null) {
      times.stop("title annotate");
    }
    out.setStoryTerms(StoryTerms.of(title, sentences));
    out.setStoryLead(StoryLead.of(a.getTitle(), text, sentences));
    if (times != null) {
      times.stop("story terms");
    }
    out.setFacts(facts.extract(sentences, mentions));
    if (times != null) {
      times.stop("facts");
    }
    out.setClaims(ClaimExtractor.extract(a.getTitle(), text, sentences, mentions, published));
    if (times != null) {
      times.stop("claims");
    }

    TopicProfile profile = topics.score(sentences);
    for (Map.Entry<String, Double> w : profile.weights().entrySet()) {
      out.getTopics()
          .add(
              new TopicWeight(
                  w.getKey(), w.getValue(), profile.matches().getOrDefault(w.getKey(), 0)));
    }
    if (times != null) {
      times.stop("topics");
    }
    return out;
  }

  /**
   * The sentiment toward mention {@code m}: the other mentions of its sentence are other targets,
   * or further mentions of the same target when they name the same actor (and do not overlap it).
   */
  static TargetSentiment scoreMention(
      TargetSentimentScorer scorer,
      List<AnnotatedSentence> sentences,
      List<ActorMention> all,
      ActorMention m) {
    TokenSpan target = new TokenSpan(m.tokenStart(), m.tokenEnd());
    List<TokenSpan> others = new ArrayList<>();
    List<TokenSpan> further = new ArrayList<>();
    for (ActorMention o : all) {
      if (o != m && o.sentenceIndex() == m.sentenceIndex()) {
        TokenSpan span = new TokenSpan(o.tokenStart(), o.tokenEnd());
        (o.actorId().equals(m.actorId()) && !span.overlaps(target) ? further : others).add(span);
      }
    }
    return scorer.score(sentences.get(m.sentenceIndex()), target, others, further);
  }

  private static AnalyzedArticle reject(AnalyzedArticle out, RejectReason reason, String detail) {
    out.setRejectReason(reason.id());
    out.setRejectDetail(detail);
    out.getMentions().clear();
    out.getTopics().clear();
    out.getStoryTerms().clear();
    out.getFacts().clear();
    out.getQuotes().clear();
    out.getCitedSources().clear();
    out.getClaims().clear();
    out.getSentences().clear();
    out.setStoryLead(null);
    return out;
  }

  /** ISO 639-3 (as the OpenNLP language detector answers) to ISO 639-1 where one exists. */
  static String iso1(String iso3) {
    return ISO3_TO_ISO1.getOrDefault(iso3, iso3);
  }

  private static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();

  static {
    for (String iso : Locale.getISOLanguages()) {
      ISO3_TO_ISO1.put(Locale.forLanguageTag(iso).getISO3Language(), iso);
    }
  }
}
