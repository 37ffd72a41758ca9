package com.mediaframing.output;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A run's output, written aside and published in one step, so that readers and later runs only ever
 * see complete runs.
 *
 * <p>A run writes everything under {@code DIR/_staging/<run id>/}, with the same relative paths as
 * the published output, and names each path it {@linkplain #replace replaces} or {@linkplain
 * #delete deletes}. {@link #publish} then writes the journal {@code _PUBLISH} into the staging
 * folder (written under a temporary name and renamed, so it is there whole or not at all): from
 * that moment the run is committed. Each journal entry is then applied by renames on the output's
 * filesystem: the old path goes to {@code DIR/_trash/<run id>/}, the staged path takes its place.
 * Finally trash and staging are deleted.
 *
 * <p>A run killed before the journal exists leaves the published output exactly as it was; its
 * staging folder is deleted by the next run's {@link #recover}. A run killed after the journal
 * exists is rolled forward by the next run's {@link #recover}, which applies the remaining entries
 * (applying an entry twice does nothing). Renames are atomic on local filesystems and HDFS; on
 * object stores such as S3 a rename is a copy, so publishing there is not atomic.
 *
 * <p>Not thread-safe; one publication per output folder at a time (see {@link OutputLock}).
 */
public final class Publication {
  private static final Logger LOG = LoggerFactory.getLogger(Publication.class);

  /** Folder of the output holding staged runs. */
  public static final String STAGING = "_staging";

  /** Folder of the output holding what published runs replaced, until they finish. */
  public static final String TRASH = "_trash";

  static final String JOURNAL = "_PUBLISH";
  private static final String REPLACE = "replace";
  private static final String DELETE = "delete";

  private final FileSystem fs;
  private final Path output;
  private final Path staging;
  private final Path trash;

  /** Path to operation, in the order they were named: they are applied in that order. */
  private final Map<String, String> entries = new LinkedHashMap<>();

  private Publication(FileSystem fs, Path output, String runId) {
    this.fs = fs;
    this.output = output;
    this.staging = new Path(new Path(output, STAGING), runId);
    this.trash = new Path(new Path(output, TRASH), runId);
  }

  /** Starts run {@code runId}'s publication into {@code outputDir}: an empty staging folder. */
  public static Publication begin(String outputDir, String runId, Configuration hadoop) {
    Path output = new Path(outputDir);
    try {
      FileSystem fs = output.getFileSystem(hadoop);
      Publication p = new Publication(fs, output, runId);
      fs.delete(p.staging, true);
      fs.mkdirs(p.staging);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create the staging folder in " + outputDir + ": " + e.getMessage(), e);
    }
  }

  /** The staging folder: write the run's files here, at their published relative paths. */
  public String stagingDir() {
    return staging.toString();
  }

  /** Whether {@code relPath} exists in the published output. */
  public boolean isPublished(String relPath) {
    try {
      return fs.exists(new Path(output, relPath));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether {@code relPath} exists in this run's staging folder. */
  public boolean isStaged(String relPath) {
    try {
      return fs.exists(new Path(staging, relPath));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Names of the entries of the published folder {@code relDir}; empty when it is absent. */
  public List<String> publishedNames(String relDir) {
    Path dir = new Path(output, relDir);
    try {
      if (!fs.exists(dir)) {
        return List.of();
      }
      List<String> names = new ArrayList<>();
      for (FileStatus f : fs.listStatus(dir)) {
        names.add(f.getPath().getName());
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Publishing puts the staged {@code relPath} (file or folder) in place of the published one.
   * Entries are applied in the order they are named; naming a path again changes its operation and
   * moves it last.
   */
  public void replace(String relPath) {
    entries.remove(relPath);
    entries.put(relPath, REPLACE);
  }

  /**
   * Publishing removes {@code relPath} from the output (if it is there); ordered as {@link
   * #replace}.
   */
  public void delete(String relPath) {
    entries.remove(relPath);
    entries.put(relPath, DELETE);
  }

  /**
   * The journal {@link #publish} would write now: one line per named path, in the order applied,
   * its operation and the path separated by a tab.
   */
  public List<String> journal() {
    List<String> journal = new ArrayList<>();
    entries.forEach((p, op) -> journal.add(op + "\t" + p));
    return journal;
  }

  /** Commits the run (writes the journal) and applies it; returns the entries applied. */
  public int publish() {
    List<String> journal = journal();
    try {
      for (var e : entries.entrySet()) {
        if (e.getValue().equals(REPLACE) && !fs.exists(new Path(staging, e.getKey()))) {
          throw new IllegalStateException("nothing staged at " + e.getKey() + "; not publishing");
        }
      }
      Path tmp = new Path(staging, JOURNAL + ".tmp");
      try (OutputStream out = fs.create(tmp, true)) {
        out.write((String.join("\n", journal) + "\n").getBytes(StandardCharsets.UTF_8));
      }
      if (!fs.rename(tmp, new Path(staging, JOURNAL))) {
        throw new IOException("cannot rename " + tmp + " to " + JOURNAL);
      }
      apply(fs, output, staging, trash, journal);
      return journal.size();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot publish the run into " + output + ": " + e.getMessage(), e);
    }
  }

  /** Deletes the staging folder of a run that will not be published. */
  public void abandon() {
    try {
      fs.delete(staging, true);
    } catch (IOException e) {
      LOG.warn("cannot delete {}: {}", staging, e.getMessage());
    }
  }

  /**
   * Finishes or discards what earlier runs left in {@code outputDir}: a committed run (journal
   * present) is rolled forward, an uncommitted staging folder is deleted, and so is any trash. Call
   * it while holding the output's {@link OutputLock}.
   *
   * @return one line per run found, saying what was done; empty when the output was clean
   */
  public static List<String> recover(String outputDir, Configuration hadoop) {
    Path output = new Path(outputDir);
    List<String> done = new ArrayList<>();
    try {
      FileSystem fs = output.getFileSystem(hadoop);
      Path stagingRoot = new Path(output, STAGING);
      if (fs.exists(stagingRoot)) {
        for (FileStatus run : fs.listStatus(stagingRoot)) {
          Path journal = new Path(run.getPath(), JOURNAL);
          String runId = run.getPath().getName();
          if (fs.exists(journal)) {
            List<String> entries = readLines(fs, journal);
            apply(fs, output, run.getPath(), new Path(new Path(output, TRASH), runId), entries);
            done.add("run " + runId + " was committed but not fully published: completed");
          } else {
            fs.delete(run.getPath(), true);
            done.add("run " + runId + " stopped before publishing: its staged files deleted");
          }
        }
        fs.delete(stagingRoot, true);
      }
      Path trashRoot = new Path(output, TRASH);
      if (fs.exists(trashRoot)) {
        fs.delete(trashRoot, true);
      }
      return done;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot recover the output " + outputDir + ": " + e.getMessage(), e);
    }
  }

  private static void apply(
      FileSystem fs, Path output, Path staging, Path trash, List<String> entries)
      throws IOException {
    for (String entry : entries) {
      if (entry.isBlank()) {
        continue;
      }
      int tab = entry.indexOf('\t');
      String op = entry.substring(0, tab);
      String rel = entry.substring(tab + 1);
      Path target = new Path(output, rel);
      Path staged = new Path(staging, rel);
      Path old = new Path(trash, rel);
      if (REPLACE.equals(op) && !fs.exists(staged)) {
        continue; // applied before
      }
      if (fs.exists(target)) {
        fs.delete(old, true);
        fs.mkdirs(old.getParent());
        rename(fs, target, old);
      }
      if (REPLACE.equals(op)) {
        fs.mkdirs(target.getParent());
        rename(fs, staged, target);
      }
    }
    fs.delete(trash, true);
    fs.delete(staging, true);
    deleteIfEmpty(fs, trash.getParent());
    deleteIfEmpty(fs, staging.getParent());
  }

  private static void deleteIfEmpty(FileSystem fs, Path dir) throws IOException {
    if (fs.exists(dir) && fs.listStatus(dir).length == 0) {
      fs.delete(dir, false);
    }
  }

  private static void rename(FileSystem fs, Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("cannot rename " + from + " to " + to);
    }
  }

  private static List<String> readLines(FileSystem fs, Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(fs.open(file), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line);
      }
    }
    return lines;
  }
}
