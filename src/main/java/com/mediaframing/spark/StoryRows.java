package com.mediaframing.spark;

import com.mediaframing.output.StoryTableSchemas;
import com.mediaframing.output.Table;
import com.mediaframing.stories.StoryReport;
import com.mediaframing.stories.StoryReport.BlocCoverage;
import com.mediaframing.stories.StoryReport.ClaimDisagreement;
import com.mediaframing.stories.StoryReport.Disagreement;
import com.mediaframing.stories.StoryReport.StoryClaim;
import com.mediaframing.stories.StoryReport.StoryFact;
import com.mediaframing.stories.StoryReport.Summary;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Turns {@link StoryReport}s into the rows of one story table, in the table's column order (dates
 * as ISO strings; the table writer casts them). Lists become '|'-separated strings so the CSV and
 * Parquet files agree.
 */
final class StoryRows implements FlatMapFunction<StoryReport, Row> {
  private static final long serialVersionUID = 1L;
  private final String table;

  private StoryRows(String table) {
    this.table = table;
  }

  static Dataset<Row> of(Dataset<StoryReport> reports, Table table) {
    return reports.flatMap(new StoryRows(table.name()), Encoders.row(StoryStage.rowSchema(table)));
  }

  @Override
  public Iterator<Row> call(StoryReport r) {
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
    return rows.iterator();
  }
}
