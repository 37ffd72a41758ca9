package com.mediaframing.cli;

import com.mediaframing.base.ConfigException;
import com.mediaframing.base.OptionValues;
import com.mediaframing.sentiment.train.TscCrossValidation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The arguments of {@code cv-tsc}, for {@link TscCrossValidation}:
 *
 * <pre>
 * cv-tsc --data FILE [--train-buckets K]
 * </pre>
 *
 * Bad arguments end with one line on stderr and exit code 2. Runs in one thread.
 */
public final class TscCrossValidationMain {
  private static final Map<String, String> OPTIONS =
      new TreeMap<>(
          Map.of(
              "--data", "FILE  NewsMTSC-format JSON lines",
              "--train-buckets", "K  buckets each fold trains on, 1 to 8 (default 8)"));

  private TscCrossValidationMain() {}

  /** Runs the cross validation and returns the printed report. */
  public static String run(String[] args) {
    Map<String, String> values = OptionValues.parse(List.of(args), OPTIONS, "cv-tsc option");
    if (!values.containsKey("--data")) {
      throw new ConfigException("--data is required; usage: --data FILE [--train-buckets K]");
    }
    int trainBuckets =
        OptionValues.positiveInt(values, "--train-buckets", TscCrossValidation.MAX_TRAIN_BUCKETS);
    return TscCrossValidation.run(Path.of(values.get("--data")), trainBuckets);
  }
}
