package com.mediaframing.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders the data dictionary ({@code docs/tables.md}) from the table contracts in {@link Tables},
 * the reference tables and views of {@link FramingDatabase} and {@link BiViews}, so the
 * documentation cannot drift from the code: a test compares the file with this rendering.
 */
public final class DataDictionary {
  private DataDictionary() {}

  public static String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Tables\n\n")
        .append("Generated from `com.mediaframing.output.Tables`, `FramingDatabase` and `BiViews` ")
        .append("by `bin/framing dictionary`; a test fails when this file is stale.\n\n")
        .append("Every table is written as `DIR/parquet/<table>/` and `DIR/csv/<table>.csv`, ")
        .append("or, when it is partitioned by run date, as `DIR/parquet/<table>/run_date=D/` and ")
        .append("`DIR/csv/<table>/run_date=D/<table>.csv` (a run replaces only its own date; ")
        .append("readers get `run_date` as a column), rows sorted by the keys given, and loaded ")
        .append("into `DIR/")
        .append(FramingDatabase.FILE_NAME)
        .append("` (local outputs only, all dates) with the SQL types shown. ")
        .append("`bin/framing export` leads each table with a `")
        .append(WarehouseExport.RUN_DATE)
        .append(" date` column (a partitioned table exports that date's partition, any other ")
        .append("table its current rows); the primary key of an exported table is ")
        .append("`run_date` and the sort keys.\n");
    for (Table t : Tables.ALL) {
      table(sb, t);
    }
    sb.append("\n# Reference tables in ")
        .append(FramingDatabase.FILE_NAME)
        .append("\n\nCopied from the run's dictionaries into the database (and into exports), ")
        .append("so views and dashboards can show names instead of ids. The file also holds ")
        .append("`")
        .append(FramingDatabase.LOADS)
        .append("`, its own bookkeeping: the Parquet files (name and size) each table, or run ")
        .append("date of a partitioned table, was loaded from, so that a run loads again only ")
        .append("what changed.\n");
    for (Table t : FramingDatabase.REFERENCE_TABLES) {
      table(sb, t);
    }
    sb.append("\n# Views in ")
        .append(FramingDatabase.FILE_NAME)
        .append("\n\nFor dashboards: each reads only the tables above, in the same file.\n");
    for (BiView v : BiViews.ALL) {
      sb.append("\n## ").append(v.name()).append("\n\n");
      sb.append(capitalize(v.description())).append(".\n\n");
      sb.append("How it is computed: ").append(v.howComputed()).append("\n\n");
      sb.append("```sql\n").append(v.sql().strip()).append("\n```\n");
    }
    return sb.toString();
  }

  /** The first line of the README's generated table list. */
  public static final String README_BEGIN =
      "<!-- the table list below is generated from the schemas by `bin/framing dictionary` -->";

  /** The line after the README's generated table list. */
  public static final String README_END = "<!-- end of the generated table list -->";

  /**
   * The README's table list: a row per table of {@link Tables#ALL}, linked to its entry in {@code
   * docs/tables.md}, with the columns that identify one of its rows (its sort keys) and whether it
   * is partitioned by run date.
   */
  public static String readmeTables() {
    StringBuilder sb = new StringBuilder();
    sb.append("| table | one row per | partitioned by run date |\n| --- | --- | --- |\n");
    for (Table t : Tables.ALL) {
      List<String> keys = new ArrayList<>(t.sortKeys());
      keys.remove(Table.RUN_DATE);
      sb.append("| [`")
          .append(t.name())
          .append("`](docs/tables.md#")
          .append(t.name())
          .append(") | ")
          .append(keys.isEmpty() ? "run date" : String.join(" × ", keys))
          .append(" | ")
          .append(t.partitioned() ? "yes" : "no")
          .append(" |\n");
    }
    return sb.toString();
  }

  /**
   * {@code readme} with the lines between {@link #README_BEGIN} and {@link #README_END} replaced by
   * {@link #readmeTables()}.
   *
   * @throws IllegalArgumentException when the markers are missing or out of order
   */
  public static String withReadmeTables(String readme) {
    int begin = readme.indexOf(README_BEGIN + "\n");
    int end = readme.indexOf(README_END);
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException(
          "the README has no generated table list (its lines "
              + README_BEGIN
              + " ... "
              + README_END
              + ")");
    }
    int from = begin + README_BEGIN.length() + 1;
    return readme.substring(0, from) + readmeTables() + readme.substring(end);
  }

  private static void table(StringBuilder sb, Table t) {
    sb.append("\n## ").append(t.name()).append("\n\n");
    if (t.howComputed() != null) {
      sb.append("How it is computed: ").append(t.howComputed()).append("\n\n");
    }
    if (t.partitioned()) {
      sb.append("Partitioned by run date.\n\n");
    }
    sb.append("Sorted by: ").append(String.join(", ", t.sortKeys())).append("\n\n");
    sb.append("| column | type | SQL type | meaning |\n| --- | --- | --- | --- |\n");
    for (Table.Column c : t.columns()) {
      sb.append("| ")
          .append(c.name())
          .append(" | ")
          .append(c.type().simpleString().toLowerCase(Locale.ROOT))
          .append(" | ")
          .append(c.sqlType().toLowerCase(Locale.ROOT))
          .append(" | ")
          .append(c.description().replace("|", "\\|"))
          .append(" |\n");
    }
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
