package com.mediaframing.ingest;

import com.mediaframing.base.Checksums;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * One input record as read, before validation: the article fields as strings, where it came from
 * ({@code source} file and 1-based {@code record} number within it) and, for a record that could
 * not be parsed at all, the parse {@code error}. A mutable Java bean so Spark can encode it.
 */
public class RawArticle implements Serializable {
  private static final long serialVersionUID = 1L;

  private String source;
  private long record;
  private String id;
  private String outlet;
  private String bloc;
  private String published;
  private String publishedRaw;
  private String title;
  private String text;
  private String url;
  private String language;
  private String error;
  private String raw;
  private String reason;
  private String detail;
  private String contentFingerprint;
  private String duplicateOf;
  private int copyInOutlet = 1;

  public RawArticle() {}

  /** A record that could not be parsed; {@code raw} keeps (the start of) what was read. */
  public static RawArticle malformed(String source, long record, String error, String raw) {
    RawArticle a = new RawArticle();
    a.source = source;
    a.record = record;
    a.error = error;
    a.raw = raw == null || raw.length() <= 500 ? raw : raw.substring(0, 500);
    return a;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public long getRecord() {
    return record;
  }

  public void setRecord(long record) {
    this.record = record;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getOutlet() {
    return outlet;
  }

  public void setOutlet(String outlet) {
    this.outlet = outlet;
  }

  public String getBloc() {
    return bloc;
  }

  public void setBloc(String bloc) {
    this.bloc = bloc;
  }

  public String getPublished() {
    return published;
  }

  public void setPublished(String published) {
    this.published = published;
  }

  /**
   * The {@code published} field as given (trimmed; null when empty), set by validation; {@link
   * #getPublished()} then holds the date read from it, or null when no rule reads it.
   */
  public String getPublishedRaw() {
    return publishedRaw;
  }

  public void setPublishedRaw(String publishedRaw) {
    this.publishedRaw = publishedRaw;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getError() {
    return error;
  }

  public void setError(String error) {
    this.error = error;
  }

  public String getRaw() {
    return raw;
  }

  public void setRaw(String raw) {
    this.raw = raw;
  }

  /** The reject reason id, or null while the record is accepted. */
  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getDetail() {
    return detail;
  }

  public void setDetail(String detail) {
    this.detail = detail;
  }

  /** Marks the record rejected. */
  public void reject(RejectReason why, String detail) {
    this.reason = why.id();
    this.detail = detail;
  }

  /** SHA-256 of the fields analysis reads, set by {@link #fingerprintContent()}; else null. */
  public String getContentFingerprint() {
    return contentFingerprint;
  }

  public void setContentFingerprint(String contentFingerprint) {
    this.contentFingerprint = contentFingerprint;
  }

  /**
   * Sets {@link #getContentFingerprint()} to the SHA-256 (hex) of every field the analysis of the
   * record reads: id, outlet, bloc, published, title, text, url and language, each length-prefixed
   * so that no two different records share the bytes hashed. Where the record came from (source,
   * record number) is not part of it: the same article in a new file is unchanged.
   */
  public void fingerprintContent() {
    MessageDigest d = Checksums.newSha256();
    for (String field : new String[] {id, outlet, bloc, publishedRaw, title, text, url, language}) {
      if (field == null) {
        d.update((byte) 0);
      } else {
        byte[] b = field.getBytes(StandardCharsets.UTF_8);
        d.update((byte) 1);
        d.update(ByteBuffer.allocate(4).putInt(b.length).array());
        d.update(b);
      }
    }
    contentFingerprint = Checksums.hex(d);
  }

  /**
   * The doc_id of the first copy when this article's text is an exact or near copy of an earlier
   * article's (any outlet), else null; set before analysis.
   */
  public String getDuplicateOf() {
    return duplicateOf;
  }

  public void setDuplicateOf(String duplicateOf) {
    this.duplicateOf = duplicateOf;
  }

  /**
   * 1 for the first copy of a text within its outlet (and for an unduplicated text), then 2, 3 …
   */
  public int getCopyInOutlet() {
    return copyInOutlet;
  }

  public void setCopyInOutlet(int copyInOutlet) {
    this.copyInOutlet = copyInOutlet;
  }

  /** {@code source:record}, how rejects and logs point at the record. */
  public String location() {
    return source + ":" + record;
  }
}
