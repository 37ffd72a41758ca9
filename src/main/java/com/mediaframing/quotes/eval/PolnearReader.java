package com.mediaframing.quotes.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mediaframing.ingest.InputException;
import com.mediaframing.nlp.TextSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads PolNeAR-format JSON lines: per line an object with {@code id}, {@code text} and {@code
 * attributions}, a list of {@code {content, source, cue, direct}} where each of the first three is
 * a list of {@code [start, end)} character offsets into {@code text} ({@code published} is
 * optional). Any problem ends the read with one {@link InputException} line naming the file, the
 * line number and what is wrong. Stateless.
 */
public final class PolnearReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PolnearReader() {}

  public static List<PolnearArticle> read(Path file) {
    List<PolnearArticle> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (!line.isBlank()) {
          out.add(parse(file + " line " + lineNo, line));
        }
      }
    } catch (NoSuchFileException e) {
      throw new InputException("data file " + file + " does not exist");
    } catch (IOException e) {
      throw new InputException("cannot read data file " + file + ": " + e.getMessage(), e);
    }
    if (out.isEmpty()) {
      throw new InputException("data file " + file + " has no articles");
    }
    return out;
  }

  /** Parses one line; {@code where} names it in error messages. */
  static PolnearArticle parse(String where, String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InputException(
          where
              + ": not JSON ("
              + e.getOriginalMessage()
              + "); expected one PolNeAR article per line");
    }
    if (node == null || !node.isObject()) {
      throw new InputException(where + ": expected a JSON object per line");
    }
    String id = text(node, "id", where);
    String text = text(node, "text", where);
    JsonNode published = node.get("published");
    JsonNode list = node.get("attributions");
    if (list == null || !list.isArray()) {
      throw new InputException(where + ": field 'attributions' is missing or not a list");
    }
    List<PolnearArticle.Attribution> attributions = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode a = list.get(i);
      String at = where + " attribution " + i;
      if (!a.isObject()) {
        throw new InputException(at + ": expected an object");
      }
      JsonNode direct = a.get("direct");
      if (direct == null || !direct.isBoolean()) {
        throw new InputException(at + ": field 'direct' is missing or not true/false");
      }
      attributions.add(
          new PolnearArticle.Attribution(
              spans(a, "content", text.length(), at),
              spans(a, "source", text.length(), at),
              spans(a, "cue", text.length(), at),
              direct.asBoolean()));
    }
    JsonNode title = node.get("title");
    return new PolnearArticle(
        id,
        published == null || published.isNull() ? null : published.asText(),
        title == null || !title.isTextual() ? null : title.asText(),
        text,
        attributions);
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw new InputException(where + ": field '" + field + "' is missing or not a string");
    }
    return v.asText();
  }

  private static List<TextSpan> spans(JsonNode a, String field, int textLength, String where) {
    JsonNode list = a.get(field);
    if (list == null || !list.isArray()) {
      throw new InputException(where + ": field '" + field + "' is missing or not a list of spans");
    }
    List<TextSpan> out = new ArrayList<>();
    for (JsonNode pair : list) {
      if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isInt() || !pair.get(1).isInt()) {
        throw new InputException(where + ": '" + field + "' span " + pair + " is not [start, end]");
      }
      int start = pair.get(0).asInt();
      int end = pair.get(1).asInt();
      if (start < 0 || end < start || end > textLength) {
        throw new InputException(
            where
                + ": '"
                + field
                + "' span ["
                + start
                + ", "
                + end
                + ") is outside the text ("
                + textLength
                + " characters)");
      }
      out.add(new TextSpan(start, end));
    }
    return out;
  }
}
