package com.mediaframing.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordClustersTest {
  private static final WordClusters TABLE =
      new WordClusters(
          Map.of(
              "praise",
              new int[] {1, 10},
              "slam",
              new int[] {0, 3},
              "trump's",
              new int[] {2, 7},
              CorpusTokenizer.NUMBER,
              new int[] {2, 9}),
          2,
          "made by hand\nfor this test");

  @Test
  void looksUpTokensByTheirKey() {
    assertEquals(1, TABLE.cluster("Praise", 0));
    assertEquals(10, TABLE.cluster("PRAISE", 1));
    assertEquals(7, TABLE.cluster("Trump\u2019s", 1), "curly apostrophe is straightened");
    assertEquals(9, TABLE.cluster("2,016", 1), "numbers share one key");
    assertEquals(-1, TABLE.cluster("unknown", 0));
    assertEquals(-1, TABLE.cluster(",", 0), "punctuation has no key");
  }

  @Test
  void oneRowLookupGivesEveryLevel() {
    int row = TABLE.row("slam");
    assertEquals(0, TABLE.cluster(row, 0));
    assertEquals(3, TABLE.cluster(row, 1));
    assertEquals(-1, TABLE.row("unknown"));
    assertEquals(-1, TABLE.row(null));
    assertEquals(-1, TABLE.cluster(-1, 1));
  }

  @Test
  void keysOfTokens() {
    assertEquals("u.s.", CorpusTokenizer.key("U.S."));
    assertEquals(CorpusTokenizer.NUMBER, CorpusTokenizer.key("COVID-19"));
    assertNull(CorpusTokenizer.key("--"));
    assertNull(CorpusTokenizer.key("\u201c"));
  }

  @Test
  void writesSortedAndReadsBack() throws IOException {
    StringWriter out = new StringWriter();
    TABLE.write(out);
    String text = out.toString();
    assertEquals(
        "# made by hand\n# for this test\n<num>\t2\t9\npraise\t1\t10\nslam\t0\t3\ntrump's\t2\t7\n",
        text);
    WordClusters back =
        WordClusters.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(4, back.size());
    assertEquals(2, back.levels());
    assertEquals(3, back.cluster("slam", 1));
    StringWriter again = new StringWriter();
    back.write(again);
    assertEquals(text, again.toString());
  }

  @Test
  void hashtagWordsAreWordsNotComments() throws IOException {
    String text = "# header\n#metoo\t1\t2\nslam\t0\t3\n";
    WordClusters table =
        WordClusters.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(2, table.size());
    assertEquals(2, table.cluster("#MeToo", 1));
    StringWriter out = new StringWriter();
    table.write(out);
    assertEquals(text, out.toString());
  }

  @Test
  void malformedLinesNameTheirNumber() {
    String text = "# header\nslam\t0\t3\npraise\t1\n";
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                WordClusters.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().startsWith("line 3 "), e.getMessage());
  }

  @Test
  void bundledTableCoversCommonNewsWords() {
    WordClusters bundled = WordClusters.bundled();
    assertTrue(bundled.size() > 10_000, "words: " + bundled.size());
    for (String word : List.of("the", "said", "president", "criticized", "economy")) {
      assertTrue(bundled.cluster(word, 0) >= 0, word);
    }
  }

  @Test
  void corpusSentencesAreWordKeys() {
    CorpusTokenizer tokenizer = new CorpusTokenizer(NlpModels.get());
    List<List<String>> sentences =
        tokenizer.sentences("Critics slammed the plan. It cost $40 million!\n\nNo, it didn't.");
    assertEquals(
        List.of(
            List.of("critics", "slammed", "the", "plan"),
            List.of("it", "cost", "<num>", "million"),
            List.of("no", "it", "didn't")),
        sentences);
  }
}
