package com.mediaframing.spark;

import static org.apache.spark.sql.functions.col;

import com.mediaframing.clean.TextCopies;
import com.mediaframing.config.JobConfig;
import com.mediaframing.ingest.ArticleSource;
import com.mediaframing.ingest.ArticleValidator;
import com.mediaframing.ingest.OutletDirectory;
import com.mediaframing.ingest.RawArticle;
import com.mediaframing.ingest.RejectReason;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job's first stage: reads the input, validates every record and resolves its bloc ({@link
 * ValidateArticles}), rejects later copies of a duplicated id and warns about outlets without a
 * bloc. Benchmarks that need the job's accepted articles call it too.
 */
public final class ReadStage {
  // The job's log: the stages' messages read as one run.
  private static final Logger LOG = LoggerFactory.getLogger(FramingJob.class);
  static final Encoder<RawArticle> RAW = Encoders.bean(RawArticle.class);

  /**
   * The read input.
   *
   * @param validated every record, rejected ones marked with their reason (persisted: {@link
   *     #unpersist} it when done)
   * @param marked {@code validated} with duplicate ids marked as rejected too
   * @param accepted the records of {@code marked} that are not rejected, each marked with its copy
   *     status ({@link SyndicatedCopies})
   * @param nInput the number of records read
   */
  public record Input(
      Dataset<RawArticle> validated,
      Dataset<RawArticle> marked,
      Dataset<RawArticle> accepted,
      long nInput) {
    /** Releases the cached records. */
    public void unpersist() {
      validated.unpersist();
    }
  }

  private ReadStage() {}

  /** Reads and checks {@code config}'s input. */
  public static Input read(SparkSession spark, JobConfig config) {
    Dataset<RawArticle> raw = ArticleSource.read(spark, config.input());
    ArticleValidator validator = config.validator();
    OutletDirectory outlets = config.dictionaries().outlets();
    Dataset<RawArticle> validated =
        raw.map(new ValidateArticles(validator, outlets), RAW).persist(CacheLevel.of(spark));
    long nInput = validated.count();
    Dataset<RawArticle> marked = markDuplicates(spark, validated);
    Dataset<RawArticle> accepted = marked.filter(col("reason").isNull());
    Map<String, TextCopies.Copy> copies = SyndicatedCopies.find(accepted);
    LOG.info(
        "copies: {} articles are copies of an earlier one",
        copies.values().stream().filter(c -> c.duplicateOf() != null).count());
    accepted = SyndicatedCopies.mark(spark, accepted, copies);
    warnUnassignedBlocs(accepted);
    return new Input(validated, marked, accepted, nInput);
  }

  /**
   * Rejects every record whose id an earlier record (by source, then record number) already has.
   */
  private static Dataset<RawArticle> markDuplicates(
      SparkSession spark, Dataset<RawArticle> validated) {
    List<Row> dups =
        validated
            .filter(col("reason").isNull())
            .groupBy("id")
            .agg(
                functions.count(functions.lit(1)).as("n"),
                functions.min(functions.struct(col("source"), col("record"))).as("first"))
            .filter(col("n").gt(1))
            .select(col("id"), col("first.source"), col("first.record"))
            .collectAsList();
    if (dups.isEmpty()) {
      return validated;
    }
    Map<String, String> first = new HashMap<>();
    for (Row r : dups) {
      first.put(r.getString(0), r.getString(1) + ":" + r.getLong(2));
    }
    LOG.warn(
        "{} ids occur more than once; later copies go to rejects as duplicate_id", first.size());
    Broadcast<Map<String, String>> bc =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(first);
    return validated.map(new MarkDuplicate(bc), RAW);
  }

  /** Marks later copies of a duplicated id as rejected. */
  static final class MarkDuplicate implements MapFunction<RawArticle, RawArticle> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<Map<String, String>> first;

    MarkDuplicate(Broadcast<Map<String, String>> first) {
      this.first = first;
    }

    @Override
    public RawArticle call(RawArticle a) {
      String kept = a.getReason() == null ? first.value().get(a.getId()) : null;
      if (kept != null && !kept.equals(a.location())) {
        a.reject(RejectReason.DUPLICATE_ID, "id '" + a.getId() + "' first seen at " + kept);
      }
      return a;
    }
  }

  private static void warnUnassignedBlocs(Dataset<RawArticle> accepted) {
    List<Row> unassigned =
        accepted
            .filter(col("bloc").equalTo(OutletDirectory.UNASSIGNED))
            .groupBy("outlet")
            .count()
            .orderBy("outlet")
            .collectAsList();
    for (Row r : unassigned) {
      LOG.warn(
          "outlet '{}' ({} articles) has no bloc in the outlets file or the input; its bloc is '{}'",
          r.getString(0),
          r.getLong(1),
          OutletDirectory.UNASSIGNED);
    }
  }
}
