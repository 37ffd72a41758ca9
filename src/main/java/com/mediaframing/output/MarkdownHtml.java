package com.mediaframing.output;

/**
 * Renders the small Markdown subset the story narratives use — {@code #}, {@code ##} and {@code
 * ###} headings, {@code -} list items nested by two spaces, and paragraphs — as HTML, escaping all
 * text. Stateless.
 */
public final class MarkdownHtml {
  private MarkdownHtml() {}

  public static String render(String markdown) {
    StringBuilder html = new StringBuilder();
    int depth = 0;
    for (String line : markdown.split("\n", -1)) {
      String trimmed = line.stripLeading();
      int level = trimmed.startsWith("- ") ? 1 + (line.length() - trimmed.length()) / 2 : 0;
      while (depth > level) {
        html.append("</ul>\n");
        depth--;
      }
      if (level > 0) {
        while (depth < level) {
          html.append("<ul>\n");
          depth++;
        }
        html.append("<li>").append(escape(trimmed.substring(2))).append("</li>\n");
      } else if (line.startsWith("### ")) {
        html.append("<h4>").append(escape(line.substring(4))).append("</h4>\n");
      } else if (line.startsWith("## ")) {
        html.append("<h3>").append(escape(line.substring(3))).append("</h3>\n");
      } else if (line.startsWith("# ")) {
        html.append("<h2>").append(escape(line.substring(2))).append("</h2>\n");
      } else if (!line.isBlank()) {
        html.append("<p>").append(escape(line)).append("</p>\n");
      }
    }
    while (depth-- > 0) {
      html.append("</ul>\n");
    }
    return html.toString();
  }

  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
