package com.mediaframing.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The framing CLI in a JVM of its own, on the build's classes, as the launcher starts it. */
final class JobProcess {
  private JobProcess() {}

  /**
   * Starts {@code FramingCli} with the JVM options {@code jvm} (a heap, say), Spark's module flags
   * and {@code args}, its output and errors to {@code log}.
   */
  static Process start(Path log, List<String> jvm, List<String> args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvm);
    cmd.addAll(List.of(StandaloneCluster.JVM_FLAGS.split("\\s+")));
    cmd.addAll(
        List.of(
            "-cp",
            "target/classes:" + Files.readString(Path.of("target/classpath.txt")).trim(),
            "com.mediaframing.cli.FramingCli"));
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.redirectErrorStream(true);
    pb.redirectOutput(log.toFile());
    return pb.start();
  }
}
