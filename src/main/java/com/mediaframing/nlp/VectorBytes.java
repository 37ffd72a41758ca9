package com.mediaframing.nlp;

import com.mediaframing.base.Checksums;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * How the vector store writes a text's key and its vector: the key is the SHA-256 of the exact text
 * encoded (UTF-8, hex), the vector its float32 components in little-endian order (exact: a stored
 * vector equals the one the encoder gave, so a run that reads it decides as a run that encodes).
 * Stateless.
 */
public final class VectorBytes {
  private VectorBytes() {}

  /** The store key of {@code text}: SHA-256 of its UTF-8 bytes, 64 hex digits. */
  public static String key(String text) {
    return Checksums.sha256Hex(text.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code v} as 4 bytes per component, little-endian. */
  public static byte[] toBytes(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(v);
    return b.array();
  }

  /**
   * The vector written by {@link #toBytes}.
   *
   * @throws IllegalArgumentException when the length is not a whole number of floats
   */
  public static float[] fromBytes(byte[] bytes) {
    if (bytes.length % Float.BYTES != 0) {
      throw new IllegalArgumentException(
          "a stored vector has " + bytes.length + " bytes, not a multiple of 4");
    }
    float[] v = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
    return v;
  }
}
