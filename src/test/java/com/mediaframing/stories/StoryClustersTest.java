package com.mediaframing.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mediaframing.stories.StoryClusters.Link;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryClustersTest {
  @Test
  void componentsAreNamedByTheirSmallestDocId() {
    Map<String, String> ids =
        StoryClusters.storyIds(
            List.of(new Link("d3", "d1", 0.4), new Link("d3", "d7", 0.3), new Link("x", "y", 0.5)),
            50);
    assertEquals(
        Map.of("d1", "d1", "d3", "d1", "d7", "d1", "x", "x", "y", "x"), ids, ids.toString());
  }

  @Test
  void theSizeCapKeepsTheStrongestLinksWhateverTheInputOrder() {
    List<Link> links =
        new ArrayList<>(
            List.of(
                new Link("a", "b", 0.9),
                new Link("b", "c", 0.8),
                new Link("c", "d", 0.2), // would make a 4-article chain
                new Link("d", "e", 0.7)));
    Map<String, String> expected = Map.of("a", "a", "b", "a", "c", "a", "d", "d", "e", "d");
    assertEquals(expected, StoryClusters.storyIds(links, 3));
    Collections.reverse(links);
    assertEquals(expected, StoryClusters.storyIds(links, 3));
  }

  @Test
  void noLinksNoStories() {
    assertEquals(Map.of(), StoryClusters.storyIds(List.of(), 10));
  }
}
