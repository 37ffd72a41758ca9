package com.mediaframing.output;

import static com.mediaframing.output.MarkdownHtml.escape;

import com.mediaframing.stories.StoryReport;
import com.mediaframing.stories.StoryReport.ActorTone;
import com.mediaframing.stories.StoryReport.BlocCoverage;
import com.mediaframing.stories.StoryReport.Disagreement;
import com.mediaframing.stories.StoryReport.StoryFact;
import com.mediaframing.stories.StoryReport.TopicShare;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Writes the static report: {@code DIR/report/index.html} (corpus heatmap of outlet × actor
 * sentiment, topic shares by bloc and outlet, the list of stories) and {@code
 * DIR/report/story-N.html} per story (bloc coverage, outlet × actor heatmap, topic shares by outlet
 * and bloc, disagreements, narrative, facts). Pages are self-contained: inline CSS and SVG, one
 * small inline script that only records script errors and rendered charts into the page's
 * attributes (for the browser test). Nothing is loaded from the network.
 */
public final class ReportWriter {
  private static final int MAX_FACT_ROWS = 60;

  private static final String COVERAGE = "share of the story's articles";

  /** Actor columns of a story page's heatmap (the page says when more are left out). */
  static final int STORY_HEATMAP_ACTORS = 12;

  /** The report's folder relative to the output folder. */
  public static final String FOLDER = "report";

  private final String outputDir;
  private final Configuration hadoop;

  public ReportWriter(String outputDir, Configuration hadoop) {
    this.outputDir = outputDir;
    this.hadoop = hadoop;
  }

  /** Writes every page; returns the number of pages. */
  public int write(ReportData data) {
    write("index.html", index(data));
    for (int i = 0; i < data.stories().size(); i++) {
      write(page(i), story(data, data.stories().get(i)));
    }
    return 1 + data.stories().size();
  }

  static String page(int i) {
    return "story-" + (i + 1) + ".html";
  }

