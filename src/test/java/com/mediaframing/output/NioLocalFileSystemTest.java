package com.mediaframing.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NioLocalFileSystemTest {
  @TempDir java.nio.file.Path dir;

  @Test
  void modeBitsMapToPosixPermissions() {
    assertEquals("rwxr-xr-x", PosixFilePermissions.toString(NioLocalFileSystem.posix(0755)));
    assertEquals("rw-r-----", PosixFilePermissions.toString(NioLocalFileSystem.posix(0640)));
    assertEquals("---------", PosixFilePermissions.toString(NioLocalFileSystem.posix(01000)));
  }

  @Test
  void setsTheModesHadoopAsksForAndWritesChecksumsAsBefore() throws Exception {
    Configuration conf = NioLocalFileSystem.use(new Configuration());
    try (FileSystem fs = FileSystem.newInstance(URI.create("file:///"), conf)) {
      assertInstanceOf(NioLocalFileSystem.class, fs);
      Path folder = new Path(dir.resolve("a/b").toUri());
      assertTrue(fs.mkdirs(folder, new FsPermission((short) 0750)));
      assertEquals(
          "rwxr-x---",
          PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b"))));
      try (OutputStream out = fs.create(new Path(folder, "t.csv"))) {
        out.write("x\n".getBytes(StandardCharsets.UTF_8));
      }
      fs.setPermission(new Path(folder, "t.csv"), new FsPermission((short) 0600));
      assertEquals(
          "rw-------",
          PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b/t.csv"))));
      assertTrue(Files.exists(dir.resolve("a/b/.t.csv.crc")), "checksum file");
    }
  }

  @Test
  void keepsAFileSystemTheConfigurationNamesAlready() {
    Configuration conf = new Configuration();
    conf.set(NioLocalFileSystem.IMPL_KEY, "org.apache.hadoop.fs.RawLocalFileSystem");
    assertEquals(
        "org.apache.hadoop.fs.RawLocalFileSystem",
        NioLocalFileSystem.use(conf).get(NioLocalFileSystem.IMPL_KEY));
  }
}
