package com.mediaframing.output;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a run's tables into its {@link Publication}: each call writes a table (or one run date's
 * partition of it) with a {@link TableWriter} into the staging folder and marks its Parquet folder
 * and CSV for publishing, so the job never builds a table's paths itself. {@link #writeAll} writes
 * several tables at once: a table's write is a few Spark jobs whose planning runs on the calling
 * thread, so on few rows one write's planning overlaps another's tasks. Not thread-safe itself; one
 * per run, called from the driver's thread.
 */
public final class StagedTables {
  private static final Logger LOG = LoggerFactory.getLogger(StagedTables.class);

  private final Publication publication;
  private final TableWriter writer;
  private final int concurrentWrites;

  /**
   * @param concurrentWrites the most tables {@link #writeAll} writes at once (at least 1)
   */
  public StagedTables(Publication publication, Configuration hadoop, int concurrentWrites) {
    this(publication, new TableWriter(publication.stagingDir(), hadoop), concurrentWrites);
  }

  private StagedTables(Publication publication, TableWriter writer, int concurrentWrites) {
    if (concurrentWrites < 1) {
      throw new IllegalArgumentException(
          "concurrent writes must be at least 1: " + concurrentWrites);
    }
    this.publication = publication;
    this.writer = writer;
    this.concurrentWrites = concurrentWrites;
  }

  /** These tables' publication, written up to {@code concurrentWrites} tables at once. */
  public StagedTables withConcurrentWrites(int concurrentWrites) {
    return concurrentWrites == this.concurrentWrites
        ? this
        : new StagedTables(publication, writer, concurrentWrites);
  }

  /**
   * These tables' publication, each table written from its rows collected on the driver ({@link
   * TableWriter#onDriver()}): for a small run, whose tables fit there.
   */
  public StagedTables writtenOnDriver() {
    return new StagedTables(publication, writer.onDriver(), concurrentWrites);
  }

  /**
   * One table to write: unpartitioned ({@code runDate} null) or one run date's partition, its rows
   * built when the write starts (on the writing thread, where Spark analyses the plan).
   */
  public record TableWrite(Table table, LocalDate runDate, Supplier<Dataset<Row>> data) {
    public TableWrite {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(data, "data");
      if (table.partitioned() != (runDate != null)) {
        throw new IllegalArgumentException(
            table.name()
                + (table.partitioned() ? " is partitioned: give the run date" : " is not"));
      }
    }

    /** A write of the unpartitioned {@code table}. */
    public static TableWrite of(Table table, Supplier<Dataset<Row>> data) {
      return new TableWrite(table, null, data);
    }

    /** A write of run date {@code runDate}'s partition of {@code table}. */
    public static TableWrite partition(
        Table table, LocalDate runDate, Supplier<Dataset<Row>> data) {
      return new TableWrite(table, runDate, data);
    }
  }

  /**
   * Writes {@code writes}, up to the constructor's number at once, and stages them in the order
   * given (so the publication's journal does not depend on which write ends first). When a write
   * fails, the others still end (no write is left running) and nothing is staged; the first failure
   * in the given order is thrown.
   *
   * @return rows written per table name, in the order given
   */
  public Map<String, Long> writeAll(List<TableWrite> writes) {
    List<Long> counts = new ArrayList<>();
    if (concurrentWrites == 1 || writes.size() <= 1) {
      for (TableWrite w : writes) {
        counts.add(writeOnly(w));
      }
    } else {
      ExecutorService pool =
          Executors.newFixedThreadPool(
              Math.min(concurrentWrites, writes.size()),
              r -> {
                Thread t = new Thread(r, "table-writer");
                t.setDaemon(true);
                return t;
              });
      try {
        List<Future<Long>> futures = new ArrayList<>();
        for (TableWrite w : writes) {
          futures.add(pool.submit(() -> writeOnly(w)));
        }
        RuntimeException failure = null;
        for (Future<Long> f : futures) {
          try {
            counts.add(f.get());
          } catch (ExecutionException e) {
            if (failure == null) {
              failure = asRuntime(e.getCause());
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            futures.forEach(g -> g.cancel(true));
            throw new IllegalStateException("interrupted while writing tables", e);
          }
        }
        if (failure != null) {
          throw failure;
        }
      } finally {
        pool.shutdown();
      }
    }
    Map<String, Long> rows = new LinkedHashMap<>();
    for (int i = 0; i < writes.size(); i++) {
      TableWrite w = writes.get(i);
      stage(w.table(), w.runDate());
      rows.put(w.table().name(), counts.get(i));
    }
    return rows;
  }

  private long writeOnly(TableWrite w) {
    return w.runDate() == null
        ? writer.write(w.table(), w.data().get())
        : writer.writePartition(w.table(), w.runDate(), w.data().get());
  }

  private void stage(Table t, LocalDate date) {
    publication.replace(date == null ? t.parquetPath() : t.parquetPath(date));
    publication.replace(date == null ? t.csvPath() : t.csvPath(date));
  }

  private static RuntimeException asRuntime(Throwable t) {
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(t.getMessage(), t);
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
    stage(t, null);
    return n;
  }

  /**
   * Writes and stages run date {@code date}'s partition of table {@code t}.
   *
   * @return the number of rows written
   */
  public long writePartition(Table t, LocalDate date, Dataset<Row> data) {
    long n = writer.writePartition(t, date, data);
    stage(t, date);
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
   * Reads back what this run staged of table {@code t} (a partitioned table with its {@code
   * run_date} column), with the table's own schema: this run wrote the files to that contract, so
   * Spark need not open a footer to infer it (one Spark job per read saved, which a small run
   * feels).
   */
  public Dataset<Row> readStaged(SparkSession spark, Table t) {
    return spark.read().schema(t.schema()).parquet(stagedParquet(t));
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
