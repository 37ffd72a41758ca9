package com.mediaframing.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VectorBytesTest {
  @Test
  void vectorsRoundTripBitForBit() {
    float[] v = {0.1f, -2.5e-7f, Float.MIN_VALUE, 1f, -0f};
    byte[] b = VectorBytes.toBytes(v);
    assertEquals(20, b.length);
    assertArrayEquals(v, VectorBytes.fromBytes(b));
    assertThrows(IllegalArgumentException.class, () -> VectorBytes.fromBytes(new byte[5]));
  }

  @Test
  void keysAreTheSha256OfTheExactText() {
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", VectorBytes.key(""));
    assertNotEquals(VectorBytes.key("Lavrov"), VectorBytes.key("Lavrov "));
    assertEquals(64, VectorBytes.key("Лавров").length());
  }

  @Test
  void theBundledEncodersHaveDistinctFingerprintsAndKnownNames() {
    assertEquals(BundledEncoder.MINILM, BundledEncoder.of("minilm"));
    assertEquals(BundledEncoder.BGE_SMALL, BundledEncoder.of("bge-small-en-v1.5-q"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BundledEncoder.of("e5"));
    assertTrue(e.getMessage().contains("minilm, bge-small"), e.getMessage());
    String fp = OnnxSentenceEncoder.minilm().fingerprint();
    assertTrue(fp.startsWith("all-minilm-l6-v2-q-") && fp.endsWith("-mean256"), fp);
  }
}
