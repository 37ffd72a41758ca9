package com.mediaframing.analysis;

import com.mediaframing.actors.ActorMatcher;
import com.mediaframing.actors.ActorMention;
import com.mediaframing.clean.BoilerplateCleaner;
import com.mediaframing.clean.CleanedText;
import com.mediaframing.ingest.RawArticle;
import com.mediaframing.ingest.RejectReason;
import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.TextSpan;
import com.mediaframing.sentiment.TargetSentiment;
import com.mediaframing.sentiment.TargetSentimentScorer;
import com.mediaframing.sentiment.TokenSpan;
import com.mediaframing.topics.TopicProfile;
import com.mediaframing.topics.TopicScorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import opennlp.tools.langdetect.Language;

/**
 * Analyzes one validated article end to end, in plain Java: removes boilerplate lines, tags the
 * rest (sentences, tokens, POS, lemmas), checks the language when the input did not give one, finds
 * actor mentions, scores the sentiment toward each and weighs the configured topics.
 *
 * <p>Not thread-safe (it owns an {@link ArticleAnnotator}); the Spark stage builds one per
 * partition.
 */
public final class ArticleAnalyzer {
  /** Detected languages below this confidence are not grounds for rejecting an article. */
  static final double LANGUAGE_MIN_CONFIDENCE = 0.5;

  private final ArticleAnnotator annotator;
  private final BoilerplateCleaner cleaner;
  private final ActorMatcher actors;
  private final TargetSentimentScorer scorer;
  private final TopicScorer topics;
  private final Set<String> languages;

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
  }

  /**
   * Analyzes {@code a}, which must have passed validation.
   *
   * @param repeatedLine tells whether a line fingerprint is boilerplate of this article's outlet
   */
  public AnalyzedArticle analyze(RawArticle a, LongPredicate repeatedLine) {
    AnalyzedArticle out = new AnalyzedArticle();
    out.setDocId(a.getId());
    out.setOutlet(a.getOutlet());
    out.setBloc(a.getBloc());
    out.setPublished(a.getPublished());
    out.setTitle(a.getTitle());
    out.setUrl(a.getUrl());
    out.setLanguage(a.getLanguage());
    out.setSource(a.getSource());
    out.setRecord(a.getRecord());
    out.setMentions(new ArrayList<>());
    out.setTopics(new ArrayList<>());

    String text = a.getText();
    CleanedText cleaned = cleaner.clean(text, repeatedLine);
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
      Language detected = annotator.detectLanguage(sample);
      String code = iso1(detected.getLang());
      if (!languages.contains(code) && detected.getConfidence() >= LANGUAGE_MIN_CONFIDENCE) {
        return reject(
            out,
            RejectReason.UNSUPPORTED_LANGUAGE,
            String.format(
                java.util.Locale.ROOT,
                "detected '%s' (confidence %.2f), accepted %s",
                detected.getLang(),
                detected.getConfidence(),
                languages));
      }
      out.setLanguage(languages.contains(code) ? code : languages.iterator().next());
    }

    List<AnnotatedSentence> sentences = annotator.annotate(text, kept);
    int tokens = 0;
    for (AnnotatedSentence s : sentences) {
      tokens += s.size();
    }
    out.setNSentences(sentences.size());
    out.setNTokens(tokens);

    LocalDate published = LocalDate.parse(a.getPublished());
    List<ActorMention> mentions = actors.find(text, sentences, published);
    for (ActorMention m : mentions) {
      AnnotatedSentence s = sentences.get(m.sentenceIndex());
      TargetSentiment t =
          scorer.score(s, new TokenSpan(m.tokenStart(), m.tokenEnd()), others(mentions, m));
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

    TopicProfile profile = topics.score(sentences);
    for (Map.Entry<String, Double> w : profile.weights().entrySet()) {
      out.getTopics()
          .add(
              new TopicWeight(
                  w.getKey(), w.getValue(), profile.matches().getOrDefault(w.getKey(), 0)));
    }
    return out;
  }

  /** Spans of the other mentions in the same sentence as {@code m}. */
  private static List<TokenSpan> others(List<ActorMention> all, ActorMention m) {
    List<TokenSpan> spans = new ArrayList<>();
    for (ActorMention o : all) {
      if (o != m && o.sentenceIndex() == m.sentenceIndex()) {
        spans.add(new TokenSpan(o.tokenStart(), o.tokenEnd()));
      }
    }
    return spans;
  }

  private static AnalyzedArticle reject(AnalyzedArticle out, RejectReason reason, String detail) {
    out.setRejectReason(reason.id());
    out.setRejectDetail(detail);
    out.getMentions().clear();
    out.getTopics().clear();
    return out;
  }

  /** ISO 639-3 (as the OpenNLP language detector answers) to ISO 639-1 where one exists. */
  static String iso1(String iso3) {
    return ISO3_TO_ISO1.getOrDefault(iso3, iso3);
  }

  private static final Map<String, String> ISO3_TO_ISO1 = new java.util.HashMap<>();

  static {
    for (String iso : java.util.Locale.getISOLanguages()) {
      ISO3_TO_ISO1.put(java.util.Locale.forLanguageTag(iso).getISO3Language(), iso);
    }
  }
}
