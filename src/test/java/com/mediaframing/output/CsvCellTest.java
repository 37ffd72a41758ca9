package com.mediaframing.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CsvCellTest {
  @Test
  void escapesFormulaTextButNotNumbers() {
    assertEquals("'=HYPERLINK(\"x\")", CsvCell.format("=HYPERLINK(\"x\")"));
    assertEquals("'+1", CsvCell.format("+1"));
    assertEquals("'-2 dead", CsvCell.format("-2 dead"));
    assertEquals("'@SUM(A1)", CsvCell.format("@SUM(A1)"));
    assertEquals("Lavrov", CsvCell.format("Lavrov"));
    assertEquals("-0.25", CsvCell.format(-0.25));
    assertEquals("-3", CsvCell.format(-3L));
  }

  @Test
  void formatsNumbersAndDatesPlainly() {
    assertEquals("0.00001", CsvCell.format(1.0e-5));
    assertEquals("0.333333", CsvCell.format(1.0 / 3));
    assertEquals("2025-03-15", CsvCell.format(Date.valueOf(LocalDate.of(2025, 3, 15))));
    assertEquals("", CsvCell.format(null));
    assertEquals("", CsvCell.format(Double.NaN));
  }
}
