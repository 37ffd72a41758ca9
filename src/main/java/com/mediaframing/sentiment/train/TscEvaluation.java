package com.mediaframing.sentiment.train;

import com.mediaframing.sentiment.SentimentLabel;
import java.util.Locale;

/**
 * Accumulates gold and predicted labels of target-dependent sentiment into a 3×3 confusion matrix
 * and derives per-class precision, recall and F1, macro-F1 over the three classes (F1m, the
 * NewsMTSC paper's main measure) and accuracy. A class with no predictions has precision 0, one
 * with no gold items recall 0. Not thread-safe: one instance per evaluating thread.
 */
public final class TscEvaluation {
  private static final SentimentLabel[] LABELS = SentimentLabel.values();

  private final long[][] counts = new long[LABELS.length][LABELS.length];
  private long skipped;

  /** Records one target. */
  public void add(SentimentLabel gold, SentimentLabel predicted) {
    counts[gold.ordinal()][predicted.ordinal()]++;
  }

  /** Records a target that could not be scored (its mention covers no token). */
  public void addSkipped() {
    skipped++;
  }

  /** Number of targets with gold label {@code gold} that were predicted as {@code predicted}. */
  public long count(SentimentLabel gold, SentimentLabel predicted) {
    return counts[gold.ordinal()][predicted.ordinal()];
  }

  /** Number of scored targets. */
  public long total() {
    long sum = 0;
    for (long[] row : counts) {
      for (long c : row) {
        sum += c;
      }
    }
    return sum;
  }

  public long skipped() {
    return skipped;
  }

  public double precision(SentimentLabel label) {
    long predicted = 0;
    for (SentimentLabel gold : LABELS) {
      predicted += count(gold, label);
    }
    return ratio(count(label, label), predicted);
  }

  public double recall(SentimentLabel label) {
    long gold = 0;
    for (SentimentLabel predicted : LABELS) {
      gold += count(label, predicted);
    }
    return ratio(count(label, label), gold);
  }

  public double f1(SentimentLabel label) {
    double p = precision(label);
    double r = recall(label);
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** Unweighted mean of the three classes' F1 (F1m). */
  public double macroF1() {
    double sum = 0;
    for (SentimentLabel label : LABELS) {
      sum += f1(label);
    }
    return sum / LABELS.length;
  }

  public double accuracy() {
    long correct = 0;
    for (SentimentLabel label : LABELS) {
      correct += count(label, label);
    }
    return ratio(correct, total());
  }

  /** A few lines: F1m, accuracy, per-class P/R/F1 and the confusion matrix (rows are gold). */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "targets %d (skipped %d)%nF1m %.4f  accuracy %.4f%n",
            total(),
            skipped,
            macroF1(),
            accuracy()));
    for (SentimentLabel label : LABELS) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-8s P %.4f  R %.4f  F1 %.4f%n",
              label.id(),
              precision(label),
              recall(label),
              f1(label)));
    }
    sb.append("gold\\pred negative neutral positive").append(System.lineSeparator());
    for (SentimentLabel gold : LABELS) {
      sb.append(String.format(Locale.ROOT, "%-9s", gold.id()));
      for (SentimentLabel predicted : LABELS) {
        sb.append(String.format(Locale.ROOT, " %8d", count(gold, predicted)));
      }
      sb.append(System.lineSeparator());
    }
    return sb.toString();
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0.0 : (double) a / b;
  }
}
