package com.mediaframing.spark;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mediaframing.output.FramingDatabase;
import com.mediaframing.output.Table;
import com.mediaframing.output.Tables;
import com.mediaframing.output.WarehouseExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

/**
 * framing.duckdb and the warehouse export, checked against the Parquet tables of the same seeds run
 * (read with Spark). The export test needs a PostgreSQL server: {@code .ci/run} starts one and sets
 * {@value #PG_URL}, {@code FRAMING_TEST_PG_USER} and {@code FRAMING_TEST_PG_PASSWORD}; without
 * {@value #PG_URL} that test is skipped.
 */
class AnalyticsOutputIT {
  static final String PG_URL = "FRAMING_TEST_PG_URL";
  private static final double EPS = 1e-12;

  private static SparkSession spark;
  private static Path out;

  @BeforeAll
  static void seeds() {
    spark = SparkTestSession.get();
    out = SeedsRun.out();
    SeedsRun.summary();
  }

  private static Dataset<Row> parquet(String table) {
    return spark.read().parquet(out.resolve("parquet").resolve(table).toString());
  }

  private static Connection duckdb() throws SQLException {
    Properties ro = new Properties();
    ro.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection(
        "jdbc:duckdb:" + out.resolve(FramingDatabase.FILE_NAME).toAbsolutePath(), ro);
  }

  private static long sqlCount(Connection db, String sql) throws SQLException {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void databaseHoldsEveryTableWithTheParquetRowsAndTypes() throws SQLException {
    assertFalse(Files.exists(out.resolve(FramingDatabase.FILE_NAME + ".tmp")));
    assertFalse(Files.exists(out.resolve(FramingDatabase.FILE_NAME + ".tmp.spill")));
    try (Connection db = duckdb()) {
      for (Table t : Tables.ALL) {
        assertEquals(
            parquet(t.name()).count(), sqlCount(db, "SELECT count(*) FROM " + t.name()), t.name());
      }
      try (Statement st = db.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT data_type FROM information_schema.columns "
                      + "WHERE table_name = 'documents' AND column_name = 'published'")) {
        assertTrue(rs.next());
        assertEquals("DATE", rs.getString(1));
      }
      assertTrue(sqlCount(db, "SELECT count(*) FROM actors") > 50);
      assertEquals(1, sqlCount(db, "SELECT count(*) FROM actors WHERE actor_id = 'sergei-lavrov'"));
    }
  }

  @Test
  void outletActorSentimentViewMatchesTheParquetTable() throws SQLException {
    Map<String, double[]> expected = new TreeMap<>();
    for (Row r : parquet("outlet_actor_sentiment").collectAsList()) {
      expected.put(
          r.<String>getAs("outlet") + "/" + r.<String>getAs("actor_id"),
          new double[] {
            r.<Double>getAs("sentiment"), r.<Long>getAs("n_docs"), r.<Long>getAs("n_mentions")
          });
    }
    assertTrue(expected.size() > 20, "seeds name many actors: " + expected.size());
    Map<String, double[]> actual = new TreeMap<>();
    String lavrovName = null;
    try (Connection db = duckdb();
        Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT * FROM v_outlet_actor_sentiment")) {
      while (rs.next()) {
        actual.put(
            rs.getString("outlet") + "/" + rs.getString("actor_id"),
            new double[] {
              rs.getDouble("sentiment"), rs.getLong("n_docs"), rs.getLong("n_mentions")
            });
        if (rs.getString("actor_id").equals("sergei-lavrov")) {
          lavrovName = rs.getString("actor_name");
        }
      }
    }
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach(
        (k, v) -> {
          for (int i = 0; i < v.length; i++) {
            assertEquals(v[i], actual.get(k)[i], EPS, k);
          }
        });
    assertEquals("Sergei Lavrov", lavrovName);
  }

  @Test
  void weeklyTopicShareViewMatchesSparkOnDocTopicsAndDocuments() throws SQLException {
    Dataset<Row> t =
        parquet("doc_topics")
            .join(parquet("documents"), "doc_id")
            .withColumn("week", date_trunc("week", col("published")).cast("date"));
    Dataset<Row> den = t.groupBy("week", "bloc").agg(countDistinct("doc_id").as("n_topical"));
    Map<String, Double> expected = new TreeMap<>();
    for (Row r :
        t.groupBy("week", "bloc", "topic_id")
            .agg(sum("weight").as("sw"))
            .join(den, CollectionConverters.asScala(List.of("week", "bloc")).toSeq())
            .withColumn("share", col("sw").divide(col("n_topical")))
            .collectAsList()) {
      expected.put(
          r.getAs("week").toString() + "/" + r.getAs("bloc") + "/" + r.getAs("topic_id"),
          r.getAs("share"));
    }
    assertFalse(expected.isEmpty());
    Map<String, Double> actual = new TreeMap<>();
    try (Connection db = duckdb();
        Statement st = db.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT week, bloc, topic_id, share FROM v_topic_share_weekly")) {
      while (rs.next()) {
        actual.put(rs.getDate(1) + "/" + rs.getString(2) + "/" + rs.getString(3), rs.getDouble(4));
      }
      assertEquals(
          0,
          sqlCount(
              db,
              "SELECT count(*) FROM (SELECT week, bloc, sum(share) s FROM v_topic_share_weekly "
                  + "GROUP BY 1, 2) WHERE abs(s - 1) > 1e-9"));
    }
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((k, v) -> assertEquals(v, actual.get(k), EPS, k));
  }

