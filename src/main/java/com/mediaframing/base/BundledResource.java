package com.mediaframing.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads a file the jar ships (a model, a lexicon, a table) from the classpath with the caller's
 * parser. A missing resource is an {@link IllegalStateException} and an unreadable one an {@link
 * UncheckedIOException}, both naming what it is: a broken build, not bad user input. Stateless.
 */
public final class BundledResource {
  private BundledResource() {}

  /** Reads one resource; the parser gets the stream and need not close it. */
  @FunctionalInterface
  public interface Parser<T> {
    T parse(InputStream in) throws IOException;
  }

  /**
   * @param what how messages call the resource, e.g. {@code "word cluster table"}
   */
  public static <T> T load(String resource, String what, Parser<T> parser) {
    InputStream in = BundledResource.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(what + " " + resource + " is not on the classpath");
    }
    try (in) {
      return parser.parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the " + what + " " + resource, e);
    }
  }
}
