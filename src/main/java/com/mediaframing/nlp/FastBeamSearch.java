package com.mediaframing.nlp;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's beam search ({@code opennlp.tools.ml.BeamSearch} of opennlp-tools 2.5.x, without its
 * optional context cache) with the same result for the same model, computed with less work. At
 * every position the reference implementation, for each of up to {@code size} hypotheses, asks the
 * context generator for the features, evaluates the model, copies and sorts all outcome
 * probabilities to find the {@code size}-th largest, and extends the hypothesis by every outcome at
 * least that likely. This class does the same steps in the same order, with two differences that
 * cannot change the outcome:
 *
 * <ul>
 *   <li>the {@code size}-th largest probability is found by one selection pass instead of a sort
 *       (with 860 lemmatizer outcomes the sort cost more than the model);
 *   <li>a hypothesis whose feature strings equal those of an earlier hypothesis at the same
 *       position reuses that evaluation. The model is a pure function of the features, so the
 *       probabilities are the very same numbers. The POS models' feature generator caches features
 *       per token position, so all hypotheses at a position usually share them and the model runs
 *       once per token instead of once per hypothesis.
 * </ul>
 *
 * Hypotheses enter and leave the same priority queues in the same order as in the reference, so
 * even ties between equal scores resolve identically. Stateless per call and thread-safe: one
 * instance can serve all taggers of a JVM.
 */
final class FastBeamSearch implements SequenceClassificationModel {
  /** The reference's floor for sequence scores when the caller gives none. */
  private static final double MIN_SEQUENCE_SCORE = -100000;

  private static final Object[] NO_ADDITIONAL_CONTEXT = new Object[0];

  private final int size;
  private final MaxentModel model;
  private final String[] outcomeNames;

  FastBeamSearch(int size, MaxentModel model) {
    if (size < 1) {
      throw new IllegalArgumentException("beam size must be at least 1, got " + size);
    }
    this.size = size;
    this.model = model;
    this.outcomeNames = new String[model.getNumOutcomes()];
    for (int i = 0; i < outcomeNames.length; i++) {
      outcomeNames[i] = model.getOutcome(i);
    }
  }

  @Override
  public <T> Sequence bestSequence(
      T[] sequence,
      Object[] additionalContext,
      BeamSearchContextGenerator<T> cg,
      SequenceValidator<T> validator) {
    Sequence[] best = bestSequences(1, sequence, additionalContext, cg, validator);
    return best.length > 0 ? best[0] : null;
  }

  @Override
  public <T> Sequence[] bestSequences(
      int numSequences,
      T[] sequence,
      Object[] additionalContext,
      BeamSearchContextGenerator<T> cg,
      SequenceValidator<T> validator) {
    return bestSequences(
        numSequences, sequence, additionalContext, MIN_SEQUENCE_SCORE, cg, validator);
  }

  @Override
  public <T> Sequence[] bestSequences(
      int numSequences,
      T[] sequence,
      Object[] additionalContext,
      double minSequenceScore,
      BeamSearchContextGenerator<T> cg,
      SequenceValidator<T> validator) {
    Queue<Sequence> prev = new PriorityQueue<>(size);
    Queue<Sequence> next = new PriorityQueue<>(size);
    prev.add(new Sequence());
    Object[] extra = additionalContext == null ? NO_ADDITIONAL_CONTEXT : additionalContext;
    String[][] seenContexts = new String[size][];
    double[][] seenScores = new double[size][];
    double[] top = new double[size];
    for (int i = 0; i < sequence.length; i++) {
      int hypotheses = Math.min(size, prev.size());
      int seen = 0;
      for (int h = 0; !prev.isEmpty() && h < hypotheses; h++) {
        Sequence hypothesis = prev.remove();
        String[] outcomes = hypothesis.getOutcomes().toArray(new String[0]);
        String[] contexts = cg.getContext(i, sequence, outcomes, extra);
        double[] scores = null;
        for (int k = 0; k < seen && scores == null; k++) {
          if (Arrays.equals(seenContexts[k], contexts)) {
            scores = seenScores[k];
          }
        }
        if (scores == null) {
          scores = model.eval(contexts, new double[outcomeNames.length]);
          seenContexts[seen] = contexts.clone();
          seenScores[seen++] = scores;
        }
        double min = sizeThLargest(scores, top);
        for (int p = 0; p < scores.length; p++) {
          if (scores[p] >= min) {
            extend(hypothesis, p, scores, i, sequence, outcomes, minSequenceScore, validator, next);
          }
        }
        if (next.isEmpty()) {
          for (int p = 0; p < scores.length; p++) {
            extend(hypothesis, p, scores, i, sequence, outcomes, minSequenceScore, validator, next);
          }
        }
      }
      prev.clear();
      Queue<Sequence> t = prev;
      prev = next;
      next = t;
    }
    int n = Math.min(numSequences, prev.size());
    Sequence[] best = new Sequence[n];
    for (int k = 0; k < n; k++) {
      best[k] = prev.remove();
    }
    return best;
  }

  private <T> void extend(
      Sequence hypothesis,
      int p,
      double[] scores,
      int i,
      T[] sequence,
      String[] outcomes,
      double minSequenceScore,
      SequenceValidator<T> validator,
      Queue<Sequence> next) {
    String out = outcomeNames[p];
    if (validator.validSequence(i, sequence, outcomes, out)) {
      Sequence extended = new Sequence(hypothesis, out, scores[p]);
      if (extended.getScore() > minSequenceScore) {
        next.add(extended);
      }
    }
  }

  /**
   * The value at index {@code max(0, n - size)} of {@code scores} sorted ascending by {@link
   * Double#compare} (the order {@link Arrays#sort(double[])} uses): the {@code size}-th largest
   * value counting repeats, or the smallest when there are fewer values.
   *
   * @param top scratch space of {@code size} values
   */
  double sizeThLargest(double[] scores, double[] top) {
    int wanted = Math.min(size, scores.length);
    int filled = 0;
    for (double v : scores) {
      if (filled < wanted) {
        int j = filled++;
        while (j > 0 && Double.compare(v, top[j - 1]) > 0) {
          top[j] = top[j - 1];
          j--;
        }
        top[j] = v;
      } else if (Double.compare(v, top[wanted - 1]) > 0) {
        int j = wanted - 1;
        while (j > 0 && Double.compare(v, top[j - 1]) > 0) {
          top[j] = top[j - 1];
          j--;
        }
        top[j] = v;
      }
    }
    return top[wanted - 1];
  }

  @Override
  public String[] getOutcomes() {
    return outcomeNames.clone();
  }
}
