package com.mediaframing.quotes.eval;

import java.util.Locale;

/**
 * Counts of one quote evaluation ({@link QuoteEvaluator}) and the measures derived from them.
 * Immutable.
 *
 * @param articles articles evaluated
 * @param predictedDirect direct quotes predicted
 * @param matchedPredictedDirect predicted direct quotes that match a gold direct attribution
 * @param goldDirect gold direct attributions
 * @param matchedGoldDirect gold direct attributions matched by a predicted direct quote
 * @param speakerJudged matched predicted direct quotes whose gold attribution has a source
 * @param speakerCorrect of those, the ones whose predicted speaker span overlaps the gold source
 * @param goldAll gold attributions, direct and indirect
 * @param matchedGoldAll gold attributions matched by any predicted quote
 * @param predictedIndirect indirect attributions predicted
 * @param matchedPredictedIndirect predicted indirect attributions that match any gold attribution
 * @param fileFlagMatchedPredictedDirect predicted direct quotes that match a gold attribution the
 *     file flags direct
 * @param fileFlagGoldDirect gold attributions the file flags direct
 * @param fileFlagMatchedGoldDirect of those, the ones matched by a predicted direct quote
 * @param fileFlagSpeakerJudged predicted direct quotes matching a file-flagged direct attribution
 *     that has a source
 * @param fileFlagSpeakerCorrect of those, the ones whose speaker span overlaps that source
 */
public record QuoteEvaluation(
    int articles,
    int predictedDirect,
    int matchedPredictedDirect,
    int goldDirect,
    int matchedGoldDirect,
    int speakerJudged,
    int speakerCorrect,
    int goldAll,
    int matchedGoldAll,
    int predictedIndirect,
    int matchedPredictedIndirect,
    int fileFlagMatchedPredictedDirect,
    int fileFlagGoldDirect,
    int fileFlagMatchedGoldDirect,
    int fileFlagSpeakerJudged,
    int fileFlagSpeakerCorrect) {

  public double directPrecision() {
    return ratio(matchedPredictedDirect, predictedDirect);
  }

  public double directRecall() {
    return ratio(matchedGoldDirect, goldDirect);
  }

  public double directF1() {
    double p = directPrecision();
    double r = directRecall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double speakerAccuracy() {
    return ratio(speakerCorrect, speakerJudged);
  }

  public double attributionRecall() {
    return ratio(matchedGoldAll, goldAll);
  }

  public double indirectPrecision() {
    return ratio(matchedPredictedIndirect, predictedIndirect);
  }

  /** Direct F1 when only the file's {@code direct} flag makes a gold attribution direct. */
  public double fileFlagDirectF1() {
    double p = ratio(fileFlagMatchedPredictedDirect, predictedDirect);
    double r = ratio(fileFlagMatchedGoldDirect, fileFlagGoldDirect);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The direct measures by the file's flag alone, one line. */
  public String fileFlagReport() {
    return String.format(
        Locale.ROOT,
        "by the file's direct flag alone: direct precision %.3f (%d/%d) recall %.3f (%d/%d)"
            + " F1 %.3f, speaker accuracy %.3f (%d/%d)%n",
        ratio(fileFlagMatchedPredictedDirect, predictedDirect),
        fileFlagMatchedPredictedDirect,
        predictedDirect,
        ratio(fileFlagMatchedGoldDirect, fileFlagGoldDirect),
        fileFlagMatchedGoldDirect,
        fileFlagGoldDirect,
        fileFlagDirectF1(),
        ratio(fileFlagSpeakerCorrect, fileFlagSpeakerJudged),
        fileFlagSpeakerCorrect,
        fileFlagSpeakerJudged);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** The printed report: one measure a line, with the counts behind it. */
  public String report() {
    String nl = System.lineSeparator();
    return String.format(
            Locale.ROOT,
            "articles %d%n"
                + "direct quotes (a '' counts as a quotation mark): precision %.3f (%d/%d) recall"
                + " %.3f (%d/%d) F1 %.3f%n"
                + "speaker accuracy on matched direct quotes: %.3f (%d/%d)%n"
                + "all-attribution recall (direct and indirect): %.3f (%d/%d)%n"
                + "indirect attributions: precision %.3f (%d/%d)",
            articles,
            directPrecision(),
            matchedPredictedDirect,
            predictedDirect,
            directRecall(),
            matchedGoldDirect,
            goldDirect,
            directF1(),
            speakerAccuracy(),
            speakerCorrect,
            speakerJudged,
            attributionRecall(),
            matchedGoldAll,
            goldAll,
            indirectPrecision(),
            matchedPredictedIndirect,
            predictedIndirect)
        + nl
        + fileFlagReport();
  }
}
