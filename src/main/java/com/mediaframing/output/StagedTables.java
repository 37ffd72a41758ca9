package com.mediaframing.output;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a run's tables into its {@link Publication}: each call writes a table (or one run date's
 * partition of it) with a {@link TableWriter} into the staging folder and marks its Parquet folder
 * and CSV for publishing, so the job never builds a table's paths itself. Not thread-safe; one per
 * run, on the driver.
 */
public final class StagedTables {
  private static final Logger LOG = LoggerFactory.getLogger(StagedTables.class);

  private final Publication publication;
  private final TableWriter writer;

  public StagedTables(Publication publication, Configuration hadoop) {
    this.publication = publication;
    this.writer = new TableWriter(publication.stagingDir(), hadoop);
  }

  /** The publication the tables go into. */
  public Publication publication() {
    return publication;
  }

  /**
   * Writes and stages the unpartitioned table {@code t}.
   *
   * @return the number of rows written
   */
  public long write(Table t, Dataset<Row> data) {
    long n = writer.write(t, data);
    publication.replace(t.parquetPath());
    publication.replace(t.csvPath());
    return n;
  }

  /**
   * Writes and stages run date {@code date}'s partition of table {@code t}.
   *
   * @return the number of rows written
   */
  public long writePartition(Table t, LocalDate date, Dataset<Row> data) {
    long n = writer.writePartition(t, date, data);
    publication.replace(t.parquetPath(date));
    publication.replace(t.csvPath(date));
    return n;
  }

  /** Whether table {@code t}'s staged Parquet folder exists (this run wrote it). */
  public boolean isStaged(Table t) {
    return publication.isStaged(t.parquetPath());
  }

  /** The staged Parquet folder of table {@code t}, for reading back what this run wrote. */
  public String stagedParquet(Table t) {
    return publication.stagingDir() + "/" + t.parquetPath();
  }

  /**
   * Finds the partitioned tables an earlier version wrote without run-date partitions (files
   * outside run-date folders, or one flat CSV file) and marks them for deletion as a whole; this
   * run writes them anew.
   *
   * @return the tables found
   */
  public Set<Table> replaceLegacy(Iterable<Table> tables) {
    Set<Table> found = new LinkedHashSet<>();
    for (Table t : tables) {
      if (t.partitioned()
          && (publication.isPublished(t.flatCsvPath())
              || publication.publishedNames(t.parquetPath()).stream()
                  .anyMatch(n -> n.endsWith(".parquet")))) {
        found.add(t);
      }
    }
    for (Table t : found) {
      LOG.warn(
          "{}: written by an earlier version without run-date partitions; replaced as a whole",
          t.name());
      publication.delete(t.parquetPath());
      publication.delete(t.flatCsvPath());
    }
    return found;
  }
}
