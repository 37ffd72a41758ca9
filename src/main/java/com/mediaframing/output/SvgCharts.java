package com.mediaframing.output;

import static com.mediaframing.output.MarkdownHtml.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Inline SVG charts for the static report, generated as strings (no scripts, no fonts or styles
 * from the network): a sentiment heatmap with a diverging red–grey–blue scale and stacked
 * horizontal share bars whose categories take their colour and legend label from a {@link Palette}
 * shared by every page. Every cell and bar carries an SVG {@code <title>} tooltip with its exact
 * value. Stateless.
 */
public final class SvgCharts {
  /** A heatmap cell: row label, column label, value in [-1, 1] and the count behind it. */
  public record Cell(String row, String column, double value, long n) {}

  /** A bar segment: bar label, category and share in [0, 1]. */
  public record Segment(String bar, String category, double share) {}

  static final String[] PALETTE = {
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#bab0ac", "#86bcb6", "#d37295"
  };

  private SvgCharts() {}

  public static String heatmap(List<String> rows, List<String> columns, List<Cell> cells) {
    if (rows.isEmpty() || columns.isEmpty()) {
      return "<p class=\"empty\">No data.</p>";
    }
    int label = 210;
    int cw = 46;
    int ch = 22;
    int top = 120;
    int width = label + cw * columns.size() + 90; // room for the last rotated label
    int height = top + ch * rows.size() + 10;
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"chart heatmap\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
                + " height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">",
            width,
            height,
            width,
            height));
    for (int c = 0; c < columns.size(); c++) {
      int x = label + c * cw + cw / 2;
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" transform=\"rotate(-50 %d %d)\" font-size=\"11\">%s</text>",
              x,
              top - 6,
              x,
              top - 6,
              escape(shorten(columns.get(c), 22))));
    }
    Map<String, Cell> byKey = new LinkedHashMap<>();
    for (Cell cell : cells) {
      byKey.put(cell.row() + "\u0000" + cell.column(), cell);
    }
    for (int r = 0; r < rows.size(); r++) {
      int y = top + r * ch;
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"11\">%s</text>",
              label - 6,
              y + 15,
              escape(shorten(rows.get(r), 32))));
      for (int c = 0; c < columns.size(); c++) {
        Cell cell = byKey.get(rows.get(r) + "\u0000" + columns.get(c));
        int x = label + c * cw;
        if (cell == null) {
          s.append(
              String.format(
                  Locale.ROOT,
                  "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f4f4f4\"/>",
                  x,
                  y,
                  cw - 2,
                  ch - 2));
          continue;
        }
        s.append(
            String.format(
                Locale.ROOT,
                "<rect class=\"cell\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\">"
                    + "<title>%s × %s: %+.3f (n=%d)</title></rect>"
                    + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\">%+.2f</text>",
                x,
                y,
                cw - 2,
                ch - 2,
                diverging(cell.value()),
                escape(rows.get(r)),
                escape(columns.get(c)),
                cell.value(),
                cell.n(),
                x + cw / 2 - 1,
                y + 14,
                cell.value()));
      }
    }
    s.append("</svg>");
    return s.toString();
  }

  /** One bar of {@link #intervalBars}: a share in a panel with its 95% interval (nullable). */
  public record Share(String panel, String label, double share, Double low, Double high, long n) {}

  /**
   * Horizontal bars with 95% interval whiskers, grouped in panels (one per panel name, bars in list
   * order): the share of voice of each bloc's top speakers.
   */
  public static String intervalBars(List<String> panels, List<Share> shares) {
    if (shares.isEmpty()) {
      return "<p class=\"empty\">No data.</p>";
    }
    int label = 210;
    int barWidth = 420;
    int bh = 16;
    double max = 0;
    for (Share x : shares) {
      max = Math.max(max, x.high() == null ? x.share() : x.high());
    }
    double scale = barWidth / Math.max(0.05, Math.min(1, max));
    int rows = 0;
    for (String p : panels) {
      rows += 1 + (int) shares.stream().filter(x -> x.panel().equals(p)).count();
    }
    int width = label + barWidth + 90;
    int height = rows * (bh + 4) + 8;
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"chart voice\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
                + " height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">",
            width,
            height,
            width,
            height));
    int y = 0;
    for (int p = 0; p < panels.size(); p++) {
      String panel = panels.get(p);
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"4\" y=\"%d\" font-size=\"12\" font-weight=\"bold\">%s</text>",
              y + 13,
              escape(panel)));
      y += bh + 4;
      for (Share x : shares) {
        if (!x.panel().equals(panel)) {
          continue;
        }
        s.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"11\">%s</text>"
                    + "<rect class=\"segment\" x=\"%d\" y=\"%d\" width=\"%.1f\""
                    + " height=\"%d\" fill=\"%s\"><title>%s: %.1f%% of %s's quotes (%d)%s"
                    + "</title></rect>",
                label - 6,
                y + 12,
                escape(shorten(x.label(), 32)),
                label,
                y,
                x.share() * scale,
                bh,
                color(p),
                escape(x.label()),
                100 * x.share(),
                escape(panel),
                x.n(),
                x.low() == null
                    ? ""
                    : String.format(
                        Locale.ROOT, ", 95%% %.1f–%.1f%%", 100 * x.low(), 100 * x.high())));
        if (x.low() != null) {
          double x0 = label + x.low() * scale;
          double x1 = label + x.high() * scale;
          int mid = y + bh / 2;
          s.append(
              String.format(
                  Locale.ROOT,
                  "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#222\"/>"
                      + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#222\"/>"
                      + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#222\"/>",
                  x0,
                  mid,
                  x1,
                  mid,
                  x0,
                  mid - 4,
                  x0,
                  mid + 4,
                  x1,
                  mid - 4,
                  x1,
                  mid + 4));
        }
        s.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%d\" font-size=\"10\">%.0f%%</text>",
                label + Math.max(x.share(), x.high() == null ? 0 : x.high()) * scale + 4,
                y + 12,
                100 * x.share()));
        y += bh + 4;
      }
    }
    s.append("</svg>");
    return s.toString();
  }

  /**
   * How the categories of {@link #shareBars} are drawn: a colour and a legend label per category
   * id. One palette serves every page of a report, so a topic has the same colour everywhere.
   */
  public record Palette(Map<String, String> colors, Map<String, String> labels) {
    /** A palette giving the categories, in this order, the colours of {@link #PALETTE}. */
    public static Palette of(Map<String, String> labelsInOrder) {
      Map<String, String> colors = new LinkedHashMap<>();
      int i = 0;
      for (String id : labelsInOrder.keySet()) {
        colors.put(id, SvgCharts.color(i++));
      }
      return new Palette(colors, new LinkedHashMap<>(labelsInOrder));
    }

    String color(String category) {
      return colors.getOrDefault(category, UNKNOWN_COLOR);
    }

    String label(String category) {
      return labels.getOrDefault(category, category);
    }
  }

  /** Colour of a category the palette does not know. */
  static final String UNKNOWN_COLOR = "#999999";

  /** Stacked bars with a palette made for these segments' categories, in order of appearance. */
  public static String shareBars(List<String> bars, List<Segment> segments) {
    Map<String, String> labels = new LinkedHashMap<>();
    segments.forEach(seg -> labels.putIfAbsent(seg.category(), seg.category()));
    return shareBars(bars, segments, Palette.of(labels));
  }

  /**
   * Stacked bars, one per bar label in order, coloured by {@code palette}; the legend lists the
   * categories present, in the palette's order, with their labels, wrapped so none is cut off.
   */
  public static String shareBars(List<String> bars, List<Segment> segments, Palette palette) {
    if (bars.isEmpty()) {
      return "<p class=\"empty\">No data.</p>";
    }
    List<String> present = new ArrayList<>();
    for (Segment seg : segments) {
      if (!present.contains(seg.category())) {
        present.add(seg.category());
      }
    }
    List<String> categories = new ArrayList<>();
    for (String c : palette.colors().keySet()) {
      if (present.contains(c)) {
        categories.add(c);
      }
    }
    present.stream().filter(c -> !categories.contains(c)).forEach(categories::add);
    int label = 210;
    int barWidth = 520;
    int bh = 20;
    int width = label + barWidth + 20;
    int ly = bars.size() * (bh + 4) + 8;
    StringBuilder legend = new StringBuilder();
    int lx = 0;
    int row = 0;
    for (String c : categories) {
      String text = palette.label(c);
      int itemWidth = 16 + textWidth(text) + 18;
      if (lx > 0 && lx + itemWidth > width) {
        lx = 0;
        row++;
      }
      int y = ly + row * 18;
      legend.append(
          String.format(
              Locale.ROOT,
              "<g class=\"legend-item\" data-category=\"%s\"><rect x=\"%d\" y=\"%d\" width=\"12\""
                  + " height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text></g>",
              escape(c),
              lx,
              y,
              palette.color(c),
              lx + 16,
              y + 10,
              escape(text)));
      lx += itemWidth;
    }
    int height = ly + (categories.isEmpty() ? 0 : (row + 1) * 18) + 4;
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"chart bars\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
                + " height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">",
            width,
            height,
            width,
            height));
    for (int b = 0; b < bars.size(); b++) {
      int y = b * (bh + 4);
      s.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"11\"><title>%s</title>%s</text>",
              label - 6,
              y + 14,
              escape(bars.get(b)),
              escape(shorten(bars.get(b), 32))));
      double x = label;
      for (Segment seg : segments) {
        if (!seg.bar().equals(bars.get(b)) || seg.share() <= 0) {
          continue;
        }
        double w = seg.share() * barWidth;
        s.append(
            String.format(
                Locale.ROOT,
                "<rect class=\"segment\" data-category=\"%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\""
                    + " height=\"%d\" fill=\"%s\"><title>%s: %s %.1f%%</title></rect>",
                escape(seg.category()),
                x,
                y,
                w,
                bh,
                palette.color(seg.category()),
                escape(seg.bar()),
                escape(palette.label(seg.category())),
                100 * seg.share()));
        x += w;
      }
    }
    s.append(legend).append("</svg>");
    return s.toString();
  }

  /** A generous estimate of the width of {@code text} at font size 11, in pixels. */
  static int textWidth(String text) {
    return (int) Math.ceil(text.length() * 6.6);
  }

  /**
   * The colour scale of {@link #heatmap}: a gradient from -1 to +1 with ticks, as its own small
   * SVG.
   */
  public static String heatmapScale() {
    double[] stops = {-1, -0.4, -0.2, 0, 0.2, 0.4, 1};
    int x0 = 56;
    int w = 300;
    StringBuilder s = new StringBuilder();
    s.append(
        "<svg class=\"chart scale\" xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"46\""
            + " viewBox=\"0 0 800 46\" role=\"img\"><defs><linearGradient id=\"sentiment-scale\">");
    for (double v : stops) {
      s.append(
          String.format(
              Locale.ROOT, "<stop offset=\"%.3f\" stop-color=\"%s\"/>", (v + 1) / 2, diverging(v)));
    }
    s.append("</linearGradient></defs>");
    s.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"4\" width=\"%d\" height=\"14\" fill=\"url(#sentiment-scale)\"/>",
            x0,
            w));
    for (double v : new double[] {-1, -0.4, 0, 0.4, 1}) {
      int x = x0 + (int) Math.round((v + 1) / 2 * w);
      s.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"18\" x2=\"%d\" y2=\"22\" stroke=\"#555\"/>"
                  + "<text x=\"%d\" y=\"34\" text-anchor=\"middle\" font-size=\"10\">%s</text>",
              x,
              x,
              x,
              v == 0 ? "0" : String.format(Locale.ROOT, "%+.1f", v)));
    }
    s.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"15\" font-size=\"11\">sentiment: red negative, blue positive,"
                + " full colour from ±0.4</text>",
            x0 + w + 12));
    s.append(
        "<rect x=\"0\" y=\"4\" width=\"28\" height=\"14\" fill=\"#f4f4f4\"/>"
            + "<text x=\"0\" y=\"34\" font-size=\"10\">no data</text></svg>");
    return s.toString();
  }

  static String color(int i) {
    if (i < PALETTE.length) {
      return PALETTE[i];
    }
    // beyond the palette: hues a golden angle apart, so further categories stay distinct
    double hue = (i * 137.508) % 360;
    java.awt.Color c = java.awt.Color.getHSBColor((float) (hue / 360), 0.45f, 0.75f);
    return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }

  /** Red for -1, light grey for 0, blue for +1. */
  static String diverging(double v) {
    double t = Math.max(-1, Math.min(1, v));
    int[] mid = {238, 238, 238};
    int[] end = t < 0 ? new int[] {202, 0, 32} : new int[] {5, 113, 176};
    double a = Math.min(1, Math.abs(t) * 2.5);
    int r = (int) Math.round(mid[0] + (end[0] - mid[0]) * a);
    int g = (int) Math.round(mid[1] + (end[1] - mid[1]) * a);
    int b = (int) Math.round(mid[2] + (end[2] - mid[2]) * a);
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }

  private static String shorten(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
