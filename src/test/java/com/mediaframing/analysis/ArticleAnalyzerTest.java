package com.mediaframing.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.actors.ActorDictionary;
import com.mediaframing.actors.ActorMatcher;
import com.mediaframing.actors.ActorMention;
import com.mediaframing.actors.MatchKind;
import com.mediaframing.clean.BoilerplateCleaner;
import com.mediaframing.ingest.RawArticle;
import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.NlpModels;
import com.mediaframing.sentiment.SentimentScorers;
import com.mediaframing.sentiment.TargetSentiment;
import com.mediaframing.sentiment.TargetSentimentScorer;
import com.mediaframing.sentiment.TokenSpan;
import com.mediaframing.topics.TopicDictionary;
import com.mediaframing.topics.TopicScorer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One article through cleaning, tagging, actors, sentiment and topics, without Spark. */
class ArticleAnalyzerTest {
  private static final ArticleAnalyzer ANALYZER =
      new ArticleAnalyzer(
          new ArticleAnnotator(NlpModels.get()),
          BoilerplateCleaner.withDefaultRules(),
          new ActorMatcher(ActorDictionary.load(Path.of("config/actors.csv"))),
          SentimentScorers.create("lexicon"),
          new TopicScorer(TopicDictionary.load(Path.of("config/topics.csv"))),
          Set.of("en"));

  private static RawArticle article(String text, String language) {
    RawArticle a = new RawArticle();
    a.setId("t1");
    a.setOutlet("Test Outlet");
    a.setBloc("center");
    a.setPublished("2025-03-16");
    a.setText(text);
    a.setLanguage(language);
    return a;
  }

  @Test
  void mentionsCarrySentimentTowardTheirActorAndOffsetsIntoTheText() {
    String text =
        "Become a Patron!\n"
            + "Voters praised Barack Obama but slammed Donald Trump's reckless policy on Yemen.\n"
            + "The Houthis attacked ships in the Red Sea near Yemen.";
    AnalyzedArticle out = ANALYZER.analyze(article(text, null), fp -> false);
    assertNull(out.getRejectReason());
    assertEquals("en", out.getLanguage());
    assertEquals(1, out.getNLinesRemoved());
    assertEquals(2, out.getNSentences());
    MentionRecord obama = find(out, "barack-obama");
    MentionRecord trump = find(out, "donald-trump");
    assertEquals("Barack Obama", text.substring(obama.getStart(), obama.getEnd()));
    assertEquals("positive", obama.getLabel());
    assertEquals("negative", trump.getLabel());
    assertTrue(obama.getSentiment() > 0 && trump.getSentiment() < 0);
    TopicWeight yemen = out.getTopics().get(0);
    assertEquals("yemen_red_sea", yemen.getTopicId());
    assertEquals(1.0, yemen.getWeight(), 1e-9);
  }

  @Test
  void allBoilerplateIsRejected() {
    AnalyzedArticle out =
        ANALYZER.analyze(
            article("Become a Patron!\nSign up for our newsletter", "en"), fp -> false);
    assertEquals("no_text_after_cleaning", out.getRejectReason());
    assertTrue(out.getMentions().isEmpty());
  }

  @Test
  void detectedForeignLanguageIsRejected() {
    String german =
        "Die Bundesregierung hat am Montag in Berlin neue Maßnahmen gegen die steigenden Preise"
            + " beschlossen. Der Kanzler sagte, die Entlastung komme noch in diesem Jahr bei den"
            + " Bürgerinnen und Bürgern an.";
    AnalyzedArticle out = ANALYZER.analyze(article(german, null), fp -> false);
    assertEquals("unsupported_language", out.getRejectReason());
    assertTrue(out.getRejectDetail().startsWith("detected 'deu'"), out.getRejectDetail());
  }

  private static MentionRecord find(AnalyzedArticle a, String actor) {
    return a.getMentions().stream()
        .filter(m -> m.getActorId().equals(actor))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    actor + " not found in " + a.getMentions().size() + " mentions"));
  }

  @Test
  void theSameActorAgainInTheSentenceIsAFurtherMentionOtherActorsAreOtherTargets() {
    // 0 Trump 1 met 2 Putin 3 , 4 and 5 Trump 6 smiled 7 .
    AnnotatedSentence s =
        new ArticleAnnotator(NlpModels.get()).annotate("Trump met Putin, and Trump smiled.").get(0);
    ActorMention first = new ActorMention("donald-trump", 0, 0, 1, 0, 5, "Trump", MatchKind.ALIAS);
    ActorMention putin =
        new ActorMention("vladimir-putin", 0, 2, 3, 10, 15, "Putin", MatchKind.ALIAS);
    ActorMention again =
        new ActorMention("donald-trump", 0, 5, 6, 21, 26, "Trump", MatchKind.ALIAS);
    List<List<TokenSpan>> seen = new ArrayList<>();
    TargetSentimentScorer recorder =
        new TargetSentimentScorer() {
          @Override
          public TargetSentiment score(
              AnnotatedSentence sentence, TokenSpan target, List<TokenSpan> others) {
            throw new AssertionError("the four-argument score is the one the job calls");
          }

          @Override
          public TargetSentiment score(
              AnnotatedSentence sentence,
              TokenSpan target,
              List<TokenSpan> others,
              List<TokenSpan> further) {
            seen.add(List.of(target));
            seen.add(others);
            seen.add(further);
            return TargetSentiment.NONE;
          }

          @Override
          public String id() {
            return "recorder";
          }
        };
    List<ActorMention> all = List.of(first, putin, again);
    ArticleAnalyzer.scoreMention(recorder, List.of(s), all, first);
    ArticleAnalyzer.scoreMention(recorder, List.of(s), all, putin);
    assertEquals(
        List.of(
            List.of(new TokenSpan(0, 1)),
            List.of(new TokenSpan(2, 3)),
            List.of(new TokenSpan(5, 6)),
            List.of(new TokenSpan(2, 3)),
            List.of(new TokenSpan(0, 1), new TokenSpan(5, 6)),
            List.of()),
        seen);
  }
}
