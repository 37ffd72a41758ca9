package com.mediaframing.cli;

import com.mediaframing.base.ConfigException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV files the evaluation commands read: gold files and the job's CSV tables (a file, or a
 * table folder of run-date partitions), through Commons CSV; a bad file is a one-line {@link
 * ConfigException}.
 */
final class CsvFiles {
  private CsvFiles() {}

  /** The records of a CSV file with a header, or of every CSV file under a table folder. */
  static List<CSVRecord> records(Path path, String what) {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.walk(path)) {
        s.filter(f -> f.toString().endsWith(".csv")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new ConfigException("cannot read " + what + " " + path + ": " + e.getMessage());
      }
    } else {
      files.add(path);
    }
    if (files.isEmpty() || !Files.exists(files.get(0))) {
      throw new ConfigException(what + " not found at " + path + " (run the job first?)");
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    List<CSVRecord> out = new ArrayList<>();
    for (Path f : files) {
      try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
          CSVParser parser = CSVParser.parse(r, format)) {
        out.addAll(parser.getRecords());
      } catch (IOException | IllegalArgumentException e) {
        throw new ConfigException("cannot read " + what + " " + f + ": " + e.getMessage());
      }
    }
    return out;
  }

  /**
   * Article to group from a CSV file with a header naming {@code doc_id} and {@code groupColumn} (a
   * gold file {@code doc_id,event_id}, the job's {@code story_documents.csv}).
   */
  static Map<String, String> docGroups(Path file, String what, String groupColumn) {
    Map<String, String> out = new HashMap<>();
    for (CSVRecord r : records(file, what)) {
      if (!r.isMapped("doc_id") || !r.isMapped(groupColumn)) {
        throw new ConfigException(
            what + " " + file + ": needs the columns doc_id and " + groupColumn);
      }
      out.put(r.get("doc_id").strip(), r.get(groupColumn).strip());
    }
    return out;
  }
}
