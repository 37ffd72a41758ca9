package com.mediaframing.cli;

import com.mediaframing.base.ConfigException;
import com.mediaframing.base.OptionValues;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options of {@code framing export}. The password is never an option: {@code --password-env}
 * names the environment variable that holds it, so it stays out of shell history, process lists and
 * logs. Immutable.
 */
record ExportOptions(
    String output, String jdbcUrl, String user, String passwordEnv, LocalDate runDate) {

  static final Map<String, String> OPTIONS = new LinkedHashMap<>();

  static {
    OPTIONS.put("--output", "DIR  the run's output folder (default output)");
    OPTIONS.put("--jdbc-url", "URL  target database, e.g. jdbc:postgresql://host:5432/db");
    OPTIONS.put("--user", "NAME  database user");
    OPTIONS.put("--password-env", "VAR  environment variable holding the password");
    OPTIONS.put("--run-date", "YYYY-MM-DD  run date to export under (default: the run's start)");
  }

  static ExportOptions parse(List<String> args) {
    Map<String, String> values = OptionValues.parse(args, OPTIONS, "export option");
    String url = values.get("--jdbc-url");
    if (url == null || !url.startsWith("jdbc:")) {
      throw new ConfigException(
          "export needs --jdbc-url jdbc:...; got "
              + (url == null ? "none" : "a URL not starting with jdbc:"));
    }
    LocalDate runDate = null;
    String d = values.get("--run-date");
    if (d != null) {
      try {
        runDate = LocalDate.parse(d);
      } catch (DateTimeParseException e) {
        throw new ConfigException("--run-date must be YYYY-MM-DD, got '" + d + "'");
      }
    }
    return new ExportOptions(
        values.getOrDefault("--output", "output"),
        url,
        values.get("--user"),
        values.get("--password-env"),
        runDate);
  }

  /** The password from the named environment variable, or null when none is named. */
  String password(Map<String, String> env) {
    if (passwordEnv == null) {
      return null;
    }
    String p = env.get(passwordEnv);
    if (p == null) {
      throw new ConfigException(
          "--password-env " + passwordEnv + ": the environment variable is not set");
    }
    return p;
  }
}
