package com.mediaframing.spark;

import java.util.Map;

/**
 * What a finished run reports: record counts that reconcile ({@code nInput = nProcessed +
 * nRejected}), tokens tagged, rows per table, wall time per stage in milliseconds.
 */
public record RunSummary(
    String runId,
    long nInput,
    long nProcessed,
    long nRejected,
    long nTokens,
    long nMentions,
    Map<String, Long> tableRows,
    Map<String, Long> stageMillis) {}
