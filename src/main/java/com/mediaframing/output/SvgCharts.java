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
 * horizontal share bars. Every cell and bar carries an SVG {@code <title>} tooltip with its exact
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

  /** Stacked bars, one per bar label in order; categories coloured in order of first appearance. */
  public static String shareBars(List<String> bars, List<Segment> segments) {
    if (bars.isEmpty()) {
      return "<p class=\"empty\">No data.</p>";
    }
    List<String> categories = new ArrayList<>();
    for (Segment seg : segments) {
      if (!categories.contains(seg.category())) {
        categories.add(seg.category());
      }
    }
    int label = 210;
    int barWidth = 520;
    int bh = 20;
    int legendRows = (categories.size() + 2) / 3;
    int width = label + barWidth + 20;
    int height = bars.size() * (bh + 4) + 16 + legendRows * 18;
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
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"11\">%s</text>",
              label - 6,
              y + 14,
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
                "<rect class=\"segment\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\""
                    + " fill=\"%s\"><title>%s: %s %.1f%%</title></rect>",
                x,
                y,
                w,
                bh,
                color(categories.indexOf(seg.category())),
                escape(seg.bar()),
                escape(seg.category()),
                100 * seg.share()));
        x += w;
      }
    }
    int ly = bars.size() * (bh + 4) + 8;
    for (int i = 0; i < categories.size(); i++) {
      int lx = label + (i % 3) * 175;
      int y = ly + (i / 3) * 18;
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                  + "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>",
              lx,
              y,
              color(i),
              lx + 16,
              y + 10,
              escape(shorten(categories.get(i), 26))));
    }
    s.append("</svg>");
    return s.toString();
  }

  static String color(int i) {
    return i < PALETTE.length ? PALETTE[i] : "#999999";
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
