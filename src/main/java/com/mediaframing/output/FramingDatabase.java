package com.mediaframing.output;

import com.mediaframing.actors.Actor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes {@code DIR/framing.duckdb}, the embedded BI database: every table of {@link Tables} loaded
 * from the published Parquet (all run dates of the partitioned tables, with their {@code run_date})
 * (columns cast to the contract's SQL types), the {@code actors} and {@code topics} reference
 * tables from the run's dictionaries, the dashboard views of {@link BiViews}, and table, column and
 * view comments from the same contracts. The file is built under a temporary name and renamed over
 * the old one, so a reader never sees a half-written database. Plain JDBC; only for outputs on the
 * local filesystem. The file is written in DuckDB's {@value #STORAGE_VERSION} storage format, so
 * DuckDB 1.2 and later (1.5, 2.0) open it. DuckDB works within {@link #MEMORY_LIMIT} while it
 * builds the file. Not thread-safe: one writer per folder.
 */
public final class FramingDatabase {
  private static final Logger LOG = LoggerFactory.getLogger(FramingDatabase.class);

  public static final String FILE_NAME = "framing.duckdb";

  /**
   * The storage format the file is written in: DuckDB 1.2's, which every DuckDB from 1.2 on reads
   * (the 1.x readers that BI tools, DBeaver and the Python and Node packages ship refuse the
   * default format of the 2.0 JDBC driver).
   */
  public static final String STORAGE_VERSION = "v1.2.0";

  /**
   * DuckDB's memory limit while it builds the file (its default is 80% of the machine's RAM). Its
   * sorts spill beyond it to a folder beside the file, {@code framing.duckdb.tmp.spill}, removed
   * afterwards. On the whole AllSides corpus's tables the load peaked at 750 MB above the JVM's
   * memory without a limit (more than the rest of the job held outside its heap) and at 335 MB with
   * this one, taking 21 s instead of 16 (docs/benchmarks.md).
   */
  public static final String MEMORY_LIMIT = "256MB";

  /** The catalog name the file is attached under while it is written. */
  private static final String CATALOG = "framing";

  /** Actors of the dictionary (stop rows excluded): id, display name, type. */
  public static final Table ACTORS =
      new Table(
          "actors",
          List.of(
              Table.string("actor_id", "actor id as in the other tables"),
              Table.string("name", "display name (the dictionary's first alias)"),
              Table.string("type", "person, country, organization, ...")),
          List.of("actor_id"),
          "The run's actors dictionary (config/actors.csv or --actors) without its stop rows.");

  /** Topics of the dictionary: id and label. */
  public static final Table TOPICS =
      new Table(
          "topics",
          List.of(
              Table.string("topic_id", "topic id as in the other tables"),
              Table.string("label", "display label")),
          List.of("topic_id"),
          "The run's topics dictionary (config/topics.csv or --topics).");

  /** The reference tables that exist only in the database (and in exports). */
  public static final List<Table> REFERENCE_TABLES = List.of(ACTORS, TOPICS);

  private FramingDatabase() {}

  /**
   * The local folder of an output location, or empty when it is on another filesystem (HDFS, S3),
   * where no database file is written.
   */
  public static Optional<Path> localDir(String output) {
    URI uri = URI.create(output.replace('\\', '/').replace(" ", "%20"));
    String scheme = uri.getScheme();
    if (scheme == null || scheme.length() == 1) { // no scheme, or a Windows drive letter
      return Optional.of(Path.of(output));
    }
    return "file".equals(scheme) ? Optional.of(Path.of(uri)) : Optional.empty();
  }

  /**
   * Builds {@code dir/framing.duckdb} from {@code dir/parquet/} and the dictionaries.
   *
   * @return the database file
   */
  public static Path write(Path dir, List<Actor> actors, Map<String, String> topicLabels) {
    Path target = dir.resolve(FILE_NAME);
    Path tmp = dir.resolve(FILE_NAME + ".tmp");
    Path spill = dir.resolve(FILE_NAME + ".tmp.spill");
    try {
      Files.deleteIfExists(tmp);
      Files.deleteIfExists(dir.resolve(FILE_NAME + ".tmp.wal"));
      deleteTree(spill);
      if (Files.isRegularFile(target) && !Files.exists(dir.resolve(FILE_NAME + ".wal"))) {
        Files.copy(target, tmp); // its tables whose Parquet files have not changed are kept
      }
      try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
        try (Statement st = db.createStatement()) {
          st.execute("SET memory_limit = " + literal(MEMORY_LIMIT));
          st.execute("SET temp_directory = " + literal(spill.toAbsolutePath().toString()));
          st.execute(
              "ATTACH "
                  + literal(tmp.toAbsolutePath().toString())
                  + " AS "
                  + CATALOG
                  + " (STORAGE_VERSION "
                  + literal(STORAGE_VERSION)
                  + ")");
          st.execute("USE " + CATALOG);
        }
        int loaded = update(db, dir);
        LOG.info(
            "{}: {} tables or run dates of a table loaded from the Parquet, the others kept",
            FILE_NAME,
            loaded);
        loadReference(db, actors, topicLabels);
        createViews(db);
        try (Statement st = db.createStatement()) {
          st.execute("CHECKPOINT " + CATALOG);
          st.execute("USE memory");
          st.execute("DETACH " + CATALOG);
        }
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      deleteTree(spill);
      return target;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write " + target + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /** Deletes {@code folder} and what it holds, if it exists. */
  private static void deleteTree(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * The bookkeeping table of the file: for each table (and each run date of a partitioned one) the
   * Parquet files it was loaded from, by name and size, and the statement that loaded them.
   */
  public static final String LOADS = "framing_loads";

  /**
   * Brings every table of {@link Tables#ALL} in {@code db} (an earlier build of this file, or an
   * empty one) up to {@code dir/parquet/}: a table, or a run date of a partitioned table, whose
   * Parquet files and load statement are those {@link #LOADS} records is kept as it is; the others
   * are loaded again (a night's run adds one run date to the large article-level tables, which no
   * longer load whole every night). A file without {@link #LOADS} is built from scratch. The rows
   * equal a build from scratch; a run date loaded later comes after the others in the table's
   * storage order.
   *
   * @return the number of tables and run dates loaded (the others were kept)
   */
  public static int update(Connection db, Path dir) throws SQLException, IOException {
    return build(db, dir, true);
  }

  /** {@link #update}; {@code record}: whether to write {@link #LOADS} (a file, not an export). */
  private static int build(Connection db, Path dir, boolean record)
      throws SQLException, IOException {
    Map<String, String> recorded = new HashMap<>();
    boolean incremental = exists(db, LOADS);
    if (incremental) {
      try (Statement st = db.createStatement();
          ResultSet rs = st.executeQuery("SELECT part, files FROM " + LOADS)) {
        while (rs.next()) {
          recorded.put(rs.getString(1), rs.getString(2));
        }
      }
    } else {
      dropTables(db);
    }
    int loaded = 0;
    Map<String, String> now = new TreeMap<>();
    try (Statement st = db.createStatement()) {
      for (Table t : Tables.ALL) {
        Path folder = dir.resolve(t.parquetPath());
        String select = select(t);
        if (!t.partitioned()) {
          String files = select + "\n" + listing(folder);
          now.put(t.name(), files);
          if (!files.equals(recorded.get(t.name())) || !exists(db, t.name())) {
            st.execute("DROP TABLE IF EXISTS " + t.name());
            st.execute(
                hasParquet(folder, false)
                    ? "CREATE TABLE "
                        + t.name()
                        + " AS "
                        + select
                        + " FROM read_parquet("
                        + literal(folder.toAbsolutePath() + "/*.parquet")
                        + ")"
                        + orderBy(t)
                    : createTable(t));
            loaded++;
          }
        } else {
          Map<String, String> dates = new TreeMap<>();
          for (Path d : runDates(folder)) {
            dates.put(t.name() + "/" + d.getFileName(), select + "\n" + listing(d));
          }
          now.putAll(dates);
          boolean whole =
              !exists(db, t.name())
                  || !(select + "\n").equals(recorded.get(t.name() + "/"))
                  || dates.isEmpty();
          now.put(t.name() + "/", select + "\n");
          if (whole) {
            st.execute("DROP TABLE IF EXISTS " + t.name());
            st.execute(
                dates.isEmpty()
                    ? createTable(t)
                    : "CREATE TABLE "
                        + t.name()
                        + " AS "
                        + select
                        + fromParquet(folder.toAbsolutePath() + "/*/*.parquet")
                        + orderBy(t));
            loaded++;
          } else {
            for (String part : recorded.keySet()) {
              if (part.startsWith(t.name() + "/" + Table.RUN_DATE + "=")
                  && !recorded.get(part).equals(dates.get(part))) {
                st.execute(
                    "DELETE FROM "
                        + t.name()
                        + " WHERE "
                        + quote(Table.RUN_DATE)
                        + " = DATE "
                        + literal(part.substring(part.indexOf('=') + 1)));
              }
            }
            for (Map.Entry<String, String> e : dates.entrySet()) {
              if (!e.getValue().equals(recorded.get(e.getKey()))) {
                String date = e.getKey().substring(e.getKey().indexOf('=') + 1);
                st.execute(
                    "INSERT INTO "
                        + t.name()
                        + " "
                        + select
                        + fromParquet(
                            folder.toAbsolutePath()
                                + "/"
                                + Table.RUN_DATE
                                + "="
                                + date
                                + "/*.parquet")
                        + orderBy(t));
                loaded++;
              }
            }
          }
        }
        comment(st, t);
      }
      if (!record) {
        return loaded;
      }
      st.execute("DROP TABLE IF EXISTS " + LOADS);
      st.execute("CREATE TABLE " + LOADS + " (part VARCHAR, files VARCHAR)");
      st.execute(
          "COMMENT ON TABLE "
              + LOADS
              + " IS "
              + literal(
                  "Bookkeeping of this file's incremental rebuild: the Parquet files (name and"
                      + " size) each table, or run date of a partitioned table, was loaded from."));
    }
    try (PreparedStatement ins = db.prepareStatement("INSERT INTO " + LOADS + " VALUES (?, ?)")) {
      for (Map.Entry<String, String> e : now.entrySet()) {
        ins.setString(1, e.getKey());
        ins.setString(2, e.getValue());
        ins.addBatch();
      }
      ins.executeBatch();
    }
    return loaded;
  }

  /** The select list that loads table {@code t}: each column cast to its contract's SQL type. */
  private static String select(Table t) {
    return "SELECT "
        + t.columns().stream()
            .map(c -> "CAST(" + quote(c.name()) + " AS " + c.sqlType() + ") AS " + quote(c))
            .collect(Collectors.joining(", "));
  }

  /**
   * The FROM clause reading a partitioned table's files {@code glob}: {@code run_date} from the
   * folder names; a run date written by an older release may lack a newer column (run_manifest's
   * vector counts, say), which reads as NULL.
   */
  private static String fromParquet(String glob) {
    return " FROM read_parquet("
        + literal(glob)
        + ", hive_partitioning = true, union_by_name = true)";
  }

  private static String orderBy(Table t) {
    return " ORDER BY " + t.sortKeys().stream().map(FramingDatabase::quote).collect(joining());
  }

  /** The Parquet files of {@code folder}, by name and size, one a line, sorted. */
  private static String listing(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return "";
    }
    List<String> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path p : (Iterable<Path>) list::iterator) {
        if (p.getFileName().toString().endsWith(".parquet")) {
          files.add(p.getFileName() + " " + Files.size(p));
        }
      }
    }
    Collections.sort(files);
    return String.join("\n", files);
  }

  /** The run-date folders of a partitioned table's folder that hold Parquet files, sorted. */
  private static List<Path> runDates(Path folder) throws IOException {
    List<Path> dates = new ArrayList<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> list = Files.list(folder)) {
        for (Path p : (Iterable<Path>) list::iterator) {
          if (p.getFileName().toString().startsWith(Table.RUN_DATE + "=") && hasParquet(p, false)) {
            dates.add(p);
          }
        }
      }
    }
    Collections.sort(dates);
    return dates;
  }

  private static boolean exists(Connection db, String table) throws SQLException {
    try (PreparedStatement q =
        db.prepareStatement(
            "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database()"
                + " AND schema_name = current_schema() AND table_name = ?")) {
      q.setString(1, table);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() && rs.getLong(1) > 0;
      }
    }
  }

  /** Drops every table and view of the current schema (a file without {@link #LOADS}). */
  private static void dropTables(Connection db) throws SQLException {
    List<String> drops = new ArrayList<>();
    try (Statement st = db.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT 'DROP VIEW IF EXISTS ' || view_name FROM duckdb_views()"
                    + " WHERE database_name = current_database() AND NOT internal"
                    + " UNION ALL SELECT 'DROP TABLE IF EXISTS ' || table_name FROM duckdb_tables()"
                    + " WHERE database_name = current_database()")) {
      while (rs.next()) {
        drops.add(rs.getString(1));
      }
    }
    try (Statement st = db.createStatement()) {
      for (String d : drops) {
        st.execute(d);
      }
    }
  }

  /**
   * Creates every table of {@link Tables#ALL} in {@code db} from {@code dir/parquet/<table>/},
   * typed by the contract; a table without Parquet files is created empty.
   */
  public static void load(Connection db, Path dir) throws SQLException, IOException {
    build(db, dir, false);
  }

  private static void loadReference(
      Connection db, List<Actor> actors, Map<String, String> topicLabels) throws SQLException {
    try (Statement st = db.createStatement()) {
      st.execute("DROP TABLE IF EXISTS " + ACTORS.name());
      st.execute("DROP TABLE IF EXISTS " + TOPICS.name());
      st.execute(createTable(ACTORS));
      st.execute(createTable(TOPICS));
      comment(st, ACTORS);
      comment(st, TOPICS);
    }
    try (PreparedStatement ins = db.prepareStatement("INSERT INTO actors VALUES (?, ?, ?)")) {
      for (Actor a : actors) {
        if (!Actor.STOP_TYPE.equals(a.type())) {
          ins.setString(1, a.actorId());
          ins.setString(2, a.name());
          ins.setString(3, a.type());
          ins.addBatch();
        }
      }
      ins.executeBatch();
    }
    try (PreparedStatement ins = db.prepareStatement("INSERT INTO topics VALUES (?, ?)")) {
      for (Map.Entry<String, String> e : topicLabels.entrySet()) {
        ins.setString(1, e.getKey());
        ins.setString(2, e.getValue());
        ins.addBatch();
      }
      ins.executeBatch();
    }
  }

  /** Creates (or replaces) the views of {@link BiViews#ALL} with their comments. */
  public static void createViews(Connection db) throws SQLException {
    try (Statement st = db.createStatement()) {
      for (BiView v : BiViews.ALL) {
        st.execute("CREATE OR REPLACE VIEW " + v.name() + " AS " + v.sql());
        st.execute(
            "COMMENT ON VIEW "
                + v.name()
                + " IS "
                + literal(v.description() + ". " + v.howComputed()));
      }
    }
  }

  private static String createTable(Table t) {
    return "CREATE TABLE "
        + t.name()
        + " ("
        + t.columns().stream()
            .map(c -> quote(c) + " " + c.sqlType())
            .collect(Collectors.joining(", "))
        + ")";
  }

  private static void comment(Statement st, Table t) throws SQLException {
    if (t.howComputed() != null) {
      st.execute("COMMENT ON TABLE " + t.name() + " IS " + literal(t.howComputed()));
    }
    for (Table.Column c : t.columns()) {
      st.execute(
          "COMMENT ON COLUMN " + t.name() + "." + quote(c) + " IS " + literal(c.description()));
    }
  }

  private static boolean hasParquet(Path folder, boolean partitioned) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> files = Files.list(folder)) {
      if (!partitioned) {
        return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
      }
      for (Path p : (Iterable<Path>) files::iterator) {
        if (p.getFileName().toString().startsWith(Table.RUN_DATE + "=") && hasParquet(p, false)) {
          return true;
        }
      }
      return false;
    }
  }

  private static Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(", ");
  }

  /** A double-quoted SQL identifier. */
  static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  static String quote(Table.Column c) {
    return quote(c.name());
  }

  /** A single-quoted SQL string literal. */
  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
