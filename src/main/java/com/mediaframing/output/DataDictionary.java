package com.mediaframing.output;

import java.util.Locale;

/**
 * Renders the data dictionary ({@code docs/tables.md}) from the table contracts in {@link Tables},
 * so the documentation cannot drift from the code: a test compares the file with this rendering.
 */
public final class DataDictionary {
  private DataDictionary() {}

  public static String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Tables\n\n")
        .append("Generated from `com.mediaframing.output.Tables` by `bin/framing dictionary`; ")
        .append("a test fails when this file is stale.\n\n")
        .append("Every table is written as `DIR/parquet/<table>/` and `DIR/csv/<table>.csv`, ")
        .append("rows sorted by the keys given.\n");
    for (Table t : Tables.ALL) {
      sb.append("\n## ").append(t.name()).append("\n\n");
      sb.append("Sorted by: ").append(String.join(", ", t.sortKeys())).append("\n\n");
      sb.append("| column | type | meaning |\n| --- | --- | --- |\n");
      for (Table.Column c : t.columns()) {
        sb.append("| ")
            .append(c.name())
            .append(" | ")
            .append(c.type().simpleString().toLowerCase(Locale.ROOT))
            .append(" | ")
            .append(c.description().replace("|", "\\|"))
            .append(" |\n");
      }
    }
    return sb.toString();
  }
}
