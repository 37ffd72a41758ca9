package com.mediaframing.base;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a byte array or of input hashed in parts, raw or as lower-case hex: what identifies a
 * model, a vector table or a configuration in manifests and model cards, and what {@code DevSplit}
 * hashes ids with. Every JVM has SHA-256, so its absence is an {@link IllegalStateException}.
 * Stateless and thread-safe.
 */
public final class Checksums {
  private Checksums() {}

  /** The 32-byte SHA-256 digest of {@code bytes}. */
  public static byte[] sha256(byte[] bytes) {
    return newSha256().digest(bytes);
  }

  /** A fresh SHA-256 digest, for input hashed in parts ({@link #hex} finishes it). */
  public static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  /** Completes {@code digest} and gives the result in lower-case hex. */
  public static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The SHA-256 digest of {@code bytes} in lower-case hex (64 characters). */
  public static String sha256Hex(byte[] bytes) {
    return HexFormat.of().formatHex(sha256(bytes));
  }

  /**
   * The first 12 hex digits of a digest (all of it when shorter): how scorer ids and messages name
   * a model or a vector table.
   */
  public static String abbreviate(String hex) {
    return hex.substring(0, Math.min(12, hex.length()));
  }
}
