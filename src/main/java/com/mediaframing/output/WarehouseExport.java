package com.mediaframing.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Copies a run date's tables into a JDBC database (PostgreSQL, or any database whose driver is on
 * the classpath) for warehouse dashboards. The source is {@code DIR/framing.duckdb}, or the Parquet
 * tables under {@code DIR/parquet/} when the file is absent. Each target table leads with a {@code
 * run_date DATE} column: a partitioned table exports that run date's partition, any other table
 * (aggregates, stories) its current rows stamped with the run date. The primary key is {@code
 * run_date} plus the table's sort keys, with an index on {@code run_date} and each of outlet, bloc,
 * actor_id, topic_id and published the table has. An export deletes the rows of its run date and
 * inserts the new ones in one transaction, so re-exporting a run date replaces exactly that data
 * and a failed export changes nothing. Columns added to a contract later are added to existing
 * tables. The password is never part of a message this class produces. Not thread-safe.
 */
public final class WarehouseExport {
  /** The column every exported table starts with. */
  public static final String RUN_DATE = "run_date";

  private static final Set<String> INDEXED = Set.of("outlet", "bloc", "actor_id", "topic_id");
  private static final int BATCH = 5_000;

  /** Where to export to; {@link #toString} hides the password and any secret in the URL. */
  public record Target(String jdbcUrl, String user, String password) {
    @Override
    public String toString() {
      return redact(jdbcUrl) + (user == null ? "" : " as " + user);
    }
  }

  /** Rows exported per table, and the run date they were exported under. */
  public record Result(LocalDate runDate, Map<String, Long> rows) {}

  /** Every table an export writes, in order: the job's tables, then the reference tables. */
  public static List<Table> tables() {
    List<Table> all = new ArrayList<>(Tables.ALL);
    all.addAll(FramingDatabase.REFERENCE_TABLES);
    return all;
  }

  private WarehouseExport() {}

  /**
   * Exports the run in {@code outputDir} to {@code target}.
   *
   * @param runDate the run date to export under; null for the date (UTC) the run started
   * @throws ExportException with a message free of credentials
   */
  public static Result export(Path outputDir, Target target, LocalDate runDate) {
    try (Connection source = openSource(outputDir)) {
      LocalDate date = runDate != null ? runDate : latestRunDate(source);
      Properties props = new Properties();
      if (target.user() != null) {
        props.setProperty("user", target.user());
      }
      if (target.password() != null) {
        props.setProperty("password", target.password());
      }
      Connection sink;
      try {
        sink = DriverManager.getConnection(target.jdbcUrl(), props);
      } catch (SQLException e) {
        throw new ExportException(
            "cannot connect to " + target + ": " + clean(e.getMessage(), target), null);
      }
      try (sink) {
        return new Result(date, copy(source, sink, date, target));
      }
    } catch (SQLException e) {
      throw new ExportException(
          "export to " + target + " failed: " + clean(e.getMessage(), target));
    } catch (IOException e) {
      throw new ExportException("cannot read " + outputDir + ": " + e.getMessage());
    }
  }

  private static Map<String, Long> copy(
      Connection source, Connection sink, LocalDate date, Target target) throws SQLException {
    Map<String, Long> rows = new LinkedHashMap<>();
    for (Table t : tables()) {
      ensureTable(sink, t);
    }
    sink.setAutoCommit(false);
    try {
      for (Table t : tables()) {
        rows.put(t.name(), replace(source, sink, t, date));
      }
      sink.commit();
    } catch (SQLException e) {
      sink.rollback();
      throw e;
    }
    return rows;
  }

  private static long replace(Connection source, Connection sink, Table t, LocalDate date)
      throws SQLException {
    try (PreparedStatement del =
        sink.prepareStatement("DELETE FROM " + t.name() + " WHERE " + RUN_DATE + " = ?")) {
      del.setObject(1, Date.valueOf(date));
      del.executeUpdate();
    }
    // a partitioned table has run_date among its columns: export that date's partition;
    // any other table is the run's snapshot, stamped with the date
    List<Table.Column> cols =
        t.partitioned()
            ? t.columns().stream().filter(c -> !c.name().equals(RUN_DATE)).toList()
            : t.columns();
    String names = cols.stream().map(FramingDatabase::quote).collect(Collectors.joining(", "));
    String marks = cols.stream().map(c -> "?").collect(Collectors.joining(", "));
    long n = 0;
    try (PreparedStatement read =
            source.prepareStatement(
                "SELECT "
                    + names
                    + " FROM "
                    + t.name()
                    + (t.partitioned() ? " WHERE " + RUN_DATE + " = ?" : ""));
        PreparedStatement ins =
            sink.prepareStatement(
                "INSERT INTO "
                    + t.name()
                    + " ("
                    + RUN_DATE
                    + ", "
                    + names
                    + ") VALUES (?, "
                    + marks
                    + ")")) {
      if (t.partitioned()) {
        read.setDate(1, Date.valueOf(date));
      }
      try (ResultSet rs = read.executeQuery()) {
        while (rs.next()) {
          ins.setDate(1, Date.valueOf(date));
          for (int i = 0; i < cols.size(); i++) {
            bind(ins, i + 2, cols.get(i), rs, i + 1);
          }
          ins.addBatch();
          if (++n % BATCH == 0) {
            ins.executeBatch();
          }
        }
      }
      ins.executeBatch();
    }
    return n;
  }

