package com.mediaframing.analysis;

import java.io.Serializable;
import java.util.List;

/**
 * The result of analyzing one accepted input record: document facts, actor mentions with sentiment
 * (marked when they stand inside a quote), quotes with their speakers, cited news organisations,
 * claim sentences and topic weights, or, when analysis itself rejects the record (e.g. detected
 * language, nothing left after cleaning), the reject reason. A Java bean so Spark can encode it;
 * the article text is kept only as its tagged sentences (boilerplate lines are not).
 */
public class AnalyzedArticle implements Serializable {
  private static final long serialVersionUID = 1L;

  private String docId;
  private String outlet;
  private String bloc;
  private String published;
  private String publishedRaw;
  private String duplicateOf;
  private int copyInOutlet = 1;
  private java.util.List<SentenceRecord> sentences;
  private String title;
  private String url;
  private String language;
  private String source;
  private long record;
  private int nSentences;
  private int nTokens;
  private int nLinesRemoved;
  private String rejectReason;
  private String rejectDetail;
  private List<MentionRecord> mentions;
  private List<TopicWeight> topics;
  private List<String> storyTerms;
  private String storyLead;
  private List<FactRecord> facts;
  private List<QuoteRecord> quotes;
  private List<CitedSourceRecord> citedSources;
  private List<ClaimRecord> claims;
  private String storyId;
  private String contentFingerprint;
  private String configFingerprint;
  private String modelFingerprint;

  public AnalyzedArticle() {}

  public String getDocId() {
    return docId;
  }

  public void setDocId(String docId) {
    this.docId = docId;
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

  /** The input's {@code published} value as given; null when it was empty. */
  public String getPublishedRaw() {
    return publishedRaw;
  }

  public void setPublishedRaw(String publishedRaw) {
    this.publishedRaw = publishedRaw;
  }

  /** The first copy's doc_id when this article is a copy of another (see documents). */
  public String getDuplicateOf() {
    return duplicateOf;
  }

  public void setDuplicateOf(String duplicateOf) {
    this.duplicateOf = duplicateOf;
  }

  /** 1 for the first copy of a text within its outlet (an unduplicated article too), 2, 3 ... */
  public int getCopyInOutlet() {
    return copyInOutlet;
  }

  public void setCopyInOutlet(int copyInOutlet) {
    this.copyInOutlet = copyInOutlet;
  }

  /** The tagged sentences with their offsets and text (the sentences table). */
  public java.util.List<SentenceRecord> getSentences() {
    return sentences;
  }

  public void setSentences(java.util.List<SentenceRecord> sentences) {
    this.sentences = sentences;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
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

  public int getNSentences() {
    return nSentences;
  }

  public void setNSentences(int nSentences) {
    this.nSentences = nSentences;
  }

  public int getNTokens() {
    return nTokens;
  }

  public void setNTokens(int nTokens) {
    this.nTokens = nTokens;
  }

  public int getNLinesRemoved() {
    return nLinesRemoved;
  }

  public void setNLinesRemoved(int nLinesRemoved) {
    this.nLinesRemoved = nLinesRemoved;
  }

  public String getRejectReason() {
    return rejectReason;
  }

  public void setRejectReason(String rejectReason) {
    this.rejectReason = rejectReason;
  }

  public String getRejectDetail() {
    return rejectDetail;
  }

  public void setRejectDetail(String rejectDetail) {
    this.rejectDetail = rejectDetail;
  }

  public List<MentionRecord> getMentions() {
    return mentions;
  }

  public void setMentions(List<MentionRecord> mentions) {
    this.mentions = mentions;
  }

  public List<TopicWeight> getTopics() {
    return topics;
  }

  public void setTopics(List<TopicWeight> topics) {
    this.topics = topics;
  }

  /** Content lemmas of the headline and lead sentences, for story clustering. */
  public List<String> getStoryTerms() {
    return storyTerms;
  }

  public void setStoryTerms(List<String> storyTerms) {
    this.storyTerms = storyTerms;
  }

  /** Headline and opening sentences ({@link StoryLead}), for linkage. */
  public String getStoryLead() {
    return storyLead;
  }

  public void setStoryLead(String storyLead) {
    this.storyLead = storyLead;
  }

  /** Observable facts (actors, places, numbers, dates, quotes, terms) for story comparison. */
  public List<FactRecord> getFacts() {
    return facts;
  }

  public void setFacts(List<FactRecord> facts) {
    this.facts = facts;
  }

  /** Quotes and attributions with their speakers, in text order (see the quotes table). */
  public List<QuoteRecord> getQuotes() {
    return quotes;
  }

  public void setQuotes(List<QuoteRecord> quotes) {
    this.quotes = quotes;
  }

  /** News organisations the article cites as its source (see the cited_sources table). */
  public List<CitedSourceRecord> getCitedSources() {
    return citedSources;
  }

  public void setCitedSources(List<CitedSourceRecord> citedSources) {
    this.citedSources = citedSources;
  }

  /** Claim sentences (see {@link ClaimExtractor}) for claim alignment. */
  public List<ClaimRecord> getClaims() {
    return claims;
  }

  public void setClaims(List<ClaimRecord> claims) {
    this.claims = claims;
  }

  /** The story the article belongs to; null until the story stage has clustered the articles. */
  public String getStoryId() {
    return storyId;
  }

  public void setStoryId(String storyId) {
    this.storyId = storyId;
  }

  public boolean rejected() {
    return rejectReason != null;
  }

  /** The input record's {@link com.mediaframing.ingest.RawArticle#getContentFingerprint()}. */
  public String getContentFingerprint() {
    return contentFingerprint;
  }

  public void setContentFingerprint(String contentFingerprint) {
    this.contentFingerprint = contentFingerprint;
  }

  /** The analysis fingerprint of the configuration the article was analyzed with. */
  public String getConfigFingerprint() {
    return configFingerprint;
  }

  public void setConfigFingerprint(String configFingerprint) {
    this.configFingerprint = configFingerprint;
  }

  /** Fingerprint of the models and code version the article was analyzed with. */
  public String getModelFingerprint() {
    return modelFingerprint;
  }

  public void setModelFingerprint(String modelFingerprint) {
    this.modelFingerprint = modelFingerprint;
  }
}
