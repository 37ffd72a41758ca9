package com.mediaframing.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.io.nativeio.NativeIO;

/**
 * Hadoop's local file system ({@code file:}) with permissions set through {@code java.nio} instead
 * of a forked {@code chmod}. Without Hadoop's native library (the usual case: it is not on the
 * classpath) {@link RawLocalFileSystem} runs one {@code chmod} process for every folder and file it
 * creates, Parquet parts and their checksum files included: 532 processes in a run on the three
 * seeds. Files, checksums and permissions written are the same; only how the mode is set differs.
 * With the native library loaded, Hadoop's own path is kept. Thread-safe as {@link LocalFileSystem}
 * is.
 */
public final class NioLocalFileSystem extends LocalFileSystem {
  /** The Hadoop setting that names the {@code file:} scheme's implementation. */
  public static final String IMPL_KEY = "fs.file.impl";

  public NioLocalFileSystem() {
    super(new Raw());
  }

  /**
   * Makes {@code conf} use this file system for {@code file:} paths, unless it names one already.
   *
   * @return {@code conf}
   */
  public static Configuration use(Configuration conf) {
    if (conf.get(IMPL_KEY) == null) {
      conf.set(IMPL_KEY, NioLocalFileSystem.class.getName());
    }
    return conf;
  }

  /** The raw (checksum-less) part, where permissions are set. */
  static final class Raw extends RawLocalFileSystem {
    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      if (NativeIO.isAvailable()) {
        super.setPermission(p, permission);
        return;
      }
      try {
        Files.setPosixFilePermissions(pathToFile(p).toPath(), posix(permission.toShort()));
      } catch (UnsupportedOperationException e) { // not a POSIX file system: Hadoop's way
        super.setPermission(p, permission);
      }
    }
  }

  private static final PosixFilePermission[] BY_BIT = {
    PosixFilePermission.OTHERS_EXECUTE,
    PosixFilePermission.OTHERS_WRITE,
    PosixFilePermission.OTHERS_READ,
    PosixFilePermission.GROUP_EXECUTE,
    PosixFilePermission.GROUP_WRITE,
    PosixFilePermission.GROUP_READ,
    PosixFilePermission.OWNER_EXECUTE,
    PosixFilePermission.OWNER_WRITE,
    PosixFilePermission.OWNER_READ
  };

  /**
   * The permissions of the nine low bits of {@code mode}; a sticky bit (which nothing in the job
   * asks for) is not set.
   */
  static Set<PosixFilePermission> posix(int mode) {
    Set<PosixFilePermission> out = EnumSet.noneOf(PosixFilePermission.class);
    for (int bit = 0; bit < BY_BIT.length; bit++) {
      if ((mode & (1 << bit)) != 0) {
        out.add(BY_BIT[bit]);
      }
    }
    return out;
  }
}
