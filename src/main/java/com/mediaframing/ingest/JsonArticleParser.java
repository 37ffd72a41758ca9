package com.mediaframing.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Parses one JSON line into a {@link RawArticle}; a line that is not a JSON object becomes a
 * malformed record with the parser's reason. Unknown fields are ignored; scalar values of any JSON
 * type are read as text. Not thread-safe in spirit (one per partition), though Jackson's mapper is.
 */
public final class JsonArticleParser {
  private final ObjectMapper mapper = new ObjectMapper();

  public RawArticle parse(String source, long record, String line) {
    if (line.isBlank()) {
      return RawArticle.malformed(source, record, "blank line", line);
    }
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      String msg = e.getOriginalMessage();
      int nl = msg.indexOf('\n');
      return RawArticle.malformed(
          source, record, "not valid JSON: " + (nl > 0 ? msg.substring(0, nl) : msg), line);
    }
    if (node == null || !node.isObject()) {
      return RawArticle.malformed(source, record, "not a JSON object", line);
    }
    RawArticle a = new RawArticle();
    a.setSource(source);
    a.setRecord(record);
    a.setId(text(node, "id"));
    a.setOutlet(text(node, "outlet"));
    a.setBloc(text(node, "bloc"));
    a.setPublished(text(node, "published"));
    a.setTitle(text(node, "title"));
    a.setText(text(node, "text"));
    a.setUrl(text(node, "url"));
    a.setLanguage(text(node, "language"));
    return a;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    return v.asText();
  }
}
