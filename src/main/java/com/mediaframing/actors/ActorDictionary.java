package com.mediaframing.actors;

import com.mediaframing.base.ConfigException;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The actors the job looks for, read from a CSV file with the header {@code
 * actor_id,name,type,aliases}. {@code aliases} lists further surface forms separated by {@code |};
 * an alias may end in a validity window {@code @FROM..UNTIL} (ISO dates, either end may be empty,
 * UNTIL exclusive) for role titles such as {@code Secretary of State@2025-01-21..}. The same alias
 * may be repeated with several windows. The name is always an alias. An optional fifth column
 * {@code offices} lists, the same way, the offices an actor holds with the dates of each tenure
 * ({@code president@2017-01-20..2021-01-20}); they are lower-cased, resolve role namings of quote
 * speakers ("the president") and never produce mentions; a file without the column loads as before.
 * Types are lower-cased; lines starting with {@code #} are comments. Actors keep the file's order,
 * which breaks ties between actors sharing an alias. Immutable and thread-safe.
 */
public final class ActorDictionary implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The default dictionary, relative to the project directory. */
  public static final String DEFAULT_FILE = "config/actors.csv";

  /** The CSV columns, in the order of the expected header. */
  public static final List<String> COLUMNS = List.of("actor_id", "name", "type", "aliases");

  /** The optional column of office terms, after {@link #COLUMNS}. */
  public static final String OFFICES = "offices";

  private final List<Actor> actors;
  private final Map<String, Actor> byId;
  private final java.util.Set<String> officeTerms;

  private ActorDictionary(List<Actor> actors) {
    this.actors = List.copyOf(actors);
    java.util.Set<String> terms = new java.util.HashSet<>();
    for (Actor a : this.actors) {
      for (ActorAlias o : a.offices()) {
        terms.add(o.text());
      }
    }
    this.officeTerms = java.util.Set.copyOf(terms);
    Map<String, Actor> ids = new LinkedHashMap<>();
    for (Actor a : this.actors) {
      if (ids.putIfAbsent(a.actorId(), a) != null) {
        throw new IllegalArgumentException("duplicate actor_id " + a.actorId());
      }
    }
    this.byId = Map.copyOf(ids);
  }

  /** A dictionary of the given actors, in that order; actor ids must be unique. */
  public static ActorDictionary of(List<Actor> actors) {
    return new ActorDictionary(actors);
  }

  /** Reads the dictionary from a UTF-8 CSV file. */
  public static ActorDictionary load(Path csv) {
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return parse(r, csv.toString());
    } catch (NoSuchFileException e) {
      throw new ConfigException(
          "actor dictionary " + csv + " does not exist; pass the path of an actors CSV file");
    } catch (IOException e) {
      throw new ConfigException("cannot read actor dictionary " + csv + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the dictionary from CSV text.
   *
   * @param sourceName file name used in error messages
   * @throws ConfigException naming the source, line and offending value when the CSV is malformed
   */
  public static ActorDictionary parse(Reader reader, String sourceName) {
    String content;
    try {
      StringWriter w = new StringWriter();
      reader.transferTo(w);
      content = w.toString();
      if (content.startsWith("\uFEFF")) {
        content = content.substring(1);
      }
    } catch (IOException e) {
      throw new ConfigException(
          "cannot read actor dictionary " + sourceName + ": " + e.getMessage(), e);
    }
    int[] lineStarts = lineStarts(content);
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .get();
    List<Actor> actors = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    try (CSVParser parser = CSVParser.parse(content, format)) {
      List<String> header = parser.getHeaderNames();
      for (String column : COLUMNS) {
        if (!header.contains(column)) {
          throw new ConfigException(
              sourceName
                  + ": line 1: missing column '"
                  + column
                  + "' in header "
                  + header
                  + "; expected "
                  + String.join(",", COLUMNS));
        }
      }
      for (CSVRecord record : parser) {
        int line = lineOf(content, lineStarts, record.getCharacterPosition());
        String where = sourceName + ": line " + line + ": ";
        if (!record.isConsistent()) {
          throw new ConfigException(
              where + "expected " + header.size() + " fields but found " + record.size());
        }
        String id = record.get("actor_id");
        if (id.isEmpty()) {
          throw new ConfigException(where + "empty actor_id");
        }
        Integer previous = firstLine.putIfAbsent(id, line);
        if (previous != null) {
          throw new ConfigException(
              where + "duplicate actor_id '" + id + "' (first defined on line " + previous + ")");
        }
        String name = record.get("name");
        if (name.isEmpty()) {
          throw new ConfigException(where + "empty name for actor_id '" + id + "'");
        }
        String type = record.get("type").toLowerCase(Locale.ROOT);
        if (type.isEmpty()) {
          throw new ConfigException(where + "empty type for actor_id '" + id + "'");
        }
        List<ActorAlias> aliases = new ArrayList<>();
        aliases.add(ActorAlias.of(name));
        for (String raw : record.get("aliases").split("\\|")) {
          String alias = raw.trim();
          if (!alias.isEmpty()) {
            ActorAlias parsed = parseAlias(alias, where);
            if (!aliases.contains(parsed)) {
              aliases.add(parsed);
            }
          }
        }
        List<ActorAlias> offices = new ArrayList<>();
        if (header.contains(OFFICES)) {
          for (String raw : record.get(OFFICES).split("\\|")) {
            String office = raw.trim().toLowerCase(Locale.ROOT);
            if (!office.isEmpty()) {
              offices.add(parseAlias(office, where));
            }
          }
        }
        actors.add(new Actor(id, name, type, aliases, offices));
      }
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      throw new ConfigException(
          sourceName + ": malformed CSV: " + e.getMessage().replace('\n', ' '), e);
    }
    return new ActorDictionary(actors);
  }

  private static ActorAlias parseAlias(String alias, String where) {
    int at = alias.lastIndexOf('@');
    if (at < 0) {
      return ActorAlias.of(alias);
    }
    String text = alias.substring(0, at).trim();
    String window = alias.substring(at + 1).trim();
    int dots = window.indexOf("..");
    if (text.isEmpty() || dots < 0) {
      throw new ConfigException(
          where
              + "bad alias window '"
              + alias
              + "'; write alias@FROM..UNTIL with ISO dates, either end may be empty");
    }
    LocalDate from = parseDate(window.substring(0, dots).trim(), alias, where);
    LocalDate until = parseDate(window.substring(dots + 2).trim(), alias, where);
    if (from != null && until != null && !from.isBefore(until)) {
      throw new ConfigException(
          where + "empty alias window '" + alias + "'; FROM must be before UNTIL");
    }
    return new ActorAlias(text, from, until);
  }

  private static LocalDate parseDate(String value, String alias, String where) {
    if (value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new ConfigException(
          where + "bad date '" + value + "' in alias '" + alias + "'; use YYYY-MM-DD");
    }
  }

  private static int[] lineStarts(String content) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < content.length(); i++) {
      if (content.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  /**
   * 1-based line number of the record starting at a character offset. The parser reports the
   * position of comment and blank lines before a record as its start, so those are skipped.
   */
  private static int lineOf(String content, int[] lineStarts, long position) {
    int i = Arrays.binarySearch(lineStarts, (int) position);
    int line = i >= 0 ? i : -i - 2;
    while (line + 1 < lineStarts.length) {
      String text = content.substring(lineStarts[line], lineStarts[line + 1]).strip();
      if (!text.isEmpty() && !text.startsWith("#")) {
        break;
      }
      line++;
    }
    return line + 1;
  }

  /** All actors in file order, stop rows included. */
  public List<Actor> actors() {
    return actors;
  }

  /**
   * The actors holding {@code office} (lower case, "president") on {@code date}, in file order;
   * empty for an undated article.
   */
  public List<Actor> holders(String office, LocalDate date) {
    List<Actor> out = new ArrayList<>();
    for (Actor a : actors) {
      if (a.holds(office, date)) {
        out.add(a);
      }
    }
    return out;
  }

  /** Whether some actor has {@code office} (lower case) among its office terms, at any date. */
  public boolean isOffice(String office) {
    return officeTerms.contains(office);
  }

  /** The actor with the given id, if any. */
  public Optional<Actor> actor(String actorId) {
    return Optional.ofNullable(byId.get(actorId));
  }

  public int size() {
    return actors.size();
  }
}
