package com.mediaframing.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorySizesTest {
  @Test
  void countsLinkedArticlesStoriesAndTheLargest() {
    Map<String, String> story = new HashMap<>();
    story.put("a", "a");
    story.put("b", "a");
    story.put("c", "c"); // alone in its story
    for (int i = 0; i < 12; i++) {
      story.put("x" + i, "x0");
    }
    StorySizes s = StorySizes.of(story, 20);
    assertEquals(14, s.linked());
    assertEquals(2, s.stories());
    assertEquals(12, s.largest());
    assertArrayEquals(new long[] {1, 0, 0, 0, 1}, s.histogram());
    assertEquals(
        "20 articles, 14 linked (70.0%), 2 stories of 2+ articles, largest 12;"
            + " stories of 2/3/4/5-9/10+ articles: 1/0/0/0/1",
        s.toString());
    assertEquals(0, StorySizes.of(Map.of("a", "a"), 1).largest());
  }
}
