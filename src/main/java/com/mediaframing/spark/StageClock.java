package com.mediaframing.spark;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;

/**
 * Wall and CPU time of the job's stages: each {@link #end} closes the stage that began at the
 * previous one (or at {@link #start}), logs it and keeps it, in order, for the {@link RunSummary}.
 * The CPU time is this JVM's, all its threads: on an embedded Spark that is the driver and the
 * executors together, the whole cost of the stage; under spark-submit on a cluster it is the
 * driver's share only. Not thread-safe; the driver's.
 */
final class StageClock {
  private final Logger log;
  private final Map<String, Long> millis = new LinkedHashMap<>();
  private final Map<String, Long> cpuMillis = new LinkedHashMap<>();
  private long stageStart;
  private long stageCpuStart;

  StageClock(Logger log) {
    this.log = log;
  }

  /** Starts the first stage. */
  void start() {
    stageStart = System.nanoTime();
    stageCpuStart = processCpuNanos();
  }

  /** Ends stage {@code name}; the next stage starts now. */
  void end(String name) {
    long now = System.nanoTime();
    long cpu = processCpuNanos();
    long wallMs = (now - stageStart) / 1_000_000;
    millis.put(name, wallMs);
    if (cpu >= 0 && stageCpuStart >= 0) {
      long cpuMs = (cpu - stageCpuStart) / 1_000_000;
      cpuMillis.put(name, cpuMs);
      log.info("stage {} done in {} ms, CPU {} ms (this JVM)", name, wallMs, cpuMs);
    } else {
      log.info("stage {} done in {} ms", name, wallMs);
    }
    stageStart = now;
    stageCpuStart = cpu;
  }

  /** Milliseconds per ended stage, in stage order (a live view). */
  Map<String, Long> millis() {
    return millis;
  }

  /**
   * CPU milliseconds of this JVM per ended stage, in stage order (a live view); empty where the JVM
   * does not report its process CPU time.
   */
  Map<String, Long> cpuMillis() {
    return cpuMillis;
  }

  /** This process's CPU time in nanoseconds, -1 when the JVM does not say. */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }
}
