package com.mediaframing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFolderReaderTest {
  @TempDir Path dir;

  @Test
  void readsListedFilesAndReportsMissingAndUnlistedOnes() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Text of a.");
    Files.writeString(dir.resolve("stray.txt"), "Nobody listed me.");
    Files.writeString(
        dir.resolve("manifest.csv"),
        "file,id,outlet,bloc,published,title\n"
            + "a.txt,,Outlet A,left,2025-01-01,Title A\n"
            + "gone.txt,g1,Outlet A,left,2025-01-02,Gone\n");
    List<RawArticle> rows =
        TextFolderReader.read(new org.apache.hadoop.fs.Path(dir.toString()), new Configuration());
    assertEquals(3, rows.size());
    RawArticle a = rows.get(0);
    assertEquals("a", a.getId());
    assertEquals("Text of a.", a.getText());
    assertNull(a.getError());
    assertEquals("file 'gone.txt' listed in the manifest does not exist", rows.get(1).getError());
    assertEquals("stray.txt", rows.get(2).getSource());
    assertEquals("text file is not listed in manifest.csv", rows.get(2).getError());
  }
}
