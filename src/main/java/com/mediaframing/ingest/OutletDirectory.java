package com.mediaframing.ingest;

import com.mediaframing.base.ConfigException;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Maps outlets to information blocs, read from a CSV file with the header {@code
 * outlet,bloc,country,language}. Outlet names match case-insensitively after trimming. Immutable
 * and thread-safe.
 */
public final class OutletDirectory implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The bloc given to an outlet that neither the directory nor the input row places. */
  public static final String UNASSIGNED = "unassigned";

  private static final List<String> COLUMNS = List.of("outlet", "bloc", "country", "language");

  /** One outlet's entry. */
  public record Outlet(String outlet, String bloc, String country, String language)
      implements Serializable {}

  private final Map<String, Outlet> byKey;

  private OutletDirectory(Map<String, Outlet> byKey) {
    this.byKey = Collections.unmodifiableMap(byKey);
  }

  /** A directory that knows no outlet (every bloc then comes from the input rows). */
  public static OutletDirectory empty() {
    return new OutletDirectory(new LinkedHashMap<>());
  }

  /**
   * Parses the CSV from {@code reader}; {@code sourceName} names the file in error messages.
   *
   * @throws ConfigException on a missing column, an empty outlet or bloc, or a duplicate outlet
   */
  public static OutletDirectory parse(Reader reader, String sourceName) {
    Map<String, Outlet> byKey = new LinkedHashMap<>();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (CSVParser parser = format.parse(reader)) {
      List<String> header = parser.getHeaderNames();
      for (String column : List.of("outlet", "bloc")) {
        if (!header.contains(column)) {
          throw new ConfigException(
              sourceName + ": missing column '" + column + "' (expected header " + COLUMNS + ")");
        }
      }
      for (CSVRecord row : parser) {
        long line = row.getRecordNumber() + 1;
        String outlet = value(row, "outlet");
        String bloc = value(row, "bloc");
        if (outlet.isEmpty() || bloc.isEmpty()) {
          throw new ConfigException(
              sourceName + " line " + line + ": outlet and bloc must not be empty");
        }
        Outlet entry =
            new Outlet(
                outlet,
                bloc.toLowerCase(Locale.ROOT),
                value(row, "country"),
                value(row, "language"));
        if (byKey.put(key(outlet), entry) != null) {
          throw new ConfigException(
              sourceName + " line " + line + ": outlet '" + outlet + "' is listed twice");
        }
      }
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      throw new ConfigException(sourceName + ": not a readable CSV file: " + e.getMessage(), e);
    }
    return new OutletDirectory(byKey);
  }

  private static String value(CSVRecord row, String column) {
    return row.isMapped(column) && row.isSet(column) ? row.get(column).trim() : "";
  }

  private static String key(String outlet) {
    return outlet.trim().toLowerCase(Locale.ROOT);
  }

  public Optional<Outlet> find(String outlet) {
    return outlet == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(outlet)));
  }

  /**
   * The bloc of an outlet: the directory's entry first, then the bloc carried by the input row,
   * else {@link #UNASSIGNED}.
   */
  public String blocOf(String outlet, String rowBloc) {
    Optional<Outlet> entry = find(outlet);
    if (entry.isPresent()) {
      return entry.get().bloc();
    }
    if (rowBloc != null && !rowBloc.isBlank()) {
      return rowBloc.trim().toLowerCase(Locale.ROOT);
    }
    return UNASSIGNED;
  }

  public int size() {
    return byKey.size();
  }
}
