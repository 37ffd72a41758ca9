/**
 * One article end to end in plain Java ({@link com.mediaframing.analysis.ArticleAnalyzer}):
 * cleaning, tagging, language check, actor mentions, sentiment toward each, quotes and their
 * speakers, topics, story terms and facts, into an {@link
 * com.mediaframing.analysis.AnalyzedArticle}. May import {@code quotes}, {@code actors}, {@code
 * clean}, {@code topics}, {@code sentiment}, {@code ingest}, {@code nlp} and {@code base}.
 */
package com.mediaframing.analysis;
