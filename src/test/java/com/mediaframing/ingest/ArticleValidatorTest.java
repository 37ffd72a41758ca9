package com.mediaframing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleValidatorTest {
  private final ArticleValidator validator = new ArticleValidator(100, Set.of("en"));

  private static RawArticle article(
      String id, String outlet, String published, String text, String lang) {
    RawArticle a = new RawArticle();
    a.setSource("f.jsonl");
    a.setRecord(1);
    a.setId(id);
    a.setOutlet(outlet);
    a.setPublished(published);
    a.setText(text);
    a.setLanguage(lang);
    return a;
  }

  private RejectReason reason(RawArticle a) {
    return validator.check(a).map(ArticleValidator.Verdict::reason).orElse(null);
  }

  @Test
  void acceptsAndNormalizes() {
    RawArticle a = article(" x1 ", " Outlet ", "2025-03-15T22:10:00+03:00", "Some text.", "EN-us");
    assertTrue(validator.check(a).isEmpty());
    assertEquals("x1", a.getId());
    assertEquals("Outlet", a.getOutlet());
    assertEquals("2025-03-15", a.getPublished());
    assertEquals("en", a.getLanguage());
  }

  @Test
  void rejectsOnlyWhatCannotBeAnalyzed() {
    assertEquals(RejectReason.MISSING_ID, reason(article(" ", "o", "2025-01-01", "t", null)));
    assertEquals(RejectReason.EMPTY_TEXT, reason(article("i", "o", "2025-01-01", " \n ", null)));
    assertEquals(
        RejectReason.TEXT_TOO_LONG, reason(article("i", "o", "2025-01-01", "x".repeat(101), null)));
    assertEquals(
        RejectReason.UNSUPPORTED_LANGUAGE, reason(article("i", "o", "2025-01-01", "t", "deu")));
    RawArticle broken = RawArticle.malformed("f.jsonl", 7, "not valid JSON", "{");
    assertEquals(RejectReason.MALFORMED_RECORD, reason(broken));
  }

  @Test
  void undatedArticlesAndArticlesWithoutOutletAreKept() {
    RawArticle empty = article("i", "o", " ", "t", null);
    assertTrue(validator.check(empty).isEmpty());
    assertEquals(null, empty.getPublished());
    assertEquals(null, empty.getPublishedRaw());
    RawArticle unreadable = article("i", "o", "next Tuesday", "t", null);
    assertTrue(validator.check(unreadable).isEmpty());
    assertEquals(null, unreadable.getPublished());
    assertEquals("next Tuesday", unreadable.getPublishedRaw());
    RawArticle us = article("i", "o", "7/23/17", "t", null);
    assertTrue(validator.check(us).isEmpty());
    assertEquals("2017-07-23", us.getPublished());
    assertEquals("7/23/17", us.getPublishedRaw());
    RawArticle noOutlet = article("i", null, "2025-01-01", "t", null);
    assertTrue(validator.check(noOutlet).isEmpty());
    assertEquals(ArticleValidator.UNKNOWN_OUTLET, noOutlet.getOutlet());
  }

  @Test
  void requireDateRestoresTheOldRule() {
    ArticleValidator strict =
        new ArticleValidator(100, Set.of("en"), PublishedDates.builtIn(), true);
    assertEquals(
        RejectReason.MISSING_DATE,
        strict.check(article("i", "o", "", "t", null)).orElseThrow().reason());
    ArticleValidator.Verdict bad =
        strict.check(article("i", "o", "next Tuesday", "t", null)).orElseThrow();
    assertEquals(RejectReason.BAD_DATE, bad.reason());
    assertTrue(bad.detail().contains("'next Tuesday'"), bad.detail());
    assertTrue(strict.check(article("i", "o", "7/23/17", "t", null)).isEmpty());
  }

  @Test
  void languageNamesAndCodesNormalize() {
    assertEquals("en", ArticleValidator.normalizeLanguage("eng"));
    assertEquals("en", ArticleValidator.normalizeLanguage("English"));
    assertEquals("de", ArticleValidator.normalizeLanguage("de_DE"));
  }
}
