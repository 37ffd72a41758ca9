package com.mediaframing.topics;

import com.mediaframing.base.ConfigException;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The topics the job measures, read from a CSV file with the header {@code topic_id,label,terms}:
 * {@code topic_id} matches {@code [a-z][a-z0-9_]*} and is unique, {@code label} is free text, and
 * {@code terms} lists words or phrases separated by {@code |} ("Yemen|Houthi|Red Sea"). Lines
 * starting with {@code #} are comments. A term may belong to one topic only, so each match is
 * evidence for exactly one topic. Every problem is reported as a {@link ConfigException} naming the
 * file, line and value. Immutable, thread-safe and serializable; topics keep their file order.
 */
public final class TopicDictionary implements Serializable {
  private static final long serialVersionUID = 1L;

  static final List<String> COLUMNS = List.of("topic_id", "label", "terms");
  private static final Pattern TOPIC_ID = Pattern.compile("[a-z][a-z0-9_]*");

  private final List<Topic> topics;

  public TopicDictionary(List<Topic> topics) {
    this.topics = List.copyOf(topics);
  }

  /**
   * Reads a topics CSV file such as {@code config/topics.csv}.
   *
   * @throws ConfigException if the file is missing or malformed
   */
  public static TopicDictionary load(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(reader, file.toString());
    } catch (NoSuchFileException e) {
      throw new ConfigException(
          "topics file " + file + " does not exist; create it or fix the path");
    } catch (IOException e) {
      throw new ConfigException("cannot read topics file " + file + ": " + e, e);
    }
  }

  /**
   * Parses topics CSV text.
   *
   * @param sourceName file name used in error messages
   */
  public static TopicDictionary parse(Reader reader, String sourceName) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      List<String> header = parser.getHeaderNames();
      for (String column : COLUMNS) {
        if (!header.contains(column)) {
          throw new ConfigException(
              sourceName
                  + ": missing column '"
                  + column
                  + "' (header is "
                  + header
                  + ", expected topic_id,label,terms)");
        }
      }
      List<Topic> topics = new ArrayList<>();
      Map<String, Long> topicLines = new HashMap<>();
      Map<String, String> termOwners = new HashMap<>();
      for (CSVRecord record : parser) {
        String where = sourceName + " line " + parser.getCurrentLineNumber();
        if (record.size() != header.size()) {
          throw new ConfigException(
              where
                  + ": expected "
                  + header.size()
                  + " fields ("
                  + String.join(",", header)
                  + "), found "
                  + record.size());
        }
        topics.add(toTopic(record, where, topicLines, termOwners, parser.getCurrentLineNumber()));
      }
      if (topics.isEmpty()) {
        throw new ConfigException(sourceName + ": no topics defined");
      }
      return new TopicDictionary(topics);
    } catch (IOException e) {
      throw new ConfigException("cannot read topics " + sourceName + ": " + e, e);
    } catch (UncheckedIOException e) {
      throw new ConfigException("malformed CSV in topics " + sourceName + ": " + e.getMessage(), e);
    }
  }

  private static Topic toTopic(
      CSVRecord record,
      String where,
      Map<String, Long> topicLines,
      Map<String, String> termOwners,
      long line) {
    String id = record.get("topic_id");
    if (!TOPIC_ID.matcher(id).matches()) {
      throw new ConfigException(
          where + ": topic_id '" + id + "' must match [a-z][a-z0-9_]* (e.g. ukraine_war)");
    }
    Long firstLine = topicLines.putIfAbsent(id, line);
    if (firstLine != null) {
      throw new ConfigException(
          where + ": duplicate topic_id '" + id + "' (first defined on line " + firstLine + ")");
    }
    String label = record.get("label");
    if (label.isEmpty()) {
      throw new ConfigException(where + ": topic '" + id + "' has an empty label");
    }
    String termsField = record.get("terms");
    if (termsField.isEmpty()) {
      throw new ConfigException(where + ": topic '" + id + "' has no terms");
    }
    List<String> terms = new ArrayList<>();
    for (String raw : termsField.split("\\|", -1)) {
      String term = raw.strip();
      if (term.isEmpty()) {
        throw new ConfigException(
            where + ": topic '" + id + "' has an empty term in '" + termsField + "'");
      }
      String key = String.join(" ", TermWords.ofTerm(term));
      String owner = termOwners.putIfAbsent(key, id);
      if (owner != null) {
        throw new ConfigException(
            where
                + ": term '"
                + term
                + "' of topic '"
                + id
                + "' is already a term of topic '"
                + owner
                + "'; keep it in one topic");
      }
      terms.add(term);
    }
    return new Topic(id, label, terms);
  }

  public List<Topic> topics() {
    return topics;
  }

  public int size() {
    return topics.size();
  }

  public Optional<Topic> topic(String topicId) {
    return topics.stream().filter(t -> t.topicId().equals(topicId)).findFirst();
  }

  /** Topic ids in file order, mapped to their labels. */
  public Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    for (Topic topic : topics) {
      labels.put(topic.topicId(), topic.label());
    }
    return labels;
  }
}
