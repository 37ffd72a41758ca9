package com.mediaframing.sentiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a {@link TscModel} from tagged NewsMTSC examples with OpenNLP's maxent trainers (GIS by
 * default, L-BFGS on request) in one thread. Examples are sorted by target id before training and
 * the trainer has no randomness, so the same examples and parameters give a byte-identical model.
 * Targets whose mention covers no token are left out. Not thread-safe (one training at a time per
 * instance).
 */
public final class TscTrainer {
  /**
   * The training parameters: OpenNLP algorithm name ({@code MAXENT_QN} or {@code MAXENT} for GIS),
   * iterations, feature count cutoff and the L2 penalty (L-BFGS only).
   */
  public record Parameters(String algorithm, int iterations, int cutoff, double l2Cost) {
    /** The parameters of the bundled model, chosen on the dev split (see the model card). */
    public static final Parameters DEFAULTS = new Parameters("MAXENT", 150, 2, 0.0);

    TrainingParameters toOpenNlp() {
      TrainingParameters p = new TrainingParameters();
      p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
      p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
      p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
      p.put(TrainingParameters.THREADS_PARAM, 1);
      p.put("L2Cost", l2Cost);
      p.put("L1Cost", 0.0);
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
    for (TscExample e : sorted) {
      if (e.span() != null) {
        events.add(
            new Event(
                e.target().gold().id(),
                features.extract(e.sentence(), e.span(), e.others(), e.further())));
      }
    }
    if (events.isEmpty()) {
      throw new IllegalArgumentException("no trainable targets");
    }
    try {
      EventTrainer trainer =
          TrainerFactory.getEventTrainer(parameters.toOpenNlp(), new HashMap<>());
      return TscModel.of(trainer.train(ObjectStreamUtils.createObjectStream(events)));
    } catch (IOException e) {
      throw new UncheckedIOException("training failed", e);
    }
  }
}
