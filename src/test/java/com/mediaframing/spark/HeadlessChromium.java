package com.mediaframing.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's headless Chromium ({@code /usr/bin/chromium}) on a local file, offline: dumps the
 * DOM after the load event (the report pages record script errors and rendered charts into {@code
 * <body>} attributes) or saves a screenshot. Chromium's own stderr is kept so a test can also look
 * for uncaught errors it logs.
 */
final class HeadlessChromium {
  static final Path BINARY = Path.of("/usr/bin/chromium");

  /** Output of one run: stdout (the DOM for {@code --dump-dom}), stderr and the time it took. */
  record Result(String stdout, String stderr, long millis) {}

  private HeadlessChromium() {}

  static boolean available() {
    return Files.isExecutable(BINARY);
  }

  static Result dumpDom(Path page, Path profile) throws IOException, InterruptedException {
    return run(profile, List.of("--dump-dom", page.toUri().toString()));
  }

  static Result screenshot(Path page, Path png, Path profile)
      throws IOException, InterruptedException {
    return screenshot(page, png, profile, 900);
  }

  /** A screenshot of a window 1366 pixels wide and {@code height} high. */
  static Result screenshot(Path page, Path png, Path profile, int height)
      throws IOException, InterruptedException {
    return run(
        profile,
        List.of(
            "--screenshot=" + png.toAbsolutePath(),
            "--window-size=1366," + height,
            page.toUri().toString()));
  }

  private static Result run(Path profile, List<String> args)
      throws IOException, InterruptedException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                BINARY.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--enable-logging=stderr",
                "--v=0"));
    cmd.addAll(args);
    Path out = Files.createTempFile(profile.getParent(), "chromium", ".out");
    Path err = Files.createTempFile(profile.getParent(), "chromium", ".err");
    long start = System.nanoTime();
    Process p =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("chromium did not finish in 120 s: " + cmd);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new Result(
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8),
        millis);
  }
}
