package com.mediaframing.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Submits the application jar to a real Spark standalone cluster (a Master and two Workers on
 * 127.0.0.1) through Spark's own submit path, {@code org.apache.spark.deploy.SparkSubmit}, and
 * checks that every table equals the one a local run writes for the same input.
 */
class ClusterIT {
  /** Jars the application jar bundles itself; the cluster must not provide them. */
  private static final List<String> BUNDLED = List.of("opennlp", "commons-csv", "vader-sentiment");

  @TempDir Path tmp;

  @Test
  void clusterRunWritesTheSameTablesAsALocalRun() throws Exception {
    Path appJar = Path.of("target/media-framing-" + AppVersion.get() + ".jar");
    assertTrue(Files.isRegularFile(appJar), appJar + " missing: run through `mvn verify`");
    List<Path> sparkJars = new ArrayList<>();
    for (String entry : Files.readString(Path.of("target/classpath.txt")).trim().split(":")) {
      if (BUNDLED.stream().noneMatch(entry::contains)) {
        sparkJars.add(Path.of(entry));
      }
    }
    String clusterOut = tmp.resolve("cluster-out").toString();
    try (StandaloneCluster cluster = new StandaloneCluster(sparkJars, tmp.resolve("cluster"))) {
      List<String> submit =
          cluster.java(
              "1g",
              List.of(),
              List.of(
                  "org.apache.spark.deploy.SparkSubmit",
                  "--master",
                  cluster.masterUrl(),
                  "--class",
                  "com.mediaframing.cli.FramingCli",
                  "--conf",
                  "spark.executor.memory=1g",
                  "--conf",
                  "spark.executor.cores=1",
                  "--conf",
                  "spark.executor.extraJavaOptions=" + StandaloneCluster.JVM_FLAGS,
                  "--conf",
                  "spark.driver.host=127.0.0.1",
                  appJar.toString(),
                  "run",
                  "--input",
                  "seeds",
                  "--output",
                  clusterOut,
                  "--run-date",
                  "2025-03-20"));
      ProcessBuilder pb = new ProcessBuilder(submit);
      pb.environment().putAll(cluster.environment());
      pb.redirectErrorStream(true);
      Path log = cluster.logs().resolve("submit.log");
      pb.redirectOutput(log.toFile());
      Process p = pb.start();
      try {
        // A budget, not a speed check: the seeds run on one-core executors now also loads the
        // sentence encoder in each JVM; 5 minutes ran out on a loaded 2-core machine.
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "spark-submit did not finish in 10 minutes");
      } finally {
        p.toHandle().destroyForcibly();
      }
      String output = Files.readString(log);
      assertEquals(0, p.exitValue(), "spark-submit failed:\n" + tail(output));
      assertTrue(output.contains("master " + cluster.masterUrl()), tail(output));
    }

    String localOut = tmp.resolve("local-out").toString();
    SeedsRun.run(
        SparkTestSession.get(),
        "--input",
        "seeds",
        "--output",
        localOut,
        "--run-date",
        "2025-03-20");
    SeedsRun.assertSameTables(
        Path.of(localOut), Path.of(clusterOut), "between local and cluster runs");
  }

  private static String tail(String s) {
    List<String> lines = Arrays.asList(s.split("\n"));
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }
}
