package com.mediaframing.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads articles from a CSV stream with a header row (RFC 4180 quoting, multi-line fields allowed)
 * using Commons CSV. A row whose field count differs from the header's becomes a malformed record;
 * a syntax error (e.g. an unclosed quote) ends the file with one malformed record naming where it
 * happened. Record numbers count data rows from 1. Plain Java; one instance per stream.
 */
public final class CsvArticleParser {
  private CsvArticleParser() {}

  /** Parses the whole stream; the reader is closed afterwards. */
  public static List<RawArticle> parse(String source, Reader reader) {
    List<RawArticle> out = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    long lastRecord = 0;
    try (CSVParser parser = format.parse(reader)) {
      List<String> header = parser.getHeaderNames();
      if (!header.contains("text")) {
        throw new InputException(
            source
                + ": CSV header "
                + header
                + " has no 'text' column (see README, input formats)");
      }
      for (CSVRecord row : parser) {
        lastRecord = row.getRecordNumber();
        if (!row.isConsistent()) {
          out.add(
              RawArticle.malformed(
                  source,
                  lastRecord,
                  "row has " + row.size() + " fields, header has " + header.size(),
                  String.join(",", row.toList())));
          continue;
        }
        RawArticle a = new RawArticle();
        a.setSource(source);
        a.setRecord(lastRecord);
        a.setId(get(row, "id"));
        a.setOutlet(get(row, "outlet"));
        a.setBloc(get(row, "bloc"));
        a.setPublished(get(row, "published"));
        a.setTitle(get(row, "title"));
        a.setText(get(row, "text"));
        a.setUrl(get(row, "url"));
        a.setLanguage(get(row, "language"));
        out.add(a);
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      out.add(
          RawArticle.malformed(
              source,
              lastRecord + 1,
              "CSV syntax error after record " + lastRecord + ": " + rootMessage(e),
              null));
    } catch (IOException e) {
      throw new InputException(source + ": cannot read CSV: " + e.getMessage(), e);
    }
    return out;
  }

  private static String get(CSVRecord row, String column) {
    return row.isMapped(column) ? row.get(column) : null;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    String m = String.valueOf(t.getMessage());
    int nl = m.indexOf('\n');
    return nl > 0 ? m.substring(0, nl) : m;
  }
}