  private static void bind(PreparedStatement ins, int at, Table.Column c, ResultSet rs, int from)
      throws SQLException {
    switch (c.sqlType()) {
      case "VARCHAR" -> ins.setString(at, rs.getString(from));
      case "DATE" -> ins.setDate(at, rs.getDate(from));
      case "TIMESTAMP" -> ins.setTimestamp(at, rs.getTimestamp(from));
      default -> {
        Object v = rs.getObject(from);
        if (v == null) {
          ins.setNull(at, sqlTypeCode(c));
        } else {
          ins.setObject(at, v, sqlTypeCode(c));
        }
      }
    }
  }

  private static int sqlTypeCode(Table.Column c) {
    return switch (c.sqlType()) {
      case "INTEGER" -> Types.INTEGER;
      case "BIGINT" -> Types.BIGINT;
      case "DOUBLE PRECISION" -> Types.DOUBLE;
      case "BOOLEAN" -> Types.BOOLEAN;
      default -> Types.VARCHAR;
    };
  }

  /** Creates the table and its indexes if absent; adds contract columns it lacks. */
  private static void ensureTable(Connection sink, Table t) throws SQLException {
    Set<String> existing = existingColumns(sink, t.name());
    try (Statement st = sink.createStatement()) {
      if (existing.isEmpty()) {
        List<String> keys =
            t.partitioned() ? t.sortKeys().subList(1, t.sortKeys().size()) : t.sortKeys();
        String pk = RUN_DATE + ", " + String.join(", ", quoted(keys));
        st.execute(
            "CREATE TABLE "
                + t.name()
                + " ("
                + RUN_DATE
                + " DATE NOT NULL, "
                + t.columns().stream()
                    .filter(c -> !c.name().equals(RUN_DATE))
                    .map(c -> FramingDatabase.quote(c) + " " + c.sqlType())
                    .collect(Collectors.joining(", "))
                + ", PRIMARY KEY ("
                + pk
                + "))");
        for (Table.Column c : t.columns()) {
          if (INDEXED.contains(c.name()) || c.name().equals("published")) {
            if (keys.get(0).equals(c.name())) {
              continue; // the primary key already leads with run_date, c
            }
            st.execute(
                "CREATE INDEX "
                    + t.name()
                    + "_"
                    + c.name()
                    + "_idx ON "
                    + t.name()
                    + " ("
                    + RUN_DATE
                    + ", "
                    + FramingDatabase.quote(c)
                    + ")");
          }
        }
      } else {
        for (Table.Column c : t.columns()) {
          if (!existing.contains(c.name().toLowerCase(Locale.ROOT))) {
            st.execute(
                "ALTER TABLE "
                    + t.name()
                    + " ADD COLUMN "
                    + FramingDatabase.quote(c)
                    + " "
                    + c.sqlType());
          }
        }
      }
    }
  }

  private static Set<String> existingColumns(Connection sink, String table) throws SQLException {
    DatabaseMetaData md = sink.getMetaData();
    Set<String> cols = new HashSet<>();
    for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
      try (ResultSet rs = md.getColumns(null, null, name, null)) {
        while (rs.next()) {
          cols.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
      if (!cols.isEmpty()) {
        break;
      }
    }
    return cols;
  }

  private static List<String> quoted(List<String> names) {
    return names.stream().map(FramingDatabase::quote).toList();
  }

  /** Opens framing.duckdb read-only, or an in-memory DuckDB over the Parquet tables. */
  private static Connection openSource(Path dir) throws SQLException, IOException {
    Path file = dir.resolve(FramingDatabase.FILE_NAME);
    if (Files.isRegularFile(file)) {
      Properties ro = new Properties();
      ro.setProperty("duckdb.read_only", "true");
      return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), ro);
    }
    if (!Files.isDirectory(dir.resolve("parquet"))) {
      throw new ExportException(
          "no "
              + FramingDatabase.FILE_NAME
              + " and no parquet/ in "
              + dir
              + "; give the --output folder of a run");
    }
    Connection db = DriverManager.getConnection("jdbc:duckdb:");
    FramingDatabase.load(db, dir);
    try (Statement st = db.createStatement()) {
      for (Table t : FramingDatabase.REFERENCE_TABLES) {
        st.execute(
            "CREATE TABLE "
                + t.name()
                + " ("
                + t.columns().stream()
                    .map(c -> FramingDatabase.quote(c) + " " + c.sqlType())
                    .collect(Collectors.joining(", "))
                + ")");
      }
    }
    return db;
  }

  /** The run date of the run that finished last. */
  private static LocalDate latestRunDate(Connection source) throws SQLException {
    try (Statement st = source.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT "
                    + RUN_DATE
                    + " FROM "
                    + Tables.RUN_MANIFEST.name()
                    + " ORDER BY finished_at DESC LIMIT 1")) {
      if (rs.next() && rs.getDate(1) != null) {
        return rs.getDate(1).toLocalDate();
      }
    }
    throw new ExportException("run_manifest is empty; give --run-date");
  }

  /** The URL without user info and without password-like query parameters. */
  static String redact(String url) {
    if (url == null) {
      return "null";
    }
    String s = url.replaceAll("//[^/@?]*@", "//***@");
    return s.replaceAll("(?i)((?:password|passwd|pwd|secret|token)[^=&;]*=)[^&;]*", "$1***");
  }

  /** A driver message with the password and the raw URL removed. */
  static String clean(String message, Target target) {
    String m = message == null ? "" : message;
    if (target.password() != null && !target.password().isEmpty()) {
      m = m.replace(target.password(), "***");
    }
    if (target.jdbcUrl() != null) {
      m = m.replace(target.jdbcUrl(), redact(target.jdbcUrl()));
    }
    int nl = m.indexOf('\n');
    return nl > 0 ? m.substring(0, nl) : m;
  }

  /** An export failure; the message names what failed and never holds a credential. */
  public static final class ExportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ExportException(String message) {
      super(message);
    }

    ExportException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
