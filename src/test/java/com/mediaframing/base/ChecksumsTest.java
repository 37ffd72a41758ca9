package com.mediaframing.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class ChecksumsTest {
  @Test
  void theStandardTestVector() {
    byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        Checksums.sha256Hex(abc));
    assertEquals(32, Checksums.sha256(abc).length);
    assertEquals((byte) 0xba, Checksums.sha256(abc)[0]);
  }

  @Test
  void anAbbreviationIsTheFirstTwelveHexDigits() {
    assertEquals(
        "ba7816bf8f01",
        Checksums.abbreviate(Checksums.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII))));
    assertEquals("ba7816", Checksums.abbreviate("ba7816"));
  }

  @Test
  void aDigestFedInPartsEqualsTheDigestOfTheWhole() {
    MessageDigest parts = Checksums.newSha256();
    parts.update("a".getBytes(StandardCharsets.US_ASCII));
    parts.update("bc".getBytes(StandardCharsets.US_ASCII));
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Checksums.hex(parts));
  }
}
