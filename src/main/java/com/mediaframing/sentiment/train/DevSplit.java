package com.mediaframing.sentiment.train;

import com.mediaframing.base.Checksums;
import com.mediaframing.base.ConfigException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The fixed development split of NewsMTSC's training file: a sentence is in the dev part when the
 * first four bytes of SHA-256 of its UTF-8 {@code primary_gid}, read as an unsigned big-endian
 * integer, are 0 modulo {@value #BUCKETS}, so about 10% of the sentences, the same ones on every
 * machine and run, and all targets of one sentence fall on the same side. Constants of the lexicon
 * scorer are tuned on the rest only. Stateless and thread-safe.
 */
public final class DevSplit {
  /** One sentence in this many is in the dev part. */
  public static final int BUCKETS = 10;

  private DevSplit() {}

  /** Whether the sentence with this {@code primary_gid} belongs to the dev part. */
  public static boolean isDev(String primaryGid) {
    return bucket(primaryGid) == 0;
  }

  /**
   * The sentences of a split: {@code all}, {@code dev} (the dev part) or {@code train} (the rest).
   */
  public static List<TscSentence> select(List<TscSentence> all, String split) {
    return switch (split) {
      case "all" -> all;
      case "dev" -> all.stream().filter(s -> isDev(s.primaryGid())).toList();
      case "train" -> all.stream().filter(s -> !isDev(s.primaryGid())).toList();
      default ->
          throw new ConfigException("unknown split '" + split + "' (expected dev, train or all)");
    };
  }

  /** The bucket in [0, {@value #BUCKETS}) of a {@code primary_gid}. */
  public static int bucket(String primaryGid) {
    byte[] hash = Checksums.sha256(primaryGid.getBytes(StandardCharsets.UTF_8));
    long value =
        ((hash[0] & 0xFFL) << 24)
            | ((hash[1] & 0xFFL) << 16)
            | ((hash[2] & 0xFFL) << 8)
            | (hash[3] & 0xFFL);
    return (int) (value % BUCKETS);
  }
}
