package com.mediaframing.ingest;

import com.mediaframing.base.Checksums;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A fingerprint of the input for the run manifest: SHA-256 over the relative names and bytes of
 * every input file (in name order), {@code sha256:…}. Inputs larger than {@link #MAX_HASHED_BYTES}
 * are fingerprinted by names, sizes and modification times instead ({@code meta-sha256:…}), so a
 * terabyte corpus is not read twice.
 */
public final class InputFingerprint {
  public static final long MAX_HASHED_BYTES = 2L << 30;

  private InputFingerprint() {}

  public static String of(String input, Configuration hadoop) {
    try {
      Path root = new Path(input);
      FileSystem fs = root.getFileSystem(hadoop);
      List<FileStatus> files = new ArrayList<>();
      collect(fs, fs.getFileStatus(root), files);
      files.sort((a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
      long total = files.stream().mapToLong(FileStatus::getLen).sum();
      MessageDigest md = Checksums.newSha256();
      boolean content = total <= MAX_HASHED_BYTES;
      byte[] buf = new byte[1 << 16];
      for (FileStatus f : files) {
        md.update(f.getPath().getName().getBytes(StandardCharsets.UTF_8));
        if (content) {
          try (InputStream in = fs.open(f.getPath())) {
            for (int n; (n = in.read(buf)) > 0; ) {
              md.update(buf, 0, n);
            }
          }
        } else {
          md.update((f.getLen() + ":" + f.getModificationTime()).getBytes(StandardCharsets.UTF_8));
        }
      }
      return (content ? "sha256:" : "meta-sha256:") + Checksums.hex(md);
    } catch (IOException e) {
      throw new InputException("input " + input + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static void collect(FileSystem fs, FileStatus s, List<FileStatus> out)
      throws IOException {
    if (s.isFile()) {
      String name = s.getPath().getName();
      if (!name.startsWith(".") && !name.startsWith("_")) {
        out.add(s);
      }
      return;
    }
    for (FileStatus c : fs.listStatus(s.getPath())) {
      collect(fs, c, out);
    }
  }
}
