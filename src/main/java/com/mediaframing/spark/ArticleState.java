package com.mediaframing.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import com.mediaframing.analysis.AnalyzedArticle;
import com.mediaframing.output.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state table: every analyzed article (the whole {@link AnalyzedArticle}, including its
 * content, configuration and model fingerprints) in the output folder under {@code
 * _state/articles/run_date=YYYY-MM-DD/}, partitioned like the article-level tables they are derived
 * from. An {@code --incremental} run skips an input article whose fingerprints equal its state row;
 * the story stage reads every current article from here.
 */
final class ArticleState {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleState.class);

  /** The state table's folder relative to the output folder. */
  static final String PATH = "_state/articles";

  private ArticleState() {}

  /**
   * The most articles one state file holds (about 20 MB of Parquet on news articles): a night of a
   * few articles is one file, not one per partition of its analysis, so the state that every run
   * reads does not gather tiny files night after night.
   */
  static final int ARTICLES_PER_FILE = 2_000;

  /**
   * {@code articles} in as many partitions as {@link #ARTICLES_PER_FILE} asks, when that is fewer
   * than they have and they are persisted (so merging partitions merges cached blocks, not the work
   * that made them).
   */
  static Dataset<Row> sized(Dataset<Row> articles) {
    if (articles.storageLevel().equals(StorageLevel.NONE())) {
      return articles;
    }
    int files = (int) Math.max(1, (articles.count() + ARTICLES_PER_FILE - 1) / ARTICLES_PER_FILE);
    return files < articles.rdd().getNumPartitions() ? articles.coalesce(files) : articles;
  }

  static String partitionPath(LocalDate runDate) {
    return PATH + "/" + Table.RUN_DATE + "=" + runDate;
  }

  /**
   * The published state rows ({@link AnalyzedArticle} columns and {@code run_date}), or empty when
   * there are none, or when they were written by a version whose article schema differs (then every
   * article is analyzed again, which the caller must treat as a full rebuild).
   */
  static Optional<Dataset<Row>> read(SparkSession spark, String outputDir) {
    Path path = new Path(outputDir, PATH);
    try {
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(path) || fs.listStatus(path).length == 0) {
        return Optional.empty();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    Dataset<Row> state = spark.read().parquet(path.toString());
    String mismatch = mismatch(state.schema());
    if (mismatch != null) {
      LOG.warn(
          "state table {} was written by another version ({}); every article is analyzed again",
          path,
          mismatch);
      return Optional.empty();
    }
    return Optional.of(state);
  }

  /** What differs between {@code found} and the current article schema, or null if nothing. */
  static String mismatch(StructType found) {
    Map<String, String> types = new HashMap<>();
    for (StructField f : found.fields()) {
      types.put(f.name(), f.dataType().catalogString());
    }
    for (StructField f : Encoders.bean(AnalyzedArticle.class).schema().fields()) {
      String t = types.get(f.name());
      if (t == null) {
        return "no column " + f.name();
      }
      if (!t.equals(f.dataType().catalogString())) {
        return "column " + f.name() + " is " + t;
      }
    }
    return types.containsKey(Table.RUN_DATE) ? null : "no " + Table.RUN_DATE + " partitions";
  }

  /** The state rows of the run dates other than {@code excluded}. */
  static Dataset<Row> without(Dataset<Row> state, Collection<LocalDate> excluded) {
    if (excluded.isEmpty()) {
      return state;
    }
    Object[] dates = excluded.stream().map(Date::valueOf).toArray();
    return state.filter(not(col(Table.RUN_DATE).isin(dates)));
  }
}
