package com.mediaframing.base;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads {@code --name value} and {@code --name=value} options against a table of known names, for
 * every command of the CLI. Unknown options, missing values and repeated options are {@link
 * ConfigException}s that name the option. Stateless.
 */
public final class OptionValues {
  private OptionValues() {}

  /**
   * @param known option names (with their help text) the command accepts
   * @param what how the error message calls these options, e.g. {@code "option"} or {@code "export
   *     option"}
   * @return the values given, by option name, in command-line order
   */
  public static Map<String, String> parse(
      List<String> args, Map<String, String> known, String what) {
    return parse(args, known, Set.of(), what);
  }

  /**
   * As {@link #parse(List, Map, String)}, where the options in {@code flags} take no value: given,
   * they map to {@code "true"}.
   */
  public static Map<String, String> parse(
      List<String> args, Map<String, String> known, Set<String> flags, String what) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String name = a;
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      if (!known.containsKey(name)) {
        throw new ConfigException(
            "unknown "
                + what
                + " '"
                + name
                + "'; options are "
                + String.join(", ", known.keySet()));
      }
      if (flags.contains(name)) {
        if (value != null) {
          throw new ConfigException("option " + name + " takes no value, got '" + value + "'");
        }
        value = "true";
      } else if (value == null) {
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
          throw new ConfigException("option " + name + " needs a value");
        }
        value = args.get(++i);
      }
      if (values.put(name, value) != null) {
        throw new ConfigException("option " + name + " is given twice");
      }
    }
    return values;
  }

  /**
   * The whole number given for {@code name}, or {@code dflt}; a value that is not a number {@code
   * >= 0} is a {@link ConfigException} naming the option.
   */
  public static int nonNegativeInt(Map<String, String> values, String name, int dflt) {
    return number(values, name, dflt, Integer::valueOf, v -> v >= 0, "a whole number >= 0");
  }

  /** As {@link #nonNegativeInt}, and 0 is an error too. */
  public static int positiveInt(Map<String, String> values, String name, int dflt) {
    int v = nonNegativeInt(values, name, dflt);
    if (v == 0) {
      throw new ConfigException(name + " must be a positive whole number, got 0");
    }
    return v;
  }

  /** The number above 0 given for {@code name}, or {@code dflt}; anything else is an error. */
  public static double positiveNumber(Map<String, String> values, String name, double dflt) {
    return number(
        values, name, dflt, Double::valueOf, v -> v > 0 && Double.isFinite(v), "a number above 0");
  }

  /** The number in [0, 1] given for {@code name} (a share), or {@code dflt}. */
  public static double share(Map<String, String> values, String name, double dflt) {
    return number(
        values, name, dflt, Double::valueOf, v -> v >= 0 && v <= 1, "a number between 0 and 1");
  }

  /**
   * The value of {@code name} parsed and checked, or {@code dflt} when absent; an unparsable or
   * rejected value is a {@link ConfigException}: "NAME must be REQUIREMENT, got 'VALUE'".
   */
  private static <T> T number(
      Map<String, String> values,
      String name,
      T dflt,
      Function<String, T> parse,
      Predicate<T> accepted,
      String requirement) {
    String s = values.get(name);
    if (s == null) {
      return dflt;
    }
    T v;
    try {
      v = parse.apply(s.trim());
    } catch (NumberFormatException e) {
      v = null;
    }
    if (v == null || !accepted.test(v)) {
      throw new ConfigException(name + " must be " + requirement + ", got '" + s + "'");
    }
    return v;
  }
}
