package com.mediaframing.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import com.mediaframing.output.StoryTableSchemas;
import com.mediaframing.output.Table;
import com.mediaframing.stories.StoryReport;
import com.mediaframing.stories.StoryReport.BlocCoverage;
import com.mediaframing.stories.StoryReport.ClaimDisagreement;
import com.mediaframing.stories.StoryReport.Disagreement;
import com.mediaframing.stories.StoryReport.StoryClaim;
import com.mediaframing.stories.StoryReport.StoryFact;
import com.mediaframing.stories.StoryReport.Summary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A story's {@link StoryReport} as one row of {@link #REPORTS}: its id, the report itself
 * (serialized for the few stories the HTML report gives a page, and read back for them; empty for
 * the others) and, for each story table, the story's rows of that table in the table's column order
 * (dates as ISO strings; the table writer casts them; lists as '|'-separated strings so the CSV and
 * Parquet files agree). A table is then one column of the cached reports, exploded ({@link #of}):
 * writing the seven tables does not deserialize every report seven times.
 */
final class StoryRows {
  /** The column of the serialized report. */
  static final String REPORT = "report";

  /** story_id, report (bytes), then one array of row structs per story table. */
  static final StructType REPORTS = reportsSchema();

  private StoryRows() {}

  private static StructType reportsSchema() {
    StructType s =
        new StructType()
            .add("story_id", DataTypes.StringType, false)
            .add(REPORT, DataTypes.BinaryType, false);
    for (Table t : StoryTableSchemas.REPORT_TABLES) {
      s = s.add(t.name(), DataTypes.createArrayType(StoryFunctions.rowSchema(t), false), false);
    }
    return s;
  }

  /** The rows of {@code table} (a story table) of every report. */
  static Dataset<Row> of(Dataset<Row> reports, Table table) {
    return reports.select(explode(col(table.name())).as("r")).select(col("r.*"));
  }

  /**
   * A report as a row of {@link #REPORTS}; the report itself is serialized only for a {@code page}
   * story (one the HTML report shows, {@link ReportStage#pageStories}).
   */
  static Row report(StoryReport r, boolean page) {
    List<Object> values = new ArrayList<>();
    values.add(r.summary().storyId());
    values.add(page ? serialize(r) : new byte[0]);
    for (Table t : StoryTableSchemas.REPORT_TABLES) {
      values.add(scala.jdk.javaapi.CollectionConverters.asScala(rows(r, t.name())).toSeq());
    }
    return RowFactory.create(values.toArray());
  }

  /** The report a row of {@link #REPORTS} holds. */
  static StoryReport report(Row row) {
    byte[] bytes = (byte[]) row.get(row.fieldIndex(REPORT));
    if (bytes.length == 0) {
      throw new IllegalStateException("only a page story keeps its report: " + row);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
      return (StoryReport) in.readObject();
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot read a story report back", e);
    }
  }

  private static byte[] serialize(StoryReport r) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The rows of story table {@code table} of one report. */
  static List<Row> rows(StoryReport r, String table) {
    Summary s = r.summary();
    String id = s.storyId();
    List<Row> rows = new ArrayList<>();
    if (table.equals(StoryTableSchemas.STORIES.name())) {
      rows.add(
          RowFactory.create(
              id,
              s.title(),
              s.firstPublished(),
              s.lastPublished(),
              s.nDocs(),
              s.nOutlets(),
              s.blocs().size(),
              String.join("|", s.blocs()),
              String.join("|", s.topActors()),
              String.join("|", s.topTerms())));
    } else if (table.equals(StoryTableSchemas.STORY_BLOC_COVERAGE.name())) {
      for (BlocCoverage c : r.coverage()) {
        rows.add(
            RowFactory.create(id, c.bloc(), c.nDocs(), c.share(), c.corpusShare(), c.blindspot()));
      }
    } else if (table.equals(StoryTableSchemas.STORY_FACTS.name())) {
      for (StoryFact f : r.facts()) {
        rows.add(
            RowFactory.create(
                id,
                f.type(),
                f.fact(),
                String.join("|", f.blocs()),
                f.nDocs(),
                f.sharedByAllBlocs(),
                f.blocOnly(),
                f.evidence()));
      }
    } else if (table.equals(StoryTableSchemas.STORY_DISAGREEMENTS.name())) {
      for (Disagreement d : r.disagreements()) {
        rows.add(
            RowFactory.create(
                id,
                d.actorId(),
                d.blocA(),
                d.blocB(),
                d.sentimentA(),
                d.sentimentB(),
                d.difference(),
                d.differenceLow(),
                d.differenceHigh(),
                d.nMentionsA(),
                d.nMentionsB(),
                d.nDocsA(),
                d.nDocsB(),
                d.significant(),
                d.evidence()));
      }
    } else if (table.equals(StoryTableSchemas.STORY_CLAIMS.name())) {
      for (StoryClaim c : r.claims()) {
        rows.add(
            RowFactory.create(
                id,
                c.claimId(),
                c.docId(),
                c.bloc(),
                c.sentenceIndex(),
                c.text(),
                c.similarity(),
                c.forward(),
                c.dates()));
      }
    } else if (table.equals(StoryTableSchemas.STORY_CLAIM_DISAGREEMENTS.name())) {
      for (ClaimDisagreement d : r.claimDisagreements()) {
        rows.add(
            RowFactory.create(
                id,
                d.claimId(),
                d.kind(),
                d.blocA(),
                d.blocB(),
                d.valueA(),
                d.valueB(),
                d.evidence()));
      }
    } else if (table.equals(StoryTableSchemas.STORY_NARRATIVES.name())) {
      if (r.markdown() != null) {
        rows.add(RowFactory.create(id, r.markdown()));
      }
    } else {
      throw new IllegalArgumentException("not a story table: " + table);
    }
    return rows;
  }
}
