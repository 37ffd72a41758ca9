package com.mediaframing.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class WarehouseExportTest {
  @Test
  void urlSecretsAreRedacted() {
    assertEquals(
        "jdbc:postgresql://db:5432/bi?user=me&password=***&ssl=true",
        WarehouseExport.redact("jdbc:postgresql://db:5432/bi?user=me&password=s3cret&ssl=true"));
    assertEquals(
        "jdbc:postgresql://***@db/bi", WarehouseExport.redact("jdbc:postgresql://me:s3cret@db/bi"));
    assertEquals(
        "jdbc:sqlserver://db;user=me;password=***",
        WarehouseExport.redact("jdbc:sqlserver://db;user=me;password=s3cret"));
  }

  @Test
  void targetAndMessagesNeverShowThePassword() {
    var t = new WarehouseExport.Target("jdbc:postgresql://db/bi?password=s3cret", "me", "s3cret");
    assertEquals("jdbc:postgresql://db/bi?password=*** as me", t.toString());
    String m =
        WarehouseExport.clean(
            "FATAL: bad password s3cret for jdbc:postgresql://db/bi?password=s3cret\nmore", t);
    assertFalse(m.contains("s3cret"), m);
    assertFalse(m.contains("more"), m);
  }

  @Test
  void everyColumnHasAnSqlType() {
    for (Table t : WarehouseExport.tables()) {
      for (Table.Column c : t.columns()) {
        assertFalse(c.sqlType().isEmpty(), t.name() + "." + c.name());
      }
    }
  }
}
