package com.mediaframing.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorSampleCommandTest {
  @TempDir Path dir;

  private static String article(int i, String bloc, String text) {
    return "{\"id\": \"a"
        + i
        + "\", \"outlet\": \"o\", \"bloc\": \""
        + bloc
        + "\", \"title\": \"t\", \"text\": \""
        + text
        + "\"}";
  }

  private List<String> sample(List<String> lines, String name) throws IOException {
    Path in = dir.resolve(name + ".jsonl");
    Files.write(in, lines, StandardCharsets.UTF_8);
    Path actors = dir.resolve("actors.csv");
    Files.writeString(
        actors,
        "# comment line\nactor_id,name,type,aliases\nann-lee,Ann Lee,person,Lee\n"
            + "bo-kim,Bo Kim,person,Kim\nzed,Zed,person,Zed\n");
    Path out = dir.resolve(name + ".out.jsonl");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int code =
        ActorSampleCommand.run(
            List.of(
                "--input",
                in.toString(),
                "--actors-ids",
                "ann-lee,bo-kim",
                "--out",
                out.toString(),
                "--per-bloc",
                "2",
                "--actors",
                actors.toString()),
            new PrintStream(log, true, StandardCharsets.UTF_8));
    assertEquals(0, code);
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("ann-lee left"), log.toString());
    assertEquals(
        List.of(
            "actor_id,name,type,aliases", "ann-lee,Ann Lee,person,Lee", "bo-kim,Bo Kim,person,Kim"),
        Files.readAllLines(Path.of(out + ".actors.csv")));
    List<String> kept = Files.readAllLines(out);
    Collections.sort(kept);
    return kept;
  }

  @Test
  void keepsAtMostKArticlesPerActorAndBlocTheSameWhateverTheOrder() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      lines.add(article(i, "left", "Lee spoke."));
      lines.add(article(10 + i, "right", "Lee and Kim met."));
      lines.add(article(20 + i, "right", "Nobody we track."));
    }
    List<String> kept = sample(lines, "forward");
    // 2 Lee articles in left; in right the same 2 smallest keys serve both Lee and Kim
    assertEquals(4, kept.size());
    assertEquals(2, kept.stream().filter(l -> l.contains("\"left\"")).count());
    assertTrue(kept.stream().noneMatch(l -> l.contains("Nobody")));
    List<String> reversed = new ArrayList<>(lines);
    Collections.reverse(reversed);
    assertEquals(kept, sample(reversed, "reversed"));
  }
}
