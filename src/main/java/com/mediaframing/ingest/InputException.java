package com.mediaframing.ingest;

/**
 * The input as a whole cannot be read: the path does not exist, its format is not recognized, or a
 * manifest is unreadable. One line naming the path; the CLI exits with code 3. Problems with single
 * records are never thrown: they become rows of the {@code rejects} table.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
