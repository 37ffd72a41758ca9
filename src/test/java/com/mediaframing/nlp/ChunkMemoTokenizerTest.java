package com.mediaframing.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;

/** Remembering chunk splits must not change a single token span. */
class ChunkMemoTokenizerTest {
  private final TokenizerME reference = new TokenizerME(NlpModels.get().tokenizerModel());
  private final ChunkMemoTokenizer memo =
      new ChunkMemoTokenizer(new TokenizerME(NlpModels.get().tokenizerModel()));

  @Test
  void sameSpansAsTokenizerMeOnAwkwardText() {
    for (String text :
        List.of(
            "",
            " ",
            "a",
            "U.S.-Russia talks (AP) — \"We'll see,\" Lavrov's aide said.",
            "  leading and trailing\u00a0no-break\u2003spaces\t\ttabs  ",
            "Trump's Trump's Trump's; e-mail e-mail 3.5% $1,200 12:30 p.m.",
            "x\ny\r\nz",
            "«Quote» ‘single’ “double” … etc.")) {
      assertArrayEquals(reference.tokenizePos(text), memo.tokenizePos(text), text);
    }
  }

  @Test
  void sameSpansAsTokenizerMeOnTheSeedArticlesTwice() throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        lines.addAll(Files.readAllLines(file));
      }
    }
    assertTrue(lines.size() > 20, lines.size() + " lines");
    for (int pass = 0; pass < 2; pass++) { // the second pass answers from memory
      for (String line : lines) {
        assertArrayEquals(reference.tokenizePos(line), memo.tokenizePos(line), line);
      }
    }
  }
}
