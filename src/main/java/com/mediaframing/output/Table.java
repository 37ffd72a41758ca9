package com.mediaframing.output;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * An output table's contract: its name on disk, its columns in order (name, Spark type, meaning),
 * the columns that order its rows (so that reruns on the same input write identical files; they
 * also identify a row and are the primary key of an export), a paragraph on how it is computed for
 * the data dictionary, and whether it is partitioned by run date.
 *
 * <p>A partitioned table's last column is {@link #RUN_DATE}: on disk it is the folder {@code
 * parquet/<name>/run_date=YYYY-MM-DD/} (Hive-style, so Spark, DuckDB and pandas read it back as a
 * column) and the CSV {@code csv/<name>/run_date=YYYY-MM-DD/<name>.csv}, which carries the column
 * too. A run replaces only its own date's partition. An unpartitioned table is {@code
 * parquet/<name>/} and {@code csv/<name>.csv}, rewritten by every run.
 */
public record Table(
    String name,
    List<Column> columns,
    List<String> sortKeys,
    String howComputed,
    boolean partitioned)
    implements Serializable {

  /** The partition column of partitioned tables. */
  public static final String RUN_DATE = "run_date";

  /** An unpartitioned table. */
  public Table(String name, List<Column> columns, List<String> sortKeys, String howComputed) {
    this(name, columns, sortKeys, howComputed, false);
  }

  /** An unpartitioned table without a "how it is computed" paragraph. */
  public Table(String name, List<Column> columns, List<String> sortKeys) {
    this(name, columns, sortKeys, null, false);
  }

  /**
   * This table partitioned by run date: {@link #RUN_DATE} becomes its last column (where Spark and
   * DuckDB put a partition column when they read the folder) and leads its sort keys.
   */
  public Table partitionedByRunDate() {
    List<Column> cols = new ArrayList<>(columns);
    cols.add(date(RUN_DATE, "date of the run that processed the record (the partition)"));
    List<String> keys = new ArrayList<>();
    keys.add(RUN_DATE);
    keys.addAll(sortKeys);
    return new Table(name, List.copyOf(cols), List.copyOf(keys), howComputed, true);
  }

  /** The table's Parquet folder relative to the output folder. */
  public String parquetPath() {
    return "parquet/" + name;
  }

  /** The Parquet folder of one run date's partition, relative to the output folder. */
  public String parquetPath(LocalDate runDate) {
    requirePartitioned();
    return parquetPath() + "/" + RUN_DATE + "=" + runDate;
  }

  /** The CSV file (unpartitioned) or folder (partitioned) relative to the output folder. */
  public String csvPath() {
    return partitioned ? "csv/" + name : "csv/" + name + ".csv";
  }

  /**
   * The single CSV file a version before run-date partitions wrote for this table, relative to the
   * output folder (for a partitioned table, where {@link #csvPath()} is now a folder).
   */
  public String flatCsvPath() {
    return "csv/" + name + ".csv";
  }

  /** The folder holding one run date's CSV, relative to the output folder. */
  public String csvPath(LocalDate runDate) {
    requirePartitioned();
    return csvPath() + "/" + RUN_DATE + "=" + runDate;
  }

  private void requirePartitioned() {
    if (!partitioned) {
      throw new IllegalStateException("table " + name + " is not partitioned");
    }
  }

  /** One column: name, type and a one-line meaning for the data dictionary. */
  public record Column(String name, DataType type, String description) implements Serializable {

    /**
     * The column's SQL type, understood alike by DuckDB, PostgreSQL and most JDBC databases:
     * VARCHAR, INTEGER, BIGINT, DOUBLE PRECISION, DATE, TIMESTAMP (UTC) or BOOLEAN.
     */
    public String sqlType() {
      if (type.equals(DataTypes.StringType)) {
        return "VARCHAR";
      } else if (type.equals(DataTypes.IntegerType)) {
        return "INTEGER";
      } else if (type.equals(DataTypes.LongType)) {
        return "BIGINT";
      } else if (type.equals(DataTypes.DoubleType)) {
        return "DOUBLE PRECISION";
      } else if (type.equals(DataTypes.DateType)) {
        return "DATE";
      } else if (type.equals(DataTypes.TimestampType)) {
        return "TIMESTAMP";
      } else if (type.equals(DataTypes.BooleanType)) {
        return "BOOLEAN";
      }
      throw new IllegalStateException("column " + name + ": no SQL type for " + type);
    }
  }

  public static Column string(String name, String description) {
    return new Column(name, DataTypes.StringType, description);
  }

  public static Column integer(String name, String description) {
    return new Column(name, DataTypes.IntegerType, description);
  }

  public static Column bigint(String name, String description) {
    return new Column(name, DataTypes.LongType, description);
  }

  public static Column decimal(String name, String description) {
    return new Column(name, DataTypes.DoubleType, description);
  }

  public static Column date(String name, String description) {
    return new Column(name, DataTypes.DateType, description);
  }

  public static Column timestamp(String name, String description) {
    return new Column(name, DataTypes.TimestampType, description);
  }

  public static Column bool(String name, String description) {
    return new Column(name, DataTypes.BooleanType, description);
  }

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  /** The Spark schema of the table. */
  public StructType schema() {
    return new StructType(
        columns.stream()
            .map(c -> new StructField(c.name(), c.type(), true, Metadata.empty()))
            .toArray(StructField[]::new));
  }
}
