package com.mediaframing.config;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a byte array, raw or as lower-case hex: what identifies a model, a vector table or a
 * configuration in manifests and model cards, and what {@code DevSplit} hashes ids with. Every JVM
 * has SHA-256, so its absence is an {@link IllegalStateException}. Stateless and thread-safe.
 */
public final class Checksums {
  private Checksums() {}

  /** The 32-byte SHA-256 digest of {@code bytes}. */
  public static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  /** The SHA-256 digest of {@code bytes} in lower-case hex (64 characters). */
  public static String sha256Hex(byte[] bytes) {
    return HexFormat.of().formatHex(sha256(bytes));
  }
}
