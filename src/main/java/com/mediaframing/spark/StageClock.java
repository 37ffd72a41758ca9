package com.mediaframing.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;

/**
 * Wall time of the job's stages: each {@link #end} closes the stage that began at the previous one
 * (or at {@link #start}), logs it and keeps it, in order, for the {@link RunSummary}. Not
 * thread-safe; the driver's.
 */
final class StageClock {
  private final Logger log;
  private final Map<String, Long> millis = new LinkedHashMap<>();
  private long stageStart;

  StageClock(Logger log) {
    this.log = log;
  }

  /** Starts the first stage. */
  void start() {
    stageStart = System.nanoTime();
  }

  /** Ends stage {@code name}; the next stage starts now. */
  void end(String name) {
    long now = System.nanoTime();
    millis.put(name, (now - stageStart) / 1_000_000);
    log.info("stage {} done in {} ms", name, (now - stageStart) / 1_000_000);
    stageStart = now;
  }

  /** Milliseconds per ended stage, in stage order (a live view). */
  Map<String, Long> millis() {
    return millis;
  }
}