  @Test
  void moversViewAveragesArticlesOfTheLatestFourWeeksAndTheFourBefore() throws SQLException {
    Dataset<Row> s =
        parquet("doc_actor_sentiment")
            .join(parquet("documents").select("doc_id", "published"), "doc_id");
    Date latest =
        parquet("documents")
            .agg(org.apache.spark.sql.functions.max("published"))
            .first()
            .getDate(0);
    Dataset<Row> recent =
        s.filter(col("published").gt(date_sub(lit(latest), 28)))
            .groupBy("bloc", "actor_id")
            .agg(avg("sentiment").as("m"), count(lit(1)).as("n"));
    Map<String, Double> expected = new TreeMap<>();
    for (Row r : recent.collectAsList()) {
      expected.put(r.getAs("bloc") + "/" + r.getAs("actor_id"), r.getAs("m"));
    }
    assertFalse(expected.isEmpty());
    Map<String, Double> actual = new TreeMap<>();
    try (Connection db = duckdb();
        Statement st = db.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT bloc, actor_id, sentiment_recent, recent_to, previous_from "
                    + "FROM v_actor_sentiment_movers WHERE n_docs_recent > 0")) {
      while (rs.next()) {
        actual.put(rs.getString(1) + "/" + rs.getString(2), rs.getDouble(3));
        assertEquals(latest.toLocalDate(), rs.getDate(4).toLocalDate());
        assertEquals(latest.toLocalDate().minusDays(55), rs.getDate(5).toLocalDate());
      }
    }
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((k, v) -> assertEquals(v, actual.get(k), EPS, k));
  }

  @Test
  void exportToPostgresqlHasTheSameNumbersAndIsIdempotentPerRunDate() throws SQLException {
    String url = System.getenv(PG_URL);
    assumeTrue(
        url != null,
        PG_URL + " is not set: no PostgreSQL server to export to (.ci/run starts one)");
    String user = System.getenv("FRAMING_TEST_PG_USER");
    String password = System.getenv("FRAMING_TEST_PG_PASSWORD");
    WarehouseExport.Target target = new WarehouseExport.Target(url, user, password);
    try (Connection pg = DriverManager.getConnection(url, user, password);
        Statement st = pg.createStatement()) {
      for (Table t : WarehouseExport.tables()) {
        st.execute("DROP TABLE IF EXISTS " + t.name());
      }
    }
    LocalDate day = SeedsRun.RUN_DATE;
    WarehouseExport.Result first = WarehouseExport.export(out, target, day);
    assertEquals(day, first.runDate());
    WarehouseExport.Result again = WarehouseExport.export(out, target, day);
    assertEquals(first.rows(), again.rows());
    WarehouseExport.Result byManifest = WarehouseExport.export(out, target, null);
    assertEquals(day, byManifest.runDate(), "default: the run date of the last run");
    LocalDate later = day.plusDays(1);
    WarehouseExport.Result other = WarehouseExport.export(out, target, later);
    try (Connection pg = DriverManager.getConnection(url, user, password)) {
      for (Table t : Tables.ALL) {
        long n = parquet(t.name()).count();
        assertEquals(
            n,
            sqlCount(
                pg, "SELECT count(*) FROM " + t.name() + " WHERE run_date = DATE '" + day + "'"),
            t.name());
        // a partitioned table has no partition for the later date; a snapshot table is
        // exported again under it
        long laterRows = t.partitioned() ? 0 : n;
        assertEquals(laterRows, other.rows().get(t.name()), t.name());
        assertEquals(n + laterRows, sqlCount(pg, "SELECT count(*) FROM " + t.name()), t.name());
      }
      Map<String, Double> expected = new TreeMap<>();
      for (Row r : parquet("bloc_actor_sentiment").collectAsList()) {
        expected.put(r.getAs("bloc") + "/" + r.getAs("actor_id"), r.getAs("sentiment"));
      }
      Map<String, Double> actual = new TreeMap<>();
      try (Statement st = pg.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT bloc, actor_id, sentiment FROM bloc_actor_sentiment "
                      + "WHERE run_date = DATE '"
                      + day
                      + "'")) {
        while (rs.next()) {
          actual.put(rs.getString(1) + "/" + rs.getString(2), rs.getDouble(3));
        }
      }
      assertEquals(expected.keySet(), actual.keySet());
      expected.forEach((k, v) -> assertEquals(v, actual.get(k), EPS, k));
      assertEquals(
          1,
          sqlCount(
              pg,
              "SELECT count(*) FROM information_schema.table_constraints "
                  + "WHERE table_name = 'mentions' AND constraint_type = 'PRIMARY KEY'"));
    }
    String wrong = "wrong-" + password + "-x";
    WarehouseExport.ExportException e =
        assertThrows(
            WarehouseExport.ExportException.class,
            () -> WarehouseExport.export(out, new WarehouseExport.Target(url, user, wrong), day));
    assertTrue(e.getMessage().contains("password authentication failed"), e.getMessage());
    assertFalse(e.getMessage().contains(wrong), e.getMessage());
    assertFalse(e.getMessage().contains(password), e.getMessage());
  }
}
