package com.mediaframing.sentiment.train;

import com.mediaframing.sentiment.ContextVectors;
import com.mediaframing.sentiment.LogisticModel;
import com.mediaframing.sentiment.MentionFeatures;
import com.mediaframing.sentiment.SentimentLabel;
import com.mediaframing.sentiment.TscFeatures;
import com.mediaframing.sentiment.TscModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a {@link TscModel} from tagged NewsMTSC examples in one thread: an OpenNLP GIS maxent
 * model and, when the logistic weight is above 0, a liblinear {@link LogisticModel} on the same
 * feature strings plus (when the dense weight is above 0) the {@link ContextVectors}, whose
 * probabilities the model averages. Examples are sorted by target id before training, GIS has no
 * randomness and liblinear's generator is seeded, so the same examples and parameters give a
 * byte-identical model. Targets whose mention covers no token are left out. Not thread-safe (one
 * training at a time per instance).
 */
public final class TscTrainer {
  /**
   * The training parameters: GIS iterations, feature count cutoff (both models), liblinear's cost C
   * of the logistic model, that model's weight in the average (0: maxent only) and the factor of
   * its standardised dense context features (0: feature strings only).
   */
  public record Parameters(
      int iterations, int cutoff, double logisticCost, double logisticWeight, double denseWeight) {
    /** The parameters of the bundled model, chosen by cross validation (see the model card). */
    public static final Parameters DEFAULTS = new Parameters(150, 2, 3.0, 0.5, 0.02);

    public Parameters {
      if (!(logisticWeight >= 0.0 && logisticWeight <= 1.0)) {
        throw new IllegalArgumentException("logistic weight must be in [0, 1]: " + logisticWeight);
      }
      if (logisticWeight > 0.0 && !(logisticCost > 0.0)) {
        throw new IllegalArgumentException("logistic cost must be positive: " + logisticCost);
      }
      if (!(denseWeight >= 0.0)) {
        throw new IllegalArgumentException("dense weight must not be negative: " + denseWeight);
      }
    }

    TrainingParameters toOpenNlp() {
      TrainingParameters p = new TrainingParameters();
      p.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
      p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
      p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
      p.put(TrainingParameters.THREADS_PARAM, 1);
      p.put("PrintMessages", false);
      return p;
    }
  }

  private final TscFeatures features;
  private final Parameters parameters;

  public TscTrainer(TscFeatures features, Parameters parameters) {
    this.features = features;
    this.parameters = parameters;
  }

  /** Trains on the examples that have a token span. */
  public TscModel train(List<TscExample> examples) {
    List<TscExample> sorted = new ArrayList<>(examples);
    sorted.sort(Comparator.comparing((TscExample e) -> e.target().gid()));
    List<Event> events = new ArrayList<>(sorted.size());
    List<String[]> contexts = new ArrayList<>(sorted.size());
    List<double[]> dense = new ArrayList<>(sorted.size());
    List<Integer> classes = new ArrayList<>(sorted.size());
    ContextVectors contextVectors = new ContextVectors(features.vectors());
    boolean withDense = parameters.logisticWeight() > 0.0 && parameters.denseWeight() > 0.0;
    for (TscExample e : sorted) {
      if (e.span() != null) {
        MentionFeatures m = features.features(e.sentence(), e.span(), e.others(), e.further());
        events.add(new Event(e.target().gold().id(), m.sparse()));
        contexts.add(m.sparse());
        if (withDense) {
          dense.add(contextVectors.represent(m.context()));
        }
        classes.add(e.target().gold().ordinal());
      }
    }
    if (events.isEmpty()) {
      throw new IllegalArgumentException("no trainable targets");
    }
    try {
      EventTrainer trainer =
          TrainerFactory.getEventTrainer(parameters.toOpenNlp(), new HashMap<>());
      GISModel maxent = (GISModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
      if (parameters.logisticWeight() == 0.0) {
        return TscModel.of(maxent, null, 0.0, null);
      }
      LogisticModel logistic =
          LogisticModel.train(
              contexts,
              withDense ? dense : null,
              withDense ? parameters.denseWeight() : 0.0,
              classes.stream().mapToInt(Integer::intValue).toArray(),
              SentimentLabel.values().length,
              parameters.cutoff(),
              parameters.logisticCost());
      return TscModel.of(
          maxent, logistic, parameters.logisticWeight(), withDense ? contextVectors : null);
    } catch (IOException e) {
      throw new UncheckedIOException("training failed", e);
    }
  }
}
