package com.mediaframing.sentiment.train;

import com.mediaframing.base.ConfigException;

/**
 * A NewsMTSC file line that cannot be read; the message names the file, the line number and what is
 * wrong. The user fixes it by pointing at an intact file. Like all {@link ConfigException}s it is
 * reported by the CLI as one line with exit code 2.
 */
public final class NewsMtscFormatException extends ConfigException {
  private static final long serialVersionUID = 1L;

  public NewsMtscFormatException(String source, int line, String problem) {
    super(source + " line " + line + ": " + problem);
  }
}
