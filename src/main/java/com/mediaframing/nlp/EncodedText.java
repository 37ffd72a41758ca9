package com.mediaframing.nlp;

/**
 * One text as the encoder saw it: its word pieces with their character spans in the text and the
 * encoder's last hidden state for each, plus the pooled sentence vector. Position 0 is the {@code
 * [CLS]} piece and the last position the {@code [SEP]} piece; their spans are empty ({@code start
 * == end == -1}). Texts longer than the encoder's window are cut: {@link #truncated()} says so, and
 * the pieces cover only the start of the text. Arrays are owned by the record and not copied: treat
 * them as read-only.
 *
 * @param pieces the word pieces as the tokenizer wrote them ({@code "##ing"} for a continuation)
 * @param starts character offset where each piece starts in the text, -1 for special pieces
 * @param ends character offset one past each piece's end, -1 for special pieces
 * @param states the last hidden state of each piece, {@code [pieces][dimension]}
 * @param sentence the mean of the states over all pieces, L2-normalised
 */
public record EncodedText(
    String[] pieces,
    int[] starts,
    int[] ends,
    float[][] states,
    float[] sentence,
    boolean truncated) {

  /** Number of word pieces, special pieces included. */
  public int size() {
    return pieces.length;
  }

  /**
   * Mean of the states of the pieces that overlap the character range {@code [from, to)} of the
   * text, L2-normalised; {@code null} when no piece overlaps it (e.g. it lies past a cut).
   */
  public float[] pooled(int from, int to) {
    float[] sum = null;
    int n = 0;
    for (int i = 0; i < pieces.length; i++) {
      if (starts[i] < 0 || ends[i] <= from || starts[i] >= to) {
        continue;
      }
      if (sum == null) {
        sum = new float[states[i].length];
      }
      Vectors.addTo(sum, states[i]);
      n++;
    }
    return n == 0 ? null : Vectors.normalize(sum);
  }
}
