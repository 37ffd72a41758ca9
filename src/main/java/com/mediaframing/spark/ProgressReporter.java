package com.mediaframing.spark;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Reports a long stage's progress while it runs: documents done out of the total, rate and ETA,
 * every few seconds, either as a human line ({@code progress: analyze 12,000/32,114 documents
 * (37%), 58/s, ETA 5m47s}) or, for schedulers, as one JSON object per line ({@code
 * {"event":"progress","stage":"analyze","done":12000,...}}). Counts come from a Spark accumulator,
 * which the driver sees when tasks finish, so progress advances task by task. Thread-safe.
 */
public final class ProgressReporter implements AutoCloseable {
  /** Console lines for people, or JSON lines for schedulers. */
  public enum Format {
    TEXT,
    JSON
  }

  private final PrintStream out;
  private final Format format;
  private final ScheduledExecutorService timer;
  private final String stage;
  private final long total;
  private final LongSupplier done;
  private final Instant start = Instant.now();

  private ProgressReporter(
      PrintStream out,
      Format format,
      String stage,
      long total,
      LongSupplier done,
      long everySeconds) {
    this.out = out;
    this.format = format;
    this.stage = stage;
    this.total = total;
    this.done = done;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "framing-progress");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleAtFixedRate(this::report, everySeconds, everySeconds, TimeUnit.SECONDS);
  }

  /** Starts reporting {@code stage} until closed. */
  public static ProgressReporter start(
      PrintStream out,
      Format format,
      String stage,
      long total,
      LongSupplier done,
      long everySeconds) {
    return new ProgressReporter(out, format, stage, total, done, everySeconds);
  }

  /** The format chosen by {@code FRAMING_LOG_FORMAT=json}, else text. */
  public static Format formatFromEnvironment() {
    return "json".equalsIgnoreCase(System.getenv("FRAMING_LOG_FORMAT")) ? Format.JSON : Format.TEXT;
  }

  void report() {
    out.println(line(done.getAsLong(), Duration.between(start, Instant.now())));
  }

  /** The progress line for {@code n} documents done after {@code elapsed}. */
  String line(long n, Duration elapsed) {
    double seconds = Math.max(1e-3, elapsed.toMillis() / 1000.0);
    double rate = n / seconds;
    long eta = rate > 0 ? Math.round((total - n) / rate) : -1;
    if (format == Format.JSON) {
      return String.format(
          Locale.ROOT,
          "{\"ts\":\"%s\",\"event\":\"progress\",\"stage\":\"%s\",\"done\":%d,\"total\":%d,"
              + "\"rate_per_s\":%.1f,\"elapsed_s\":%.1f,\"eta_s\":%d}",
          Instant.now(),
          stage,
          n,
          total,
          rate,
          seconds,
          eta);
    }
    return String.format(
        Locale.ROOT,
        "progress: %s %,d/%,d documents (%d%%), %.0f/s, ETA %s",
        stage,
        n,
        total,
        total == 0 ? 100 : 100 * n / total,
        rate,
        eta < 0 ? "unknown" : formatDuration(eta));
  }

  /** One JSON line (or a text line) summarizing a finished run's stages. */
  public static String summary(Format format, RunSummary s) {
    StringBuilder sb = new StringBuilder();
    if (format == Format.JSON) {
      sb.append(
          String.format(
              Locale.ROOT,
              "{\"ts\":\"%s\",\"event\":\"summary\",\"run_id\":\"%s\",\"run_date\":\"%s\","
                  + "\"n_input\":%d,\"n_processed\":%d,\"n_rejected\":%d,\"n_unchanged\":%d,"
                  + "\"n_analyzed\":%d,\"n_tokens\":%d,\"n_mentions\":%d,\"stages_ms\":{",
              Instant.now(),
              s.runId(),
              s.runDate(),
              s.nInput(),
              s.nProcessed(),
              s.nRejected(),
              s.nUnchanged(),
              s.nAnalyzed(),
              s.nTokens(),
              s.nMentions()));
      appendMembers(sb, s.stageMillis());
      sb.append("},\"stages_cpu_ms\":{");
      appendMembers(sb, s.stageCpuMillis());
      return sb.append("}}").toString();
    }
    sb.append("stage                      seconds   CPU s\n");
    for (Map.Entry<String, Long> e : s.stageMillis().entrySet()) {
      Long cpu = s.stageCpuMillis().get(e.getKey());
      sb.append(
          String.format(
              Locale.ROOT,
              "%-26s %7.1f %7s%n",
              e.getKey(),
              e.getValue() / 1000.0,
              cpu == null ? "-" : String.format(Locale.ROOT, "%.1f", cpu / 1000.0)));
    }
    return sb.toString().stripTrailing();
  }

  /** Appends {@code values} as the members of a JSON object, {@code "name":value,...}. */
  private static void appendMembers(StringBuilder sb, Map<String, Long> values) {
    boolean first = true;
    for (Map.Entry<String, Long> e : values.entrySet()) {
      sb.append(first ? "" : ",").append('"').append(e.getKey()).append("\":").append(e.getValue());
      first = false;
    }
  }

  static String formatDuration(long seconds) {
    long m = seconds / 60;
    long s = seconds % 60;
    return m >= 60 ? (m / 60) + "h" + (m % 60) + "m" : m > 0 ? m + "m" + s + "s" : s + "s";
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
