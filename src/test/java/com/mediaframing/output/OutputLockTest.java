package com.mediaframing.output;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {
  @TempDir Path dir;
  private final Configuration hadoop = new Configuration();

  @Test
  void secondRunIsRefusedWithOwnerAndAge() {
    try (OutputLock first = OutputLock.acquire(dir.toString(), "run-1", hadoop)) {
      OutputLock.OutputLockedException e =
          assertThrows(
              OutputLock.OutputLockedException.class,
              () -> OutputLock.acquire(dir.toString(), "run-2", hadoop));
      assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
      assertTrue(e.getMessage().contains("run run-1"), e.getMessage());
      assertTrue(e.getMessage().contains("min ago"), e.getMessage());
    }
    assertFalse(Files.exists(dir.resolve(OutputLock.FILE)), "released on close");
  }

  @Test
  void staleLockOfADeadProcessIsTakenOver() throws IOException {
    String host = InetAddress.getLocalHost().getHostName();
    Files.writeString(
        dir.resolve(OutputLock.FILE),
        "user=x\nhost=" + host + "\npid=999999999\nrun_id=dead\nstarted_at=2026-01-01T00:00:00Z\n");
    try (OutputLock lock = OutputLock.acquire(dir.toString(), "run-3", hadoop)) {
      assertTrue(Files.readString(dir.resolve(OutputLock.FILE)).contains("run_id=run-3"));
    }
  }

  @Test
  void lockFromAnotherHostIsNeverBroken() throws IOException {
    Files.writeString(
        dir.resolve(OutputLock.FILE),
        "user=x\nhost=elsewhere.example\npid=1\nrun_id=remote\nstarted_at=2026-01-01T00:00:00Z\n");
    assertThrows(
        OutputLock.OutputLockedException.class,
        () -> OutputLock.acquire(dir.toString(), "r", hadoop));
  }
}
