package com.mediaframing.sentiment.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mediaframing.base.ConfigException;
import com.mediaframing.nlp.TextSpan;
import com.mediaframing.sentiment.SentimentLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads NewsMTSC JSON-lines files (Hamborg and Donnay, EACL 2021): per line a sentence {@code
 * sentence_normalized}, its {@code primary_gid} and {@code targets}, each with {@code Input.gid},
 * character offsets {@code from}/{@code to} (exclusive) and {@code polarity} 2.0 (negative), 4.0
 * (neutral) or 6.0 (positive), and optionally {@code further_mentions}: the target's other mentions
 * in the sentence, each with {@code from}/{@code to}. Other fields are ignored. Blank lines are
 * skipped; any other malformed line fails with a {@link NewsMtscFormatException} naming it.
 * Thread-safe: the Jackson mapper is only read.
 */
public final class NewsMtscReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private NewsMtscReader() {}

  /**
   * All sentences of a UTF-8 data file named on the command line: a missing or unreadable file is a
   * {@link ConfigException} naming it (so the command ends with one line and exit code 2).
   */
  public static List<TscSentence> readData(Path data) {
    try {
      return read(data);
    } catch (NoSuchFileException e) {
      throw new ConfigException("data file " + data + " does not exist", e);
    } catch (IOException e) {
      throw new ConfigException("cannot read data file " + data + ": " + e.getMessage(), e);
    }
  }

  /** All sentences of a UTF-8 file. */
  public static List<TscSentence> read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  /**
   * All sentences of a stream.
   *
   * @param source file name for error messages
   */
  public static List<TscSentence> read(Reader in, String source) throws IOException {
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<TscSentence> out = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (!line.isBlank()) {
        out.add(parse(line, source, number));
      }
    }
    return out;
  }

  /** One line; {@code number} is 1-based. */
  public static TscSentence parse(String line, String source, int number) {
    JsonNode root;
    try {
      root = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new NewsMtscFormatException(
          source, number, "not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new NewsMtscFormatException(source, number, "expected a JSON object");
    }
    String text = text(root, "sentence_normalized", source, number);
    String gid = text(root, "primary_gid", source, number);
    JsonNode targets = root.get("targets");
    if (targets == null || !targets.isArray() || targets.isEmpty()) {
      throw new NewsMtscFormatException(source, number, "'targets' must be a non-empty array");
    }
    List<TscTarget> parsed = new ArrayList<>();
    for (JsonNode t : targets) {
      String where = "target " + parsed.size() + ": ";
      if (!t.isObject()) {
        throw new NewsMtscFormatException(source, number, where + "expected a JSON object");
      }
      int from = integer(t, "from", where, source, number);
      int to = integer(t, "to", where, source, number);
      if (from < 0 || to <= from || to > text.length()) {
        throw new NewsMtscFormatException(
            source,
            number,
            where + "span [" + from + ", " + to + ") outside the sentence of " + text.length());
      }
      JsonNode gidNode = t.get("Input.gid");
      String targetGid = gidNode != null && gidNode.isTextual() ? gidNode.asText() : gid;
      JsonNode mention = t.get("mention");
      String mentionText = mention != null && mention.isTextual() ? mention.asText() : "";
      parsed.add(
          new TscTarget(
              targetGid,
              from,
              to,
              mentionText,
              polarity(t, where, source, number),
              furtherMentions(t, text.length(), where, source, number)));
    }
    return new TscSentence(gid, text, parsed);
  }

  private static List<TextSpan> furtherMentions(
      JsonNode t, int length, String where, String source, int number) {
    JsonNode further = t.get("further_mentions");
    List<TextSpan> out = new ArrayList<>();
    if (further == null || further.isNull()) {
      return out;
    }
    if (!further.isArray()) {
      throw new NewsMtscFormatException(
          source, number, where + "'further_mentions' must be an array, got " + further);
    }
    for (JsonNode m : further) {
      String at = where + "further mention " + out.size() + ": ";
      if (!m.isObject()) {
        throw new NewsMtscFormatException(source, number, at + "expected a JSON object");
      }
      int from = integer(m, "from", at, source, number);
      int to = integer(m, "to", at, source, number);
      if (from < 0 || to <= from || to > length) {
        throw new NewsMtscFormatException(
            source,
            number,
            at + "span [" + from + ", " + to + ") outside the sentence of " + length);
      }
      out.add(new TextSpan(from, to));
    }
    return out;
  }

  private static SentimentLabel polarity(JsonNode t, String where, String source, int number) {
    JsonNode p = t.get("polarity");
    if (p != null && p.isNumber()) {
      double v = p.asDouble();
      if (v == 2.0) {
        return SentimentLabel.NEGATIVE;
      }
      if (v == 4.0) {
        return SentimentLabel.NEUTRAL;
      }
      if (v == 6.0) {
        return SentimentLabel.POSITIVE;
      }
    }
    throw new NewsMtscFormatException(
        source, number, where + "'polarity' must be 2.0, 4.0 or 6.0, got " + p);
  }

  private static String text(JsonNode root, String field, String source, int number) {
    JsonNode v = root.get(field);
    if (v == null || !v.isTextual() || v.asText().isEmpty()) {
      throw new NewsMtscFormatException(source, number, "missing text field '" + field + "'");
    }
    return v.asText();
  }

  private static int integer(JsonNode t, String field, String where, String source, int number) {
    JsonNode v = t.get(field);
    if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
      throw new NewsMtscFormatException(
          source, number, where + "'" + field + "' must be an integer, got " + v);
    }
    return v.asInt();
  }
}
