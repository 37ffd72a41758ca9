package com.mediaframing.output;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * An output table's contract: its name on disk, its columns in order (name, Spark type, meaning),
 * the columns that order its rows (so that reruns on the same input write identical files; they
 * also identify a row and are the primary key of an export) and a paragraph on how it is computed
 * for the data dictionary.
 */
public record Table(String name, List<Column> columns, List<String> sortKeys, String howComputed)
    implements Serializable {

  /** A table without a "how it is computed" paragraph. */
  public Table(String name, List<Column> columns, List<String> sortKeys) {
    this(name, columns, sortKeys, null);
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
            .map(
                c ->
                    new StructField(
                        c.name(), c.type(), true, org.apache.spark.sql.types.Metadata.empty()))
            .toArray(StructField[]::new));
  }
}
