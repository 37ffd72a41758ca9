package com.mediaframing.base;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * Checks shared by the project's own binary files (the word vector table, the target sentiment
 * model): they start with a magic string written by {@link java.io.DataOutputStream#writeUTF}, have
 * nothing after their last field, and a file whose fields fail the reader's checks is a bad file
 * ({@link IOException}), not a bug. Stateless.
 */
public final class BinaryFiles {
  private BinaryFiles() {}

  /** Whether the stream starts with {@code magic}; false too when its start is no such string. */
  public static boolean startsWith(DataInputStream in, String magic) {
    try {
      return magic.equals(in.readUTF());
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Fails unless the stream is at its end.
   *
   * @param what how the message calls the file's contents, e.g. {@code "the model"}
   */
  public static void requireEnd(DataInputStream in, String what) throws IOException {
    if (in.read() != -1) {
      throw new IOException("unexpected bytes after " + what);
    }
  }

  /** Builds what was read; an {@link IllegalArgumentException} of its checks is an IOException. */
  public static <T> T build(Supplier<T> constructor) throws IOException {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
