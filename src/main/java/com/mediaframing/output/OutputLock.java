package com.mediaframing.output;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.ParentNotDirectoryException;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exclusive use of an output folder by one run: the file {@code DIR/_framing.lock}, created
 * atomically (create-if-absent on Hadoop's FileSystem), records the owner (user, host, process id),
 * the run id and when it started. A second run against the same folder is refused with {@link
 * OutputLockedException} naming the owner and the lock's age. A lock left by a killed run on this
 * host (its process is gone) is stale: it is reported and taken over. A lock from another host is
 * never broken automatically; the message says which file to delete.
 */
public final class OutputLock implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(OutputLock.class);
  public static final String FILE = "_framing.lock";

  private final FileSystem fs;
  private final Path path;

  private OutputLock(FileSystem fs, Path path) {
    this.fs = fs;
    this.path = path;
  }

  /** Raised when another live run holds the output folder. */
  public static final class OutputLockedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputLockedException(String message) {
      super(message);
    }
  }

  public static OutputLock acquire(String outputDir, String runId, Configuration hadoop) {
    Path path = new Path(outputDir, FILE);
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      fs.mkdirs(path.getParent());
      for (int attempt = 0; attempt < 2; attempt++) {
        try (OutputStream out = fs.create(path, false)) {
          out.write(describe(runId).getBytes(StandardCharsets.UTF_8));
          return new OutputLock(fs, path);
        } catch (FileAlreadyExistsException | ParentNotDirectoryException e) {
          Properties owner = read(fs, path);
          Duration age =
              Duration.between(
                  Instant.parse(owner.getProperty("started_at", Instant.now().toString())),
                  Instant.now());
          String who =
              owner.getProperty("user")
                  + "@"
                  + owner.getProperty("host")
                  + " pid "
                  + owner.getProperty("pid")
                  + " (run "
                  + owner.getProperty("run_id")
                  + ", started "
                  + owner.getProperty("started_at")
                  + ", "
                  + age.toMinutes()
                  + " min ago)";
          if (isStale(owner)) {
            LOG.warn("taking over the stale lock {} of {}: that process no longer runs", path, who);
            fs.delete(path, false);
            continue;
          }
          throw new OutputLockedException(
              "output "
                  + outputDir
                  + " is in use by "
                  + who
                  + "; if that run is dead, delete "
                  + path);
        }
      }
      throw new OutputLockedException("output " + outputDir + ": could not take the lock " + path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + path + ": " + e.getMessage(), e);
    }
  }

  /** A lock is stale when its owner ran on this host and that process is gone. */
  static boolean isStale(Properties owner) {
    if (!host().equals(owner.getProperty("host"))) {
      return false;
    }
    try {
      long pid = Long.parseLong(owner.getProperty("pid", "-1"));
      return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Properties read(FileSystem fs, Path path) throws IOException {
    Properties p = new Properties();
    try (InputStream in = fs.open(path)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (FileNotFoundException e) {
      // released between our create and our read: treat as a stale, empty lock
      p.setProperty("host", host());
      p.setProperty("pid", "-1");
    }
    return p;
  }

  private static String describe(String runId) {
    return "user="
        + System.getProperty("user.name")
        + "\n"
        + "host="
        + host()
        + "\n"
        + "pid="
        + ProcessHandle.current().pid()
        + "\n"
        + "run_id="
        + runId
        + "\n"
        + "started_at="
        + Instant.now()
        + "\n"
        + "jvm="
        + ManagementFactory.getRuntimeMXBean().getName()
        + "\n";
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown-host";
    }
  }

  @Override
  public void close() {
    try {
      fs.delete(path, false);
    } catch (IOException e) {
      LOG.warn("could not remove the lock {}: {}", path, e.getMessage());
    }
  }
}
