package com.mediaframing.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnnxSentenceEncoderTest {
  private final OnnxSentenceEncoder encoder = OnnxSentenceEncoder.minilm();

  @Test
  void fixedSentenceGivesTheStoredVector() {
    float[] v = encoder.encode(List.of("This is an example sentence"))[0];
    assertEquals(384, v.length);
    // Recorded from this model (int8 all-MiniLM-L6-v2) when the encoder was added; the fp32
    // reference of sentence-transformers starts 0.0677, 0.0634, 0.0488, 0.0793.
    float[] stored = {0.06223067f, 0.08089612f, 0.053913675f, 0.083588645f, 0.03742762f};
    for (int i = 0; i < stored.length; i++) {
      assertEquals(stored[i], v[i], 2e-4, "dimension " + i);
    }
    assertEquals(1.0, Vectors.dot(v, v), 1e-5);
  }

  @Test
  void sameClaimInOtherWordsIsCloserThanAnotherEvent() {
    float[][] v =
        encoder.encode(
            List.of(
                "Lavrov called for the immediate cessation of force by all parties.",
                "Lavrov called for an immediate cessation of the use of force.",
                "The Houthis fired missiles at a US aircraft carrier."));
    assertTrue(Vectors.dot(v[0], v[1]) > 0.85, "paraphrase " + Vectors.dot(v[0], v[1]));
    assertTrue(Vectors.dot(v[0], v[2]) < 0.3, "other event " + Vectors.dot(v[0], v[2]));
  }

  @Test
  void batchingAndPaddingDoNotChangeAVector() {
    String shortText = "Rubio spoke with Lavrov.";
    float[] alone = encoder.encode(List.of(shortText))[0];
    List<String> batch = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      batch.add("A much longer sentence about talks in Riyadh and a truce, number " + i + ".");
    }
    batch.add(17, shortText);
    float[] inBatch = encoder.encode(batch)[17];
    assertArrayEquals(alone, inBatch, 0f);
  }

  @Test
  void pieceSpansPointIntoTheTextEvenPastAnEmoji() {
    String text = "Café 😀 Lavrov’s “ceasefire” talks";
    EncodedText t = encoder.encodeWithStates(List.of(text)).get(0);
    assertEquals("[CLS]", t.pieces()[0]);
    assertEquals(-1, t.starts()[0]);
    assertEquals("[SEP]", t.pieces()[t.size() - 1]);
    List<String> covered = new ArrayList<>();
    for (int i = 1; i < t.size() - 1; i++) {
      covered.add(text.substring(t.starts()[i], t.ends()[i]));
    }
    assertEquals(
        List.of("Café", "😀", "La", "vr", "ov", "’", "s", "“", "ceasefire", "”", "talks"), covered);
    assertEquals(t.size(), t.states().length);
    assertFalse(t.truncated());
    float[] target = t.pooled(text.indexOf("Lavrov"), text.indexOf("Lavrov") + 6);
    assertEquals(1.0, Vectors.dot(target, target), 1e-5);
    assertNull(t.pooled(text.length() + 5, text.length() + 9));
  }

  @Test
  void longTextIsCutAtTheWindow() {
    String text = "word ".repeat(600);
    EncodedText t = encoder.encodeWithStates(List.of(text)).get(0);
    assertEquals(OnnxSentenceEncoder.MAX_PIECES, t.size());
    assertTrue(t.truncated());
  }
}
