package com.mediaframing.analysis;

import com.mediaframing.nlp.AnnotatedSentence;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One tagged sentence of an article: a row of the {@code sentences} table without the document
 * columns. {@code index} is the sentence index every other table cites ({@code
 * mentions.sentence_index}, the {@code doc_id[sentence indexes]} evidence of the story tables);
 * {@code start} and {@code end} are character offsets into the input record's {@code text} (from
 * the sentence's first token to the end of its last), and {@code text} is that substring. A Java
 * bean so Spark can encode it.
 */
public class SentenceRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  private int index;
  private int start;
  private int end;
  private String text;

  public SentenceRecord() {}

  public SentenceRecord(int index, int start, int end, String text) {
    this.index = index;
    this.start = start;
    this.end = end;
    this.text = text;
  }

  /** The records of {@code sentences}, tagged from {@code text}, in order. */
  public static List<SentenceRecord> of(String text, List<AnnotatedSentence> sentences) {
    List<SentenceRecord> out = new ArrayList<>(sentences.size());
    for (AnnotatedSentence s : sentences) {
      out.add(
          new SentenceRecord(s.index(), s.start(), s.end(), text.substring(s.start(), s.end())));
    }
    return out;
  }

  public int getIndex() {
    return index;
  }

  public void setIndex(int index) {
    this.index = index;
  }

  public int getStart() {
    return start;
  }

  public void setStart(int start) {
    this.start = start;
  }

  public int getEnd() {
    return end;
  }

  public void setEnd(int end) {
    this.end = end;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
