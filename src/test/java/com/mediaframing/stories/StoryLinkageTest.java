package com.mediaframing.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoryLinkageTest {
  private static List<StoryLinkage.Doc> docs(int... days) {
    List<StoryLinkage.Doc> out = new ArrayList<>();
    for (int i = 0; i < days.length; i++) {
      out.add(new StoryLinkage.Doc("d" + i, days[i]));
    }
    return out;
  }

  private static StoryLinkage.Pair p(int a, int b, double s) {
    return new StoryLinkage.Pair(a, b, s);
  }

  @Test
  void aBridgeArticleDoesNotChainTwoEvents() {
    // d0-d1-d2 one event, d4-d5-d6 another; d3 is close to one article of each
    List<StoryLinkage.Pair> pairs =
        List.of(
            p(0, 1, 0.8),
            p(0, 2, 0.7),
            p(1, 2, 0.75),
            p(4, 5, 0.8),
            p(4, 6, 0.7),
            p(5, 6, 0.75),
            p(2, 3, 0.5),
            p(3, 4, 0.5));
    Map<String, String> ids = StoryLinkage.storyIds(docs(0, 0, 0, 0, 0, 0, 0), pairs, 0.4, 3, 50);
    assertEquals("d0", ids.get("d2"));
    assertEquals("d4", ids.get("d6"));
    assertFalse(ids.containsKey("d3"), ids.toString());
    assertFalse(ids.get("d0").equals(ids.get("d4")), ids.toString());
    // connected components would have made one story of seven
  }

  @Test
  void theDateSpanAndTheSizeCapHold() {
    List<StoryLinkage.Pair> pairs = List.of(p(0, 1, 0.9), p(1, 2, 0.9), p(0, 2, 0.9));
    Map<String, String> spanned = StoryLinkage.storyIds(docs(0, 2, 5), pairs, 0.4, 3, 50);
    assertEquals(Map.of("d0", "d0", "d1", "d0"), spanned);
    Map<String, String> capped = StoryLinkage.storyIds(docs(0, 0, 0), pairs, 0.4, 3, 2);
    assertEquals(2, capped.size());
  }

  @Test
  void theResultDoesNotDependOnInputOrder() {
    List<StoryLinkage.Pair> pairs = List.of(p(0, 1, 0.6), p(1, 2, 0.6), p(0, 2, 0.1));
    List<StoryLinkage.Pair> reversed = List.of(p(2, 1, 0.6), p(2, 0, 0.1), p(1, 0, 0.6));
    assertEquals(
        StoryLinkage.storyIds(docs(0, 0, 0), pairs, 0.45, 3, 50),
        StoryLinkage.storyIds(docs(0, 0, 0), reversed, 0.45, 3, 50));
    // 0.6 + 0.6 + 0.1 over 3 pairs for the third member is 0.43 < 0.45: a pair only
    assertEquals(2, StoryLinkage.storyIds(docs(0, 0, 0), pairs, 0.45, 3, 50).size());
  }

  @Test
  void shuffledArticlesAndPairsGiveTheSameStories() {
    // 60 articles over 5 days, dense pairs whose scores tie often (multiples of 0.1 summed in
    // different orders differ in the last bits): every order must give the same stories
    Random random = new Random(17);
    List<StoryLinkage.Doc> docs = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      docs.add(new StoryLinkage.Doc(String.format("doc%02d", i), i % 5));
    }
    List<StoryLinkage.Pair> pairs = new ArrayList<>();
    for (int a = 0; a < 60; a++) {
      for (int b = a + 1; b < 60; b++) {
        if (random.nextInt(3) == 0) {
          pairs.add(p(a, b, random.nextInt(10) / 10.0));
        }
      }
    }
    Map<String, String> expected = StoryLinkage.storyIds(docs, pairs, 0.45, 3, 50);
    assertFalse(expected.isEmpty());
    for (int round = 0; round < 10; round++) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        order.add(i);
      }
      Collections.shuffle(order, random);
      int[] at = new int[60];
      List<StoryLinkage.Doc> shuffledDocs = new ArrayList<>();
      for (int i : order) {
        at[i] = shuffledDocs.size();
        shuffledDocs.add(docs.get(i));
      }
      List<StoryLinkage.Pair> shuffledPairs = new ArrayList<>();
      for (StoryLinkage.Pair q : pairs) {
        boolean flip = random.nextBoolean();
        shuffledPairs.add(p(at[flip ? q.b() : q.a()], at[flip ? q.a() : q.b()], q.score()));
      }
      Collections.shuffle(shuffledPairs, random);
      assertEquals(
          expected,
          StoryLinkage.storyIds(shuffledDocs, shuffledPairs, 0.45, 3, 50),
          "round " + round);
    }
  }

  @Test
  void undatedArticlesNeedAHigherAverage() {
    int u = StoryLinkage.UNDATED;
    List<StoryLinkage.Pair> pairs = List.of(p(0, 1, 0.50), p(2, 3, 0.60));
    assertEquals(
        Map.of("d2", "d2", "d3", "d2"),
        StoryLinkage.storyIds(docs(u, u, u, u), pairs, 0.45, 3, 50),
        "0.50 links dated articles, not undated ones; 0.60 links both");
    assertEquals(
        Map.of("d0", "d0", "d1", "d0", "d2", "d2", "d3", "d2"),
        StoryLinkage.storyIds(docs(0, 1, 0, 1), pairs, 0.45, 3, 50));
  }
}
