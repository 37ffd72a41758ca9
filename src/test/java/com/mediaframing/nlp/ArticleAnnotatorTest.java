package com.mediaframing.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleAnnotatorTest {
  private final ArticleAnnotator annotator = new ArticleAnnotator(NlpModels.get());

  @Test
  void splitsTagsAndLemmatizesKeepingOffsets() {
    String text = "Rubio spoke with Lavrov on Saturday. The strikes killed 32 people.";
    List<AnnotatedSentence> sentences = annotator.annotate(text);
    assertEquals(2, sentences.size());
    AnnotatedSentence second = sentences.get(1);
    assertEquals(1, second.index());
    assertEquals("strikes", second.token(1));
    assertEquals("strike", second.lemma(1));
    assertEquals("kill", second.lemma(2));
    assertEquals("strikes", text.substring(second.tokenStart(1), second.tokenEnd(1)));
    System.out.println(Arrays.toString(second.tags()));
  }

  @Test
  void sentencesNeverCrossBlocks() {
    String text = "Trump issues stern warning\nThe United States launched its campaign.";
    int nl = text.indexOf('\n');
    List<AnnotatedSentence> sentences =
        annotator.annotate(text, List.of(new TextSpan(0, nl), new TextSpan(nl + 1, text.length())));
    assertEquals(2, sentences.size());
    assertEquals("warning", sentences.get(0).token(sentences.get(0).size() - 1));
    assertEquals(nl + 1, sentences.get(1).start());
  }

  @Test
  void detectsEnglish() {
    assertEquals(
        "eng",
        annotator
            .detectLanguage("The conversation followed large-scale US airstrikes on Yemen.")
            .getLang());
  }
}
