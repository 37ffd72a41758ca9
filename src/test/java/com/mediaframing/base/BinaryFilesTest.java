package com.mediaframing.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class BinaryFilesTest {
  private static DataInputStream file(String magic, int trailing) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeUTF(magic);
    for (int i = 0; i < trailing; i++) {
      out.writeByte(i);
    }
    return new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
  }

  @Test
  void recognisesTheMagicStringAndNothingElse() throws IOException {
    assertTrue(BinaryFiles.startsWith(file("format 1", 0), "format 1"));
    assertFalse(BinaryFiles.startsWith(file("format 2", 0), "format 1"));
    DataInputStream notUtf = new DataInputStream(new ByteArrayInputStream(new byte[] {0, 9, 1}));
    assertFalse(BinaryFiles.startsWith(notUtf, "format 1"), "too short to be the string");
  }

  @Test
  void refusesTrailingBytes() throws IOException {
    DataInputStream exact = file("f", 0);
    BinaryFiles.startsWith(exact, "f");
    BinaryFiles.requireEnd(exact, "the table");
    DataInputStream longer = file("f", 2);
    BinaryFiles.startsWith(longer, "f");
    IOException e =
        assertThrows(IOException.class, () -> BinaryFiles.requireEnd(longer, "the table"));
    assertEquals("unexpected bytes after the table", e.getMessage());
  }

  @Test
  void failedChecksOfWhatWasReadAreABadFile() throws IOException {
    assertEquals("ok", BinaryFiles.build(() -> "ok"));
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                BinaryFiles.build(
                    () -> {
                      throw new IllegalArgumentException("3 weights for 2 features");
                    }));
    assertEquals("3 weights for 2 features", e.getMessage());
  }
}
