package com.mediaframing.output;

import com.mediaframing.stories.StoryReport;
import java.util.List;
import java.util.Map;

/**
 * What the static HTML report shows, collected on the driver from the tables: corpus counts, the
 * outlet × actor sentiment heatmap (rows and columns already chosen), topic shares by bloc and by
 * outlet, and the stories that get a page, in page order.
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
    Map<String, String> actorNames) {}
