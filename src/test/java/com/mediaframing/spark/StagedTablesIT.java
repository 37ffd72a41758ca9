package com.mediaframing.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.output.Publication;
import com.mediaframing.output.StagedTables;
import com.mediaframing.output.StagedTables.TableWrite;
import com.mediaframing.output.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link StagedTables#writeAll}: tables written at once, staged in the order given. */
class StagedTablesIT {
  private static SparkSession spark;

  @TempDir Path out;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  private static Table table(String name) {
    return new Table(
        name, List.of(Table.string("key", "a key"), Table.bigint("n", "a count")), List.of("key"));
  }

  private static Supplier<Dataset<Row>> rows(Table t, int n) {
    return () -> {
      List<Row> rows = new ArrayList<>();
      for (int i = n; i > 0; i--) {
        rows.add(RowFactory.create("k" + i, (long) i));
      }
      // a partitioned table's run_date is added by the write
      return spark.createDataFrame(rows, table(t.name()).schema());
    };
  }

  /** {@code rows}, built only after {@code millis}: the write given first ends last. */
  private static Supplier<Dataset<Row>> late(Supplier<Dataset<Row>> rows, long millis) {
    return () -> {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      return rows.get();
    };
  }

  private String csv(Publication p, String rel) throws IOException {
    return Files.readString(
        Path.of(p.stagingDir().replaceFirst("^file:", "")).resolve(rel), StandardCharsets.UTF_8);
  }

  @Test
  void concurrentWritesStageInTheGivenOrderWithTheSameFilesAsOneAtATime() throws IOException {
    Table a = table("t_a");
    Table b = table("t_b");
    Table c = table("t_c").partitionedByRunDate();
    LocalDate day = LocalDate.of(2025, 3, 18);
    List<String> journals = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (int concurrent : new int[] {1, 3}) {
      Publication p =
          Publication.begin(
              out.resolve("out" + concurrent).toString(),
              "run",
              spark.sparkContext().hadoopConfiguration());
      StagedTables tables =
          new StagedTables(p, spark.sparkContext().hadoopConfiguration(), concurrent);
      Map<String, Long> written =
          tables.writeAll(
              List.of(
                  TableWrite.of(a, late(rows(a, 3), 1500)),
                  TableWrite.of(b, rows(b, 1)),
                  TableWrite.partition(c, day, rows(c, 2))));
      assertEquals(List.of("t_a", "t_b", "t_c"), List.copyOf(written.keySet()));
      assertEquals(List.of(3L, 1L, 2L), List.copyOf(written.values()));
      journals.add(String.join("\n", p.journal()));
      files.add(csv(p, a.csvPath()) + csv(p, b.csvPath()) + csv(p, c.csvPath(day) + "/t_c.csv"));
    }
    assertEquals(
        List.of(
            "replace\t" + a.parquetPath(),
            "replace\t" + a.csvPath(),
            "replace\t" + b.parquetPath(),
            "replace\t" + b.csvPath(),
            "replace\t" + c.parquetPath(day),
            "replace\t" + c.csvPath(day)),
        List.of(journals.get(1).split("\n")));
    assertEquals(journals.get(0), journals.get(1));
    assertEquals(files.get(0), files.get(1));
    assertTrue(files.get(1).startsWith("key,n\r\nk1,1\r\nk2,2\r\nk3,3\r\n"), files.get(1));
  }

  @Test
  void aFailedWriteStagesNothingAndItsErrorReachesTheCaller() {
    Table a = table("t_a");
    Table b = table("t_b");
    Table c = table("t_c");
    Publication p =
        Publication.begin(out.toString(), "run", spark.sparkContext().hadoopConfiguration());
    StagedTables tables = new StagedTables(p, spark.sparkContext().hadoopConfiguration(), 2);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                tables.writeAll(
                    List.of(
                        TableWrite.of(a, late(rows(a, 2), 500)),
                        TableWrite.of(
                            b,
                            () -> {
                              throw new IllegalStateException("t_b cannot be built");
                            }),
                        TableWrite.of(c, rows(c, 1)))));
    assertEquals("t_b cannot be built", e.getMessage());
    assertEquals(List.of(), p.journal());
  }

  @Test
  void aWriteMustSayItsRunDateExactlyWhenItsTableIsPartitioned() {
    Table plain = table("t_a");
    Table parted = plain.partitionedByRunDate();
    LocalDate day = LocalDate.of(2025, 3, 18);
    assertThrows(
        IllegalArgumentException.class, () -> TableWrite.partition(plain, day, rows(plain, 1)));
    assertThrows(IllegalArgumentException.class, () -> TableWrite.of(parted, rows(parted, 1)));
  }
}
