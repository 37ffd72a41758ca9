package com.mediaframing.output;

import static com.mediaframing.output.MarkdownHtml.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders evidence references ({@code doc_id[sentence indexes]}, as the story tables write them) in
 * report HTML with the sentences they cite: each index becomes a {@code <span class="sent">} whose
 * hover title is the sentence's text (from the {@code sentences} table), and {@link #expandable}
 * adds a {@code <details>} list of the cited sentences. Sentence texts are looked up by {@link
 * #key}. Stateless.
 */
public final class EvidenceHtml {
  /** Cited sentences listed at most in one expandable cell. */
  static final int MAX_LISTED = 8;

  /** A reference in escaped HTML: a doc id (no space, bracket or tag), then [n,n,...]. */
  private static final Pattern REF = Pattern.compile("([^\\s\\[\\]()<>\"]+)\\[(\\d+(?:,\\d+)*)\\]");

  private EvidenceHtml() {}

  /** The lookup key of sentence {@code index} of article {@code docId}. */
  public static String key(String docId, int index) {
    return docId + "#" + index;
  }

  /** Every (doc id, sentence index) that {@code evidence} (plain text) cites, as {@link #key}s. */
  public static List<String> keys(String evidence) {
    List<String> out = new ArrayList<>();
    if (evidence == null) {
      return out;
    }
    Matcher m = REF.matcher(evidence);
    while (m.find()) {
      for (String i : m.group(2).split(",")) {
        out.add(key(m.group(1), Integer.parseInt(i)));
      }
    }
    return out;
  }

  /** {@code html} (already escaped) with every evidence reference's indexes hoverable. */
  public static String link(String html, Map<String, String> sentences) {
    Matcher m = REF.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String docId = unescape(m.group(1));
      StringBuilder ref = new StringBuilder(m.group(1)).append('[');
      String[] indexes = m.group(2).split(",");
      for (int j = 0; j < indexes.length; j++) {
        String text = sentences.get(key(docId, Integer.parseInt(indexes[j])));
        ref.append(j == 0 ? "" : ",");
        if (text == null) {
          ref.append(indexes[j]);
        } else {
          ref.append("<span class=\"sent\" title=\"")
              .append(escape(text))
              .append("\">")
              .append(indexes[j])
              .append("</span>");
        }
      }
      m.appendReplacement(out, Matcher.quoteReplacement(ref.append(']').toString()));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * A table cell's content for {@code evidence} (plain text): the hoverable references, and below
   * them an expandable list of up to {@value #MAX_LISTED} of the cited sentences.
   */
  public static String expandable(String evidence, Map<String, String> sentences) {
    String linked = link(escape(evidence == null ? "" : evidence), sentences);
    List<String> found = new ArrayList<>();
    for (String k : keys(evidence)) {
      String text = sentences.get(k);
      if (text != null && found.size() < MAX_LISTED) {
        found.add(
            "<li><span class=\"ref\">"
                + escape(k.replace('#', ' '))
                + "</span> "
                + escape(text)
                + "</li>");
      }
    }
    if (found.isEmpty()) {
      return linked;
    }
    return "<details><summary>"
        + linked
        + "</summary><ul class=\"sentences\">"
        + String.join("", found)
        + "</ul></details>";
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
