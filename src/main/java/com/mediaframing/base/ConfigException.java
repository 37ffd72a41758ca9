package com.mediaframing.base;

/**
 * A problem with the job's configuration or arguments that the user can fix: a missing or malformed
 * dictionary file, an unknown option, a bad value. The message is one line that names the offending
 * file, line or value and says what to do; the CLI prints it and exits with code 2.
 */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
