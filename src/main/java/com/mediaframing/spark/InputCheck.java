package com.mediaframing.spark;

import static org.apache.spark.sql.functions.col;

import com.mediaframing.config.JobConfig;
import com.mediaframing.ingest.ArticleSource;
import com.mediaframing.ingest.RawArticle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What {@code framing validate} reports: reads the input and applies the same record checks as the
 * job (format, fields, dates, sizes, declared languages, duplicate ids) without tagging anything,
 * so a scheduler can check a delivery in seconds before the nightly run. Language detection and
 * boilerplate-only texts are only found by the job itself.
 */
public final class InputCheck {
  private InputCheck() {}

  /** Counts of a checked input: records read, accepted, and rejected per reason. */
  public record Result(long nInput, long nAccepted, Map<String, Long> rejectedByReason) {}

  public static Result run(SparkSession spark, JobConfig config) {
    Dataset<RawArticle> validated =
        ArticleSource.read(spark, config.input())
            .map(
                new ValidateArticles(config.validator(), config.dictionaries().outlets()),
                Encoders.bean(RawArticle.class))
            .persist(CacheLevel.of(spark));
    long n = validated.count();
    Map<String, Long> reasons = new LinkedHashMap<>();
    List<Row> rows =
        validated
            .filter(col("reason").isNotNull())
            .groupBy("reason")
            .count()
            .orderBy("reason")
            .collectAsList();
    for (Row r : rows) {
      reasons.put(r.getString(0), r.getLong(1));
    }
    long duplicates =
        validated
            .filter(col("reason").isNull())
            .groupBy("id")
            .count()
            .filter(col("count").gt(1))
            .selectExpr("coalesce(sum(count - 1), 0)")
            .first()
            .getLong(0);
    if (duplicates > 0) {
      reasons.put("duplicate_id", duplicates);
    }
    long rejected = reasons.values().stream().mapToLong(Long::longValue).sum();
    validated.unpersist();
    return new Result(n, n - rejected, reasons);
  }
}
