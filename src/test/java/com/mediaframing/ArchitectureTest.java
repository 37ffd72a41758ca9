package com.mediaframing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.cli.FramingCli;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of {@code src/main} import only downward, by the layers below: a package may use
 * packages of lower layers, never one of its own layer or above, so no two packages import each
 * other. Read from the compiled classes (every class named in a class file's constant pool: field,
 * method and signature types, calls, constants), so Javadoc-only references do not count. A new
 * package must be given a layer here.
 */
class ArchitectureTest {
  /** Lowest first. Packages of one layer are independent of each other. */
  static final List<Set<String>> LAYERS =
      List.of(
          Set.of("base"),
          Set.of("nlp"),
          Set.of("actors", "clean", "topics", "sentiment", "ingest", "metrics"),
          Set.of("quotes"),
          Set.of("sentiment.train", "analysis", "quotes.eval"),
          Set.of("stories"),
          Set.of("config", "output"),
          Set.of("spark"),
          Set.of("cli", "bench"));

  private static final String ROOT = "com/mediaframing/";
  private static final Pattern CLASS_NAME =
      Pattern.compile(Pattern.quote(ROOT) + "((?:[a-z][a-z0-9_]*/)*)[A-Z]");

  @Test
  void packagesImportOnlyDownward() throws Exception {
    Map<String, Set<String>> uses = packageDependencies(mainClasses());
    assertTrue(uses.keySet().containsAll(Set.of("base", "spark", "cli")), uses.keySet().toString());
    List<String> violations = violations(uses);
    assertEquals(List.of(), violations, "upward or sideways imports");
  }

  @Test
  void aSidewaysOrUpwardImportIsCaught() {
    Map<String, Set<String>> uses = new TreeMap<>();
    uses.put("base", Set.of("nlp"));
    uses.put("analysis", Set.of("stories", "actors"));
    uses.put("stories", Set.of("analysis"));
    uses.put("actors", Set.of("topics"));
    uses.put("unlayered", Set.of("base"));
    assertEquals(
        List.of(
            "actors -> topics (layer 2 -> 2)",
            "analysis -> stories (layer 4 -> 5)",
            "base -> nlp (layer 0 -> 1)",
            "package unlayered has no layer in ArchitectureTest.LAYERS"),
        violations(uses));
  }

  static List<String> violations(Map<String, Set<String>> uses) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : new TreeMap<>(uses).entrySet()) {
      int from = layerOf(e.getKey());
      if (from < 0) {
        out.add("package " + e.getKey() + " has no layer in ArchitectureTest.LAYERS");
        continue;
      }
      for (String to : new TreeSet<>(e.getValue())) {
        int target = layerOf(to);
        if (target < 0) {
          out.add("package " + to + " has no layer in ArchitectureTest.LAYERS");
        } else if (target >= from) {
          out.add(e.getKey() + " -> " + to + " (layer " + from + " -> " + target + ")");
        }
      }
    }
    return out;
  }

  private static int layerOf(String pkg) {
    for (int i = 0; i < LAYERS.size(); i++) {
      if (LAYERS.get(i).contains(pkg)) {
        return i;
      }
    }
    return -1;
  }

  private static Path mainClasses() throws URISyntaxException {
    return Path.of(FramingCli.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** Package (relative to com.mediaframing, dotted) to the other packages its classes name. */
  static Map<String, Set<String>> packageDependencies(Path classes) throws IOException {
    Map<String, Set<String>> uses = new TreeMap<>();
    Path root = classes.resolve(ROOT);
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String pkg = root.relativize(f.getParent()).toString().replace('/', '.');
        Set<String> used = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
        for (String s : constantStrings(f)) {
          Matcher m = CLASS_NAME.matcher(s);
          while (m.find()) {
            String other = m.group(1).isEmpty() ? "" : m.group(1).replaceAll("/$", "");
            String dotted = other.replace('/', '.');
            if (!dotted.isEmpty() && !dotted.equals(pkg)) {
              used.add(dotted);
            }
          }
        }
      }
    }
    return uses;
  }

  /** The UTF-8 entries of a class file's constant pool. */
  private static List<String> constantStrings(Path classFile) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(classFile);
        DataInputStream in = new DataInputStream(raw)) {
      if (in.readInt() != 0xCAFEBABE) {
        throw new IOException(classFile + " is not a class file");
      }
      in.readUnsignedShort(); // minor
      in.readUnsignedShort(); // major
      int count = in.readUnsignedShort();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> out.add(in.readUTF());
          case 7, 8, 16, 19, 20 -> in.skipBytes(2);
          case 15 -> in.skipBytes(3);
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
          case 5, 6 -> {
            in.skipBytes(8);
            i++; // takes two entries
          }
          default -> throw new IOException(classFile + ": unknown constant pool tag " + tag);
        }
      }
    }
    return out;
  }
}
