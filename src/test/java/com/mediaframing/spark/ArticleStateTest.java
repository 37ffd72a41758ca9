package com.mediaframing.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.mediaframing.analysis.AnalyzedArticle;
import java.util.Arrays;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class ArticleStateTest {
  private static final StructType ARTICLE = Encoders.bean(AnalyzedArticle.class).schema();

  @Test
  void stateWrittenWithTheCurrentArticleSchemaIsReadable() {
    assertNull(ArticleState.mismatch(ARTICLE.add("run_date", DataTypes.DateType)));
  }

  @Test
  void stateOfAnotherVersionIsRecognized() {
    StructType withoutFacts =
        new StructType(
            Arrays.stream(ARTICLE.fields())
                .filter(f -> !f.name().equals("facts"))
                .toArray(StructField[]::new));
    assertEquals(
        "no column facts", ArticleState.mismatch(withoutFacts.add("run_date", DataTypes.DateType)));
    StructType retyped =
        new StructType(
            Arrays.stream(ARTICLE.fields())
                .map(
                    f ->
                        f.name().equals("record")
                            ? new StructField("record", DataTypes.StringType, true, f.metadata())
                            : f)
                .toArray(StructField[]::new));
    assertEquals(
        "column record is string",
        ArticleState.mismatch(retyped.add("run_date", DataTypes.DateType)));
    assertEquals("no run_date partitions", ArticleState.mismatch(ARTICLE));
  }
}
