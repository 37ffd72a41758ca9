package com.mediaframing.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.output.Publication;
import com.mediaframing.output.StagedTables;
import com.mediaframing.output.StagedTables.TableWrite;
import com.mediaframing.output.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables written on the driver (a small run's {@link StagedTables#writtenOnDriver()}) against the
 * same tables written by Spark with a small run's settings: the same files but for the part file's
 * random name.
 */
class DriverWritesIT {
  private static SparkSession spark;

  @TempDir Path out;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
    spark
        .sparkContext()
        .addSparkListener(
            new SparkListener() {
              @Override
              public void onJobStart(SparkListenerJobStart jobStart) {
                JOBS.incrementAndGet();
              }
            });
  }

  private static final Table EVERY_TYPE =
      new Table(
          "t_types",
          List.of(
              Table.string("key", "a key"),
              Table.integer("i", "an int"),
              Table.bigint("n", "a long"),
              Table.decimal("x", "a double"),
              Table.date("day", "a date"),
              Table.timestamp("at", "a timestamp"),
              Table.bool("ok", "a flag")),
          List.of("key"));

  private static final Table EMPTY =
      new Table("t_empty", List.of(Table.string("key", "a key")), List.of("key"));

  private static final Table PARTITIONED =
      new Table(
              "t_parted",
              List.of(Table.string("key", "a key"), Table.decimal("x", "a double")),
              List.of("key"))
          .partitionedByRunDate();

  private static final LocalDate DAY = LocalDate.of(2025, 3, 18);

  private static Dataset<Row> everyType() {
    List<Row> rows = new ArrayList<>();
    rows.add(
        RowFactory.create(
            "b \"quoted\", with comma",
            7,
            1L << 40,
            -0.125,
            Date.valueOf("2025-03-18"),
            Timestamp.valueOf("2025-03-18 09:30:00.25"),
            true));
    rows.add(RowFactory.create("a", null, null, null, null, null, null));
    rows.add(
        RowFactory.create(
            "c ünïcode", -1, 0L, Double.NaN, Date.valueOf("1999-12-31"), null, false));
    return spark.createDataFrame(rows, EVERY_TYPE.schema());
  }

  private static Dataset<Row> parted() {
    return spark.createDataFrame(
        List.of(RowFactory.create("z", 2.5), RowFactory.create("y", null)),
        new Table("p", List.of(Table.string("key", "k"), Table.decimal("x", "x")), List.of("key"))
            .schema());
  }

  /** Spark jobs started since the test session began. */
  private static final AtomicInteger JOBS = new AtomicInteger();

  private static int jobsSoFar() {
    try {
      spark.sparkContext().listenerBus().waitUntilEmpty();
    } catch (TimeoutException e) {
      throw new IllegalStateException(e);
    }
    return JOBS.get();
  }

  /** The Spark jobs the last {@link #write} ran. */
  private int jobs;

  private Path write(String name, boolean onDriver) {
    int jobsBefore = jobsSoFar();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Publication p = Publication.begin(out.resolve(name).toString(), "run", hadoop);
    StagedTables tables = new StagedTables(p, hadoop, 2);
    if (onDriver) {
      tables = tables.writtenOnDriver();
    }
    Map<String, Long> rows =
        tables.writeAll(
            List.of(
                TableWrite.of(EVERY_TYPE, DriverWritesIT::everyType),
                TableWrite.of(EMPTY, () -> spark.createDataFrame(List.of(), EMPTY.schema())),
                TableWrite.partition(PARTITIONED, DAY, DriverWritesIT::parted)));
    assertEquals(Map.of("t_types", 3L, "t_empty", 0L, "t_parted", 2L), rows);
    jobs = jobsSoFar() - jobsBefore;
    return Path.of(p.stagingDir().replaceFirst("^file:", ""));
  }

  /** The folder's files, the part file's random name replaced by {@code part-00000}. */
  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(
              f ->
                  f.getFileName().toString().replaceFirst("part-00000-[0-9a-f-]{36}", "part-00000"))
          .sorted()
          .toList();
    }
  }

  private static Path partFile(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> parts = files.filter(f -> f.getFileName().toString().startsWith("part-")).toList();
      assertEquals(1, parts.size(), folder + ": " + parts);
      return parts.get(0);
    }
  }

  private static FileMetaData footer(Path file) throws IOException {
    try (ParquetFileReader r =
        ParquetFileReader.open(
            HadoopInputFile.fromPath(
                new org.apache.hadoop.fs.Path(file.toUri()), new Configuration()))) {
      return r.getFooter().getFileMetaData();
    }
  }

  @Test
  void driverWritesGiveTheFilesOfASparkWriteInASmallRun() throws IOException {
    Map<String, String> before = SmallRunSettings.apply(spark, 3, () -> 0);
    Path bySpark;
    Path onDriver;
    try {
      bySpark = write("spark", false);
      assertEquals(5, jobs, "Spark: a Parquet write per table and a CSV job per non-empty one");
      onDriver = write("driver", true);
      assertEquals(2, jobs, "on the driver: a collect per non-empty table");
    } finally {
      SmallRunSettings.restore(spark, before);
    }
    for (String folder :
        List.of(EVERY_TYPE.parquetPath(), EMPTY.parquetPath(), PARTITIONED.parquetPath(DAY))) {
      Path a = bySpark.resolve(folder);
      Path b = onDriver.resolve(folder);
      // checksum files (.crc) depend on the session's local file system; both writes agree
      assertTrue(
          names(b).containsAll(List.of("_SUCCESS", "part-00000-c000.snappy.parquet")),
          folder + ": " + names(b));
      assertEquals(names(a), names(b), folder);
      FileMetaData fa = footer(partFile(a));
      FileMetaData fb = footer(partFile(b));
      assertEquals(fa.getSchema(), fb.getSchema(), folder);
      assertEquals(fa.getKeyValueMetaData(), fb.getKeyValueMetaData(), folder);
      assertArrayEquals(Files.readAllBytes(partFile(a)), Files.readAllBytes(partFile(b)), folder);
    }
    for (String csv :
        List.of(
            EVERY_TYPE.csvPath(),
            EMPTY.csvPath(),
            PARTITIONED.csvPath(DAY) + "/" + PARTITIONED.name() + ".csv")) {
      assertEquals(
          Files.readString(bySpark.resolve(csv)), Files.readString(onDriver.resolve(csv)), csv);
    }
    List<Row> back =
        spark.read().parquet(onDriver.resolve(EVERY_TYPE.parquetPath()).toString()).collectAsList();
    assertEquals(3, back.size());
    assertEquals("a", back.get(0).getString(0));
    assertTrue(back.get(0).isNullAt(5));
    assertEquals(Timestamp.valueOf("2025-03-18 09:30:00.25"), back.get(1).getTimestamp(5));
    assertTrue(Double.isNaN(back.get(2).getDouble(3)));
  }
}
