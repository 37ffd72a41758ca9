package com.mediaframing.output;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * An output table's contract: its name on disk, its columns in order (name, Spark type, meaning)
 * and the columns that order its rows, so that reruns on the same input write identical files.
 */
public record Table(String name, List<Column> columns, List<String> sortKeys)
    implements Serializable {

  /** One column: name, type and a one-line meaning for the data dictionary. */
  public record Column(String name, DataType type, String description) implements Serializable {}

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
