package com.mediaframing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/scratch-sweep}, which {@code bin/framing} runs before each launch, removes the Spark
 * scratch folders of ended runs only: never a live process's folder nor anything else.
 */
class ScratchSweepTest {
  @TempDir Path root;

  @Test
  void removesTheFoldersOfEndedProcessesOnly() throws Exception {
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    long endedPid = ended.pid();
    long livePid = ProcessHandle.current().pid();
    Path dead = root.resolve("framing-scratch-" + endedPid);
    Files.createDirectories(dead.resolve("blockmgr-1/0a"));
    Files.writeString(dead.resolve("blockmgr-1/0a/rdd_3_0"), "cached block");
    Path live = Files.createDirectories(root.resolve("framing-scratch-" + livePid));
    Path notAPid = Files.createDirectories(root.resolve("framing-scratch-old"));
    Path other = Files.createDirectories(root.resolve("blockmgr-2"));
    Path file = Files.writeString(root.resolve("framing-scratch-1"), "a file, not a folder");

    assertEquals(0, sweep(), "exit status");

    assertFalse(Files.exists(dead), "the ended run's folder is left");
    assertTrue(Files.isDirectory(live), "the live process's folder was removed");
    assertTrue(Files.isDirectory(notAPid));
    assertTrue(Files.isDirectory(other));
    assertTrue(Files.isRegularFile(file));
  }

  @Test
  void anEmptyRootIsNoError() throws Exception {
    assertEquals(0, sweep());
  }

  private int sweep() throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder("bash", "bin/scratch-sweep", root.toString()).inheritIO().start();
    return p.waitFor();
  }
}
