package com.mediaframing.output;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a table twice: as Spark Parquet and as one UTF-8 CSV file (header row, Commons CSV, cells
 * formatted by {@link CsvCell}), at the paths {@link Table} gives, under a base folder (a run's
 * staging folder, see {@link Publication}). A partitioned table is written one run date's partition
 * at a time; its Parquet files leave out {@code run_date} (the folder name carries it), its CSV
 * keeps it. Rows are sorted by the table's sort keys so that the same input gives the same files.
 * Columns are selected and cast to the table's contract first, so a table on disk always has
 * exactly the documented schema. Paths go through Hadoop's FileSystem (local, HDFS, S3).
 *
 * <p>By default the Parquet is a Spark write and the CSV's rows come from the cached rows, one
 * partition at a time (a Spark job each); a table of more than two partitions and at most {@value
 * #COLLECTED_CSV_ROWS} rows is counted and collected at once instead (two jobs). A writer
 * {@linkplain #onDriver() on the driver} (for small runs) collects the rows once and writes both
 * files from them on the driver ({@link DriverParquetWriter}): one Spark job per table instead of
 * two, and no write job's fixed cost.
 */
public final class TableWriter {
  /**
   * A table of at most this many rows reaches the CSV writer in one collect: a few tens of
   * megabytes on the driver at most (the aggregate and most story tables of the whole AllSides
   * corpus; its story claims, facts and narratives and the article-level tables of a full run are
   * larger and come partition by partition).
   */
  static final long COLLECTED_CSV_ROWS = 200_000;

  private final String outputDir;
  private final Configuration hadoop;
  private final boolean onDriver;

  public TableWriter(String outputDir, Configuration hadoop) {
    this(outputDir, hadoop, false);
  }

  private TableWriter(String outputDir, Configuration hadoop, boolean onDriver) {
    this.outputDir = outputDir;
    this.hadoop = hadoop;
    this.onDriver = onDriver;
  }

  /**
   * This writer, writing each table from its rows collected on the driver: for tables small enough
   * to hold there (a small run's).
   */
  public TableWriter onDriver() {
    return new TableWriter(outputDir, hadoop, true);
  }

  /** Conforms {@code data} to {@code table}'s schema and sort order. */
  public static Dataset<Row> conform(Table table, Dataset<Row> data) {
    Column[] cols =
        table.columns().stream()
            .map(c -> functions.col(c.name()).cast(c.type()).as(c.name()))
            .toArray(Column[]::new);
    Column[] order = table.sortKeys().stream().map(functions::col).toArray(Column[]::new);
    return data.select(cols).orderBy(order);
  }

  /**
   * Writes {@code data} as {@code table}.
   *
   * @return the number of rows written
   */
  public long write(Table table, Dataset<Row> data) {
    if (table.partitioned()) {
      throw new IllegalArgumentException(table.name() + " is partitioned: give the run date");
    }
    Dataset<Row> conformed = conform(table, data);
    return write(
        table,
        conformed,
        false,
        outputDir + "/" + table.parquetPath(),
        outputDir + "/" + table.csvPath());
  }

  /**
   * Writes {@code data} as the {@code runDate} partition of the partitioned {@code table}; its
   * {@code run_date} column is set to {@code runDate}.
   *
   * @return the number of rows written
   */
  public long writePartition(Table table, LocalDate runDate, Dataset<Row> data) {
    Dataset<Row> conformed =
        conform(table, data.withColumn(Table.RUN_DATE, functions.lit(Date.valueOf(runDate))));
    return write(
        table,
        conformed,
        true,
        outputDir + "/" + table.parquetPath(runDate),
        outputDir + "/" + table.csvPath(runDate) + "/" + table.name() + ".csv");
  }

  /**
   * Writes the conformed rows as Parquet and CSV; a partition's Parquet leaves out {@code run_date}
   * (the table's last column), which its folder name carries.
   */
  private long write(
      Table table, Dataset<Row> conformed, boolean partition, String parquet, String csv) {
    if (onDriver) {
      StructType schema = conformed.schema();
      int parquetColumns = schema.size() - (partition ? 1 : 0);
      List<Row> rows = conformed.collectAsList();
      List<Row> fileRows =
          partition ? rows.stream().map(r -> firstColumns(r, parquetColumns)).toList() : rows;
      DriverParquetWriter.write(
          conformed.sparkSession(),
          new StructType(Arrays.copyOf(schema.fields(), parquetColumns)),
          fileRows,
          parquet);
      return writeCsv(table, csv, rows.iterator());
    }
    Dataset<Row> rows = conformed.cache();
    try {
      (partition ? rows.drop(Table.RUN_DATE) : rows)
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(parquet);
      // a job per partition for the iterator; a count and a collect are two jobs whatever the
      // partitions
      Iterator<Row> csvRows =
          rows.rdd().getNumPartitions() > 2 && rows.count() <= COLLECTED_CSV_ROWS
              ? rows.collectAsList().iterator()
              : rows.toLocalIterator();
      return writeCsv(table, csv, csvRows);
    } finally {
      rows.unpersist();
    }
  }

  /** The first {@code n} columns of {@code row}. */
  private static Row firstColumns(Row row, int n) {
    Object[] values = new Object[n];
    for (int i = 0; i < n; i++) {
      values[i] = row.get(i);
    }
    return RowFactory.create(values);
  }

  private long writeCsv(Table table, String file, Iterator<Row> rows) {
    Path path = new Path(file);
    List<String> names = table.columnNames();
    long n = 0;
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader(names.toArray(String[]::new)).get();
      try (Writer out = new OutputStreamWriter(fs.create(path, true), StandardCharsets.UTF_8);
          CSVPrinter printer = new CSVPrinter(out, format)) {
        Object[] cells = new Object[names.size()];
        while (rows.hasNext()) {
          Row row = rows.next();
          for (int i = 0; i < cells.length; i++) {
            cells[i] = CsvCell.format(row.get(i));
          }
          printer.printRecord(cells);
          n++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
    }
    return n;
  }
}
