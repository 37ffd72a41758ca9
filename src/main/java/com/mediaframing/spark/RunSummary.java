package com.mediaframing.spark;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a finished run reports: its run date, record counts that reconcile ({@code nInput =
 * nProcessed + nRejected + nUnchanged}), articles analyzed, tokens tagged, rows per table, wall and
 * CPU time per stage in milliseconds.
 *
 * @param nProcessed documents in the run date's partition
 * @param nUnchanged records an incremental run skipped that stay in an earlier date's partition
 * @param nAnalyzed records tagged and analyzed by this run
 * @param nTokens tokens tagged by this run
 * @param nMentions mentions rows in the run date's partition (0 when it was not rewritten)
 * @param stageCpuMillis CPU time of the job's JVM per stage (on an embedded Spark driver and
 *     executors; on a cluster the driver only); empty when the JVM does not report it
 */
public record RunSummary(
    String runId,
    LocalDate runDate,
    long nInput,
    long nProcessed,
    long nRejected,
    long nUnchanged,
    long nAnalyzed,
    long nTokens,
    long nMentions,
    Map<String, Long> tableRows,
    Map<String, Long> stageMillis,
    Map<String, Long> stageCpuMillis) {}
