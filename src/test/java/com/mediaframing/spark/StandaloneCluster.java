package com.mediaframing.spark;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Spark standalone cluster on 127.0.0.1 for tests: one Master and two Workers started as
 * separate JVMs from the project's own Maven classpath (laid out as a minimal SPARK_HOME with a
 * {@code jars/} folder, which is what Workers need to launch executors). {@link #close()} stops
 * every process it started, by process id, and is safe to call more than once.
 */
final class StandaloneCluster implements AutoCloseable {
  /** The JVM flags Spark 4 needs on Java 17, as the build defines them (pom: spark.jvm.flags). */
  static final String JVM_FLAGS = requiredProperty("framing.sparkJvmFlags");

  private static String requiredProperty(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " is not set: run this test through `mvn verify`");
    }
    return value.trim();
  }

  private final Path home;
  private final Path logs;
  private final List<Process> processes = new ArrayList<>();
  private final String masterUrl;

  /**
   * Starts the cluster.
   *
   * @param sparkJars the Spark jars (the project's provided-scope classpath)
   * @param work a scratch folder for SPARK_HOME, worker dirs and logs
   */
  StandaloneCluster(List<Path> sparkJars, Path work) throws IOException, InterruptedException {
    home = work.resolve("spark-home");
    logs = work.resolve("logs");
    Files.createDirectories(home.resolve("jars"));
    Files.createDirectories(logs);
    Files.writeString(home.resolve("RELEASE"), "Spark (jars from the project's Maven classpath)\n");
    for (Path jar : sparkJars) {
      Path link = home.resolve("jars").resolve(jar.getFileName());
      if (!Files.exists(link)) {
        Files.createSymbolicLink(link, jar.toAbsolutePath());
      }
    }
    int port = freePort();
    masterUrl = "spark://127.0.0.1:" + port;
    try {
      start(
          "master",
          List.of(
              "org.apache.spark.deploy.master.Master",
              "--host",
              "127.0.0.1",
              "--port",
              String.valueOf(port),
              "--webui-port",
              String.valueOf(freePort())));
      waitFor(logs.resolve("master.log"), "I have been elected leader", 60);
      for (int i = 1; i <= 2; i++) {
        start(
            "worker" + i,
            List.of(
                "org.apache.spark.deploy.worker.Worker",
                "--host",
                "127.0.0.1",
                "--cores",
                "1",
                "--memory",
                "2g",
                "--webui-port",
                String.valueOf(freePort()),
                "--work-dir",
                work.resolve("worker" + i).toString(),
                masterUrl));
      }
      waitForCount(logs.resolve("master.log"), "Registering worker", 2, 60);
    } catch (IOException | InterruptedException | RuntimeException e) {
      close();
      throw e;
    }
  }

  String masterUrl() {
    return masterUrl;
  }

  Path logs() {
    return logs;
  }

  /** Environment every cluster JVM (and spark-submit) needs. */
  Map<String, String> environment() {
    return Map.of(
        "SPARK_HOME", home.toString(),
        "SPARK_SCALA_VERSION", "2.13",
        "SPARK_LOCAL_IP", "127.0.0.1");
  }

  /** A java command line on the cluster's classpath with the JVM flags Spark needs. */
  List<String> java(String heap, List<String> classpathExtra, List<String> mainAndArgs) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heap);
    cmd.addAll(List.of(JVM_FLAGS.split("\\s+")));
    cmd.add("-cp");
    List<String> cp = new ArrayList<>(classpathExtra);
    cp.add(home.resolve("jars") + File.separator + "*");
    cmd.add(String.join(File.pathSeparator, cp));
    cmd.addAll(mainAndArgs);
    return cmd;
  }

  private void start(String name, List<String> mainAndArgs) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(java("512m", List.of(), mainAndArgs));
    pb.environment().putAll(environment());
    pb.redirectErrorStream(true);
    pb.redirectOutput(logs.resolve(name + ".log").toFile());
    processes.add(pb.start());
  }

  private static void waitFor(Path log, String text, int seconds)
      throws IOException, InterruptedException {
    waitForCount(log, text, 1, seconds);
  }

  private static void waitForCount(Path log, String text, int count, int seconds)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (Files.exists(log)) {
        String s = Files.readString(log);
        int n = 0;
        for (int i = s.indexOf(text); i >= 0; i = s.indexOf(text, i + 1)) {
          n++;
        }
        if (n >= count) {
          return;
        }
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "cluster did not come up: '"
            + text
            + "' x"
            + count
            + " not in "
            + log
            + " after "
            + seconds
            + " s");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Stops every process this cluster started (workers first), by process id. */
  @Override
  public void close() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      ProcessHandle h = processes.get(i).toHandle();
      h.descendants().forEach(ProcessHandle::destroyForcibly);
      h.destroy();
      try {
        if (!processes.get(i).waitFor(10, TimeUnit.SECONDS)) {
          h.destroyForcibly();
        }
      } catch (InterruptedException e) {
        h.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    processes.clear();
    removeJarLinks();
  }

  /** The jar links point into ~/.m2; remove them so scratch-folder cleanup never follows them. */
  private void removeJarLinks() {
    try (var links = Files.list(home.resolve("jars"))) {
      for (Path link : (Iterable<Path>) links::iterator) {
        Files.deleteIfExists(link);
      }
    } catch (IOException e) {
      // best effort: the scratch folder is temporary anyway
    }
  }
}
