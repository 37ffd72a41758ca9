package com.mediaframing.spark;

import static org.apache.spark.sql.functions.col;

import com.mediaframing.ingest.RawArticle;
import com.mediaframing.ingest.RejectReason;
import com.mediaframing.output.Publication;
import com.mediaframing.output.Table;
import com.mediaframing.output.Tables;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What a run analyzes and which run dates it rewrites, decided on the driver from the accepted
 * articles and the state table of earlier runs: a full run analyzes every accepted article; an
 * {@code --incremental} run skips those the state already holds with the same content, analysis
 * fingerprint and models ("unchanged"), and carries over the ones published for this very run date.
 * Articles analyzed now that an earlier run date holds move to this date, so that date's partition
 * is rewritten without them ({@link #moved}). When nothing is added, changed or removed, the
 * published aggregates, stories and report stay as they are ({@link #unchangedOutput}).
 *
 * <p>Immutable once planned; its cached datasets are released by {@link #unpersist}.
 */
final class IncrementalPlan {
  final LocalDate runDate;
  final Dataset<RawArticle> toAnalyze;
  final long nToAnalyze;

  /** Unchanged articles published for this run date: carried over, not analyzed again. */
  final long nCarried;

  /** Unchanged articles of earlier run dates: kept where they are. */
  final long nKept;

  /** Earlier run dates that lose articles to this one. */
  final Set<LocalDate> moved;

  final boolean unchangedOutput;

  private final Optional<Dataset<Row>> state;
  private final Dataset<Row> unchanged;
  private final Dataset<Row> superseded;
  private final Dataset<Row> publishedToday;

  private IncrementalPlan(
      LocalDate runDate,
      Dataset<RawArticle> toAnalyze,
      long nToAnalyze,
      long nCarried,
      long nKept,
      Set<LocalDate> moved,
      boolean unchangedOutput,
      Optional<Dataset<Row>> state,
      Dataset<Row> unchanged,
      Dataset<Row> superseded,
      Dataset<Row> publishedToday) {
    this.runDate = runDate;
    this.toAnalyze = toAnalyze;
    this.nToAnalyze = nToAnalyze;
    this.nCarried = nCarried;
    this.nKept = nKept;
    this.moved = Collections.unmodifiableSet(moved);
    this.unchangedOutput = unchangedOutput;
    this.state = state;
    this.unchanged = unchanged;
    this.superseded = superseded;
    this.publishedToday = publishedToday;
  }

  /**
   * Plans run date {@code runDate} over {@code input}'s accepted articles.
   *
   * @param incremental whether the run skips unchanged articles
   * @param analysisFingerprint and {@code modelFingerprint}: what an unchanged article must have
   *     been analyzed with
   */
  static IncrementalPlan plan(
      SparkSession spark,
      String outputDir,
      Publication publication,
      ReadStage.Input input,
      LocalDate runDate,
      boolean incremental,
      String analysisFingerprint,
      String modelFingerprint) {
    Optional<Dataset<Row>> state = ArticleState.read(spark, outputDir);
    boolean rebuild = state.isEmpty() && publication.isPublished(ArticleState.PATH);
    Dataset<RawArticle> accepted = input.accepted();
    Date today = Date.valueOf(runDate);
    Dataset<Row> unchanged = null;
    long nCarried = 0;
    long nKept = 0;
    Dataset<RawArticle> toAnalyze = accepted;
    if (incremental && state.isPresent()) {
      Dataset<Row> st = state.get();
      unchanged =
          accepted
              .select(col("id").as("u_doc"), col("contentFingerprint").as("u_fp"))
              .join(
                  st.select(
                      col("docId"),
                      col("contentFingerprint"),
                      col("configFingerprint"),
                      col("modelFingerprint"),
                      col(Table.RUN_DATE)),
                  col("u_doc")
                      .equalTo(col("docId"))
                      .and(col("u_fp").equalTo(col("contentFingerprint")))
                      .and(col("configFingerprint").equalTo(analysisFingerprint))
                      .and(col("modelFingerprint").equalTo(modelFingerprint)))
              .select(col("u_doc"), col(Table.RUN_DATE).as("u_date"))
              .persist(CacheLevel.of(spark));
      nCarried = unchanged.filter(col("u_date").equalTo(today)).count();
      nKept = unchanged.count() - nCarried;
      toAnalyze =
          accepted.join(unchanged, col("id").equalTo(col("u_doc")), "left_anti").as(ReadStage.RAW);
    }
    long nToAnalyze = toAnalyze.count();

    Set<LocalDate> moved = new TreeSet<>();
    Dataset<Row> superseded = null;
    if (state.isPresent()) {
      Dataset<Row> touched =
          toAnalyze
              .select(col("id").as("s_doc"))
              .union(
                  input
                      .marked()
                      .filter(
                          col("reason")
                              .isNotNull()
                              .and(col("id").isNotNull())
                              .and(col("reason").notEqual(RejectReason.DUPLICATE_ID.id())))
                      .select(col("id").as("s_doc")));
      superseded =
          state
              .get()
              .filter(col(Table.RUN_DATE).notEqual(today))
              .select(col("docId").as("s_doc"), col(Table.RUN_DATE))
              .join(touched, "s_doc")
              .persist(CacheLevel.of(spark));
      for (Row r : superseded.select(Table.RUN_DATE).distinct().collectAsList()) {
        moved.add(r.getDate(0).toLocalDate());
      }
    } else if (rebuild) {
      moved.addAll(publishedRunDates(publication));
      moved.remove(runDate);
    }
    Dataset<Row> publishedToday =
        state.map(st -> st.filter(col(Table.RUN_DATE).equalTo(today))).orElse(null);
    boolean unchangedOutput =
        incremental
            && nToAnalyze == 0
            && moved.isEmpty()
            && !rebuild
            && nCarried == (publishedToday == null ? 0 : publishedToday.count());
    return new IncrementalPlan(
        runDate,
        toAnalyze,
        nToAnalyze,
        nCarried,
        nKept,
        moved,
        unchangedOutput,
        state,
        unchanged,
        superseded,
        publishedToday);
  }

  /** The run dates whose partitions this run replaces: the moved ones and its own. */
  Set<LocalDate> replaced() {
    return replaced(moved, runDate);
  }

  static Set<LocalDate> replaced(Set<LocalDate> moved, LocalDate runDate) {
    Set<LocalDate> replaced = new TreeSet<>(moved);
    replaced.add(runDate);
    return replaced;
  }

  /** The published rows of this run date's unchanged articles (state columns, no run date). */
  Dataset<Row> carried() {
    Dataset<Row> carriedIds = unchanged.filter(col("u_date").equalTo(Date.valueOf(runDate)));
    return publishedToday
        .join(carriedIds, col("docId").equalTo(col("u_doc")), "left_semi")
        .drop(Table.RUN_DATE);
  }

  /**
   * What moved run date {@code d} keeps: its published articles minus those that move to this run
   * date; null when there is no state to read them from (persisted otherwise).
   */
  Dataset<Row> remaining(LocalDate d) {
    if (superseded == null) {
      return null;
    }
    Date date = Date.valueOf(d);
    return state
        .get()
        .filter(col(Table.RUN_DATE).equalTo(date))
        .drop(Table.RUN_DATE)
        .join(
            superseded.filter(col(Table.RUN_DATE).equalTo(date)),
            col("docId").equalTo(col("s_doc")),
            "left_anti")
        .persist(CacheLevel.of(superseded.sparkSession()));
  }

  /** The number of articles the published state holds, all run dates (0 without a state). */
  long nStateArticles() {
    return state.map(Dataset::count).orElse(0L);
  }

  /** The state's articles of run dates this run does not replace (no run date column). */
  Optional<Dataset<Row>> untouched() {
    return state.map(st -> ArticleState.without(st, replaced()).drop(Table.RUN_DATE));
  }

  /** The log line describing the plan. */
  String describe(boolean incremental) {
    return String.format(
        Locale.ROOT,
        "run date %s (%s): %d to analyze, %d unchanged in this date, %d unchanged in earlier"
            + " dates, %d earlier dates lose articles",
        runDate,
        incremental ? "incremental" : "full",
        nToAnalyze,
        nCarried,
        nKept,
        moved.size());
  }

  void unpersist() {
    if (unchanged != null) {
      unchanged.unpersist();
    }
    if (superseded != null) {
      superseded.unpersist();
    }
  }

  /** Run dates with a published partition of the state or of documents. */
  static Set<LocalDate> publishedRunDates(Publication publication) {
    Set<LocalDate> dates = new TreeSet<>();
    String prefix = Table.RUN_DATE + "=";
    for (String dir : List.of(ArticleState.PATH, Tables.DOCUMENTS.parquetPath())) {
      for (String name : publication.publishedNames(dir)) {
        if (name.startsWith(prefix)) {
          dates.add(LocalDate.parse(name.substring(prefix.length())));
        }
      }
    }
    return dates;
  }
}
