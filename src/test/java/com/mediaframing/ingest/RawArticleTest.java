package com.mediaframing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class RawArticleTest {
  private static RawArticle article(String title, String text) {
    RawArticle a = new RawArticle();
    a.setSource("in.jsonl");
    a.setRecord(7);
    a.setId("a-1");
    a.setOutlet("Outlet");
    a.setBloc("left");
    a.setPublished("2025-03-15");
    a.setTitle(title);
    a.setText(text);
    a.setLanguage("en");
    a.fingerprintContent();
    return a;
  }

  @Test
  void theContentFingerprintChangesWithTheTextButNotWithWhereTheRecordCameFrom() {
    RawArticle a = article("Title", "Some text.");
    RawArticle moved = article("Title", "Some text.");
    moved.setSource("other-file.jsonl");
    moved.setRecord(99);
    moved.fingerprintContent();
    assertEquals(64, a.getContentFingerprint().length());
    assertEquals(a.getContentFingerprint(), moved.getContentFingerprint());
    assertNotEquals(
        a.getContentFingerprint(), article("Title", "Some text!").getContentFingerprint());
  }

  @Test
  void fieldsCannotShiftIntoEachOther() {
    assertNotEquals(
        article("Title ", "text").getContentFingerprint(),
        article("Title", " text").getContentFingerprint());
    RawArticle nullUrl = article("T", "x");
    RawArticle emptyUrl = article("T", "x");
    emptyUrl.setUrl("");
    emptyUrl.fingerprintContent();
    assertNotEquals(nullUrl.getContentFingerprint(), emptyUrl.getContentFingerprint());
  }
}
