package com.mediaframing.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application version, from the {@code app.properties} Maven writes at build time. */
public final class AppVersion {
  private AppVersion() {}

  public static String get() {
    try (InputStream in =
        AppVersion.class.getResourceAsStream("/com/mediaframing/app.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("app.version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
