package com.mediaframing.sentiment;

/**
 * What {@link TscFeatures} extracts for one target mention: the binary feature strings both halves
 * of the model read, and the context words behind the dense features of the logistic half ({@link
 * ContextVectors}). The array is owned by the record; treat it as read-only.
 */
public record MentionFeatures(String[] sparse, ContextWords context) {}
