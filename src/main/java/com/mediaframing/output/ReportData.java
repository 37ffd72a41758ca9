package com.mediaframing.output;

import com.mediaframing.stories.StoryReport;
import java.util.List;
import java.util.Map;

/**
 * What the static HTML report shows, collected on the driver from the tables: corpus counts, the
 * outlet × actor sentiment heatmap (rows and columns already chosen, and how many there were to
 * choose from), topic shares by bloc and by outlet, each bloc's top speakers by share of voice, the
 * stories that get a page, in page order, the quotes of those stories, the topic labels in
 * dictionary order (which also fix each topic's colour on every page), and the text of every
 * sentence the pages cite as evidence (keyed by {@link EvidenceHtml#key}).
 */
public record ReportData(
    String input,
    long nDocs,
    long nStories,
    long nMultiDocStories,
    List<String> heatmapOutlets,
    List<String> heatmapActors,
    List<SvgCharts.Cell> outletActorSentiment,
    List<String> blocs,
    List<SvgCharts.Segment> blocTopicShares,
    List<String> outlets,
    List<SvgCharts.Segment> outletTopicShares,
    List<StoryReport> stories,
    Map<String, String> actorNames,
    long nHeatmapOutletsTotal,
    long nHeatmapActorsTotal,
    Map<String, String> topicLabels,
    Map<String, String> sentences,
    List<String> voiceBlocs,
    List<SvgCharts.Share> blocVoice,
    Map<String, List<ReportData.StoryQuote>> storyQuotes) {

  /** The colours and legend labels of the topics, the same on every page. */
  public SvgCharts.Palette topicPalette() {
    return SvgCharts.Palette.of(topicLabels);
  }

  /** One quote on a story page: who (display name) said what, in which article of which bloc. */
  public record StoryQuote(
      String bloc, String outlet, String docId, String speaker, String kind, String content) {}
}