  private void write(String name, String html) {
    Path path = new Path(outputDir + "/" + FOLDER + "/" + name);
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      fs.setWriteChecksum(false); // no .crc files beside the pages
      try (Writer out = new OutputStreamWriter(fs.create(path, true), StandardCharsets.UTF_8)) {
        out.write(html);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  static String index(ReportData d) {
    StringBuilder b = new StringBuilder(head("Media framing report"));
    b.append("<h1>Media framing report</h1>\n<p class=\"meta\">")
        .append(escape(d.input()))
        .append(
            String.format(
                Locale.ROOT,
                " — %,d articles, %,d stories, %,d with two or more articles. Pages for the %d"
                    + " stories covered by most blocs and articles.</p>\n",
                d.nDocs(),
                d.nStories(),
                d.nMultiDocStories(),
                d.stories().size()));
    b.append("<h2>Sentiment toward actors, by outlet</h2>\n")
        .append(
            "<p class=\"note\">Mean over articles of the per-article sentiment toward the actor"
                + " (outlet_actor_sentiment); red negative, blue positive, grey empty.")
        .append(
            shownOf(
                d.heatmapOutlets().size(),
                d.nHeatmapOutletsTotal(),
                "outlets",
                d.heatmapActors().size(),
                d.nHeatmapActorsTotal(),
                "actors"))
        .append("</p>\n")
        .append(SvgCharts.heatmap(d.heatmapOutlets(), d.heatmapActors(), d.outletActorSentiment()))
        .append(SvgCharts.heatmapScale());
    b.append("<h2>Share of voice by bloc</h2>\n")
        .append(
            "<p class=\"note\">Who gets to speak: each bloc's speakers with most quotes (direct "
                + "and indirect) and their share of all the bloc's quotes, with 95% intervals "
                + "that take the outlet as the sampling unit (CR2 over the bloc's outlets; none "
                + "for a bloc of one outlet): the articles of one outlet share its line, so a "
                + "bloc has as many independent units as outlets (bloc_voice).</p>\n")
        .append(SvgCharts.intervalBars(d.voiceBlocs(), d.blocVoice()));
    SvgCharts.Palette topics = d.topicPalette();
    b.append("<h2>Topic share by bloc</h2>\n")
        .append(SvgCharts.shareBars(d.blocs(), d.blocTopicShares(), topics));
    b.append("<h2>Topic share by outlet</h2>\n")
        .append(SvgCharts.shareBars(d.outlets(), d.outletTopicShares(), topics));
    b.append("<h2>Stories</h2>\n<table class=\"stories\"><thead><tr><th>story</th><th>dates</th>")
        .append("<th>articles</th><th>outlets</th><th>blocs</th></tr></thead><tbody>\n");
    for (int i = 0; i < d.stories().size(); i++) {
      StoryReport.Summary s = d.stories().get(i).summary();
      b.append("<tr><td><a href=\"")
          .append(page(i))
          .append("\">")
          .append(escape(s.title()))
          .append("</a></td><td>")
          .append(dates(s))
          .append("</td><td>")
          .append(s.nDocs())
          .append("</td><td>")
          .append(s.nOutlets())
          .append("</td><td>")
          .append(escape(String.join(", ", s.blocs())))
          .append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");
    return b.append(tail()).toString();
  }

  static String story(ReportData d, StoryReport r) {
    StoryReport.Summary s = r.summary();
    StringBuilder b = new StringBuilder(head(s.title()));
    b.append("<p><a href=\"index.html\">← all stories</a></p>\n<h1>")
        .append(escape(s.title()))
        .append("</h1>\n<p class=\"meta\">story ")
        .append(escape(s.storyId()))
        .append(
            String.format(
                Locale.ROOT,
                " — %d articles, %d outlets, %s; top terms: %s</p>%n",
                s.nDocs(),
                s.nOutlets(),
                dates(s),
                escape(String.join(", ", s.topTerms()))));

    b.append("<div class=\"grid\"><section><h2>Bloc coverage</h2>\n");
    List<String> coverageBars = new ArrayList<>();
    List<SvgCharts.Segment> coverage = new ArrayList<>();
    for (BlocCoverage c : r.coverage()) {
      String bar =
          String.format(
              Locale.ROOT,
              "%s: %d (corpus %.0f%%)%s",
              c.bloc(),
              c.nDocs(),
              100 * c.corpusShare(),
              c.blindspot() ? " BLIND SPOT" : "");
      coverageBars.add(bar);
      coverage.add(new SvgCharts.Segment(bar, COVERAGE, c.share()));
    }
    b.append(
            SvgCharts.shareBars(
                coverageBars,
                coverage,
                new SvgCharts.Palette(
                    java.util.Map.of(COVERAGE, "#7f7f7f"), java.util.Map.of(COVERAGE, COVERAGE))))
        .append("</section>\n");
    SvgCharts.Palette topicPalette = d.topicPalette();

    b.append("<section><h2>Topic share by bloc and outlet</h2>\n");
    List<String> groups = new ArrayList<>();
    List<SvgCharts.Segment> topicSegments = new ArrayList<>();
    for (String kind : List.of("bloc", "outlet")) {
      for (TopicShare t : r.topicShares()) {
        if (t.kind().equals(kind)) {
          String bar = kind + ": " + t.group();
          if (!groups.contains(bar)) {
            groups.add(bar);
          }
          topicSegments.add(new SvgCharts.Segment(bar, t.topicId(), t.share()));
        }
      }
    }
    b.append(SvgCharts.shareBars(groups, topicSegments, topicPalette)).append("</section></div>\n");

    b.append("<h2>Articles</h2>\n")
        .append(
            "<table class=\"articles\"><thead><tr><th>headline</th><th>outlet</th><th>bloc</th>"
                + "<th>date</th><th>doc_id</th></tr></thead><tbody>\n");
    for (StoryReport.Article a : r.articles()) {
      String title = a.title() == null || a.title().isBlank() ? "(no headline)" : a.title();
      b.append("<tr><td>")
          .append(
              a.url() == null || a.url().isBlank()
                  ? escape(title)
                  : "<a href=\"" + escape(a.url()) + "\">" + escape(title) + "</a>")
          .append("</td><td>")
          .append(escape(a.outlet()))
          .append("</td><td>")
          .append(escape(a.bloc()))
          .append("</td><td>")
          .append(a.published() == null ? "undated" : escape(a.published()))
          .append("</td><td class=\"ev\">")
          .append(escape(a.docId()))
          .append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");

    b.append("<h2>Sentiment toward actors, by outlet</h2>\n");
    TreeSet<String> outlets = new TreeSet<>();
    List<ActorTone> tones = r.outletActorTone();
    List<String> allActors =
        tones.stream()
            .collect(
                Collectors.groupingBy(
                    ActorTone::actorId, Collectors.summingInt(ActorTone::nMentions)))
            .entrySet()
            .stream()
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(e -> name(d, e.getKey()))
            .toList();
    List<String> actors = allActors.subList(0, Math.min(STORY_HEATMAP_ACTORS, allActors.size()));
    List<SvgCharts.Cell> cells = new ArrayList<>();
    for (ActorTone t : tones) {
      outlets.add(t.group());
      cells.add(new SvgCharts.Cell(t.group(), name(d, t.actorId()), t.sentiment(), t.nDocs()));
    }
    b.append("<p class=\"note\">Mean over the story's articles of each outlet.")
        .append(
            shownOf(
                outlets.size(),
                outlets.size(),
                "outlets",
                actors.size(),
                allActors.size(),
                "actors"))
        .append("</p>\n")
        .append(SvgCharts.heatmap(new ArrayList<>(outlets), actors, cells))
        .append(SvgCharts.heatmapScale());

    b.append("<h2>Bloc comparison: tone toward shared actors</h2>\n")
        .append(
            "<p class=\"note\">A bloc's tone is the mean over its articles of each article's mean"
                + " mention score; the interval of the difference takes the article as the unit"
                + " (mentions of one article are not independent) and is absent when a bloc has a"
                + " single article naming the actor: one article each says nothing about the"
                + " blocs.</p>\n");
    List<Disagreement> ds =
        r.disagreements().stream().sorted(Disagreement.BY_EVIDENCE).limit(20).toList();
    if (ds.isEmpty()) {
      b.append("<p class=\"empty\">No actor is named by two blocs.</p>\n");
    } else {
      b.append(
          "<table><thead><tr><th>actor</th><th>bloc a</th><th>tone a</th><th>bloc b</th>"
              + "<th>tone b</th><th>difference</th><th>95% interval</th><th>verdict</th>"
              + "<th>evidence</th></tr>"
              + "</thead><tbody>\n");
      for (Disagreement x : ds) {
        b.append(
            String.format(
                Locale.ROOT,
                "<tr><td>%s</td><td>%s</td><td>%+.2f</td><td>%s</td><td>%+.2f</td>"
                    + "<td>%+.2f</td><td>%s</td><td>%s</td><td class=\"ev\">%s</td></tr>%n",
                escape(name(d, x.actorId())),
                escape(x.blocA()),
                x.sentimentA(),
                escape(x.blocB()),
                x.sentimentB(),
                x.difference(),
                x.differenceLow() == null || x.differenceHigh() == null
                    ? "—"
                    : String.format(
                        Locale.ROOT, "[%+.2f, %+.2f]", x.differenceLow(), x.differenceHigh()),
                escape(x.verdict()),
                EvidenceHtml.expandable(x.evidence(), d.sentences())));
      }
      b.append("</tbody></table>\n");
    }

    b.append(whoIsQuoted(d.storyQuotes().getOrDefault(s.storyId(), List.of())));

    b.append("<h2>Narrative</h2>\n<div class=\"narrative\">")
        .append(
            r.markdown() == null
                ? ""
                : EvidenceHtml.link(MarkdownHtml.render(r.markdown()), d.sentences()))
        .append("</div>\n");

    b.append("<h2>Facts</h2>\n<table><thead><tr><th>type</th><th>fact</th><th>blocs</th>")
        .append("<th>articles</th><th>evidence</th></tr></thead><tbody>\n");
    for (StoryFact f : r.facts().stream().limit(MAX_FACT_ROWS).toList()) {
      b.append("<tr><td>")
          .append(f.type())
          .append("</td><td>")
          .append(escape(f.fact()))
          .append("</td><td>")
          .append(escape(String.join(", ", f.blocs())))
          .append(f.sharedByAllBlocs() ? " (all)" : "")
          .append("</td><td>")
          .append(f.nDocs())
          .append("</td><td class=\"ev\">")
          .append(EvidenceHtml.expandable(f.evidence(), d.sentences()))
          .append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");
    return b.append(tail()).toString();
  }

  /** Longest quote text shown on a story page. */
  private static final int MAX_QUOTE_CHARS = 320;

  /** "Who each bloc quotes": per bloc, the speakers with their counts, then the quotes. */
  static String whoIsQuoted(List<ReportData.StoryQuote> quotes) {
    StringBuilder b = new StringBuilder("<h2>Who each bloc quotes</h2>\n");
    if (quotes.isEmpty()) {
      return b.append("<p class=\"empty\">No attributed quotes.</p>\n").toString();
    }
    Map<String, List<ReportData.StoryQuote>> byBloc =
        quotes.stream()
            .collect(
                Collectors.groupingBy(
                    ReportData.StoryQuote::bloc, java.util.TreeMap::new, Collectors.toList()));
    for (Map.Entry<String, List<ReportData.StoryQuote>> e : byBloc.entrySet()) {
      Map<String, Long> counts =
          e.getValue().stream()
              .collect(
                  Collectors.groupingBy(
                      ReportData.StoryQuote::speaker,
                      java.util.LinkedHashMap::new,
                      Collectors.counting()));
      b.append("<h3>")
          .append(escape(e.getKey()))
          .append("</h3>\n<p class=\"speakers\">")
          .append(
              escape(
                  counts.entrySet().stream()
                      .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                      .map(c -> c.getKey() + " (" + c.getValue() + ")")
                      .collect(Collectors.joining(", "))))
          .append("</p>\n<ul class=\"quotes\">\n");
      for (ReportData.StoryQuote q : e.getValue()) {
        String content =
            q.content().length() <= MAX_QUOTE_CHARS
                ? q.content()
                : q.content().substring(0, MAX_QUOTE_CHARS - 1) + "…";
        boolean direct = "direct".equals(q.kind());
        b.append("<li><b>")
            .append(escape(q.speaker()))
            .append("</b>: ")
            .append(direct ? "“" : "")
            .append(escape(content))
            .append(direct ? "”" : " (paraphrased)")
            .append(" <span class=\"ev\">")
            .append(escape(q.outlet()))
            .append(", ")
            .append(escape(q.docId()))
            .append("</span></li>\n");
      }
      b.append("</ul>\n");
    }
    return b.toString();
  }

  /**
   * "first – last", one date when they are equal, "undated" when the story has no dated article.
   */
  private static String dates(StoryReport.Summary s) {
    if (s.firstPublished() == null) {
      return "undated";
    }
    return s.lastPublished().equals(s.firstPublished())
        ? s.firstPublished()
        : s.firstPublished() + " – " + s.lastPublished();
  }

  /** Says which rows and columns a heatmap leaves out, or nothing when it shows all. */
  private static String shownOf(
      int rows, long rowsTotal, String rowName, int cols, long colsTotal, String colName) {
    List<String> parts = new ArrayList<>();
    if (rows < rowsTotal) {
      parts.add(String.format(Locale.ROOT, "%d of the %d %s", rows, rowsTotal, rowName));
    }
    if (cols < colsTotal) {
      parts.add(String.format(Locale.ROOT, "%d of the %d %s", cols, colsTotal, colName));
    }
    if (parts.isEmpty()) {
      return "";
    }
    return " Shown: the "
        + String.join(" and the ", parts)
        + " with most article-actor pairs; the others are left out here (all are in"
        + " outlet_actor_sentiment).";
  }

  private static String name(ReportData d, String actorId) {
    return d.actorNames().getOrDefault(actorId, actorId);
  }

  private static String head(String title) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        + escape(title)
        + "</title>\n<style>\n"
        + "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:24px auto;"
        + "max-width:1280px;padding:0 16px;color:#222;line-height:1.4}\n"
        + "h1{font-size:1.5em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ddd}\n"
        + "table{border-collapse:collapse;font-size:13px;width:100%}"
        + "td,th{border-bottom:1px solid #eee;padding:3px 6px;text-align:left;vertical-align:top}\n"
        + ".meta,.note{color:#555;font-size:13px}.empty{color:#888}.ev{color:#666;font-size:11px}\n"
        + ".grid{display:flex;flex-wrap:wrap;gap:24px}.chart{max-width:100%;height:auto}\n"
        + ".narrative{background:#fafafa;padding:8px 16px;border-left:3px solid #4e79a7}\n"
        + ".sent{border-bottom:1px dotted #888;cursor:help}details summary{cursor:pointer}\n"
        + "ul.sentences{margin:4px 0 4px 0;padding-left:16px;color:#333;font-size:12px}\n"
        + ".ref{color:#888;font-size:11px}\n"
        + "</style>\n<script>\n"
        + "window.__errors=[];\n"
        + "window.addEventListener('error',function(e){window.__errors.push(String(e.message));});\n"
        + "(function(){var ce=console.error;console.error=function(){"
        + "window.__errors.push(Array.prototype.join.call(arguments,' '));"
        + "ce.apply(console,arguments);};})();\n"
        + "window.addEventListener('load',function(){var n=0;"
        + "document.querySelectorAll('svg.chart').forEach(function(s){"
        + "var r=s.getBoundingClientRect();"
        + "if(r.width>0&&r.height>0&&s.querySelectorAll('rect').length>0){n++;}});"
        + "document.body.setAttribute('data-charts-rendered',String(n));"
        + "document.body.setAttribute('data-console-errors',String(window.__errors.length));"
        + "document.getElementById('console-errors').textContent=window.__errors.join('\\n');});\n"
        + "</script></head><body>\n";
  }

  private static String tail() {
    return "<pre id=\"console-errors\" hidden></pre>\n</body></html>\n";
  }
}
