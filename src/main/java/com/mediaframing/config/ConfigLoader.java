package com.mediaframing.config;

import com.mediaframing.actors.ActorDictionary;
import com.mediaframing.base.Checksums;
import com.mediaframing.base.ConfigException;
import com.mediaframing.clean.BoilerplateRules;
import com.mediaframing.ingest.OutletDirectory;
import com.mediaframing.sentiment.SentimentScorers;
import com.mediaframing.topics.TopicDictionary;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.function.BiFunction;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Resolves {@link RunOptions} into a {@link JobConfig} on the driver: finds each dictionary, loads
 * and validates it, and fingerprints the result. Precedence for each dictionary: the explicit
 * option ({@code --actors} …), then {@code $FRAMING_HOME/config/<file>} (set by {@code bin/framing}
 * to the project folder), then the default packaged in the jar. Any problem is a {@link
 * ConfigException} naming the file and value.
 */
public final class ConfigLoader {
  /** System property (set by bin/framing) or environment variable naming the project folder. */
  public static final String HOME_PROPERTY = "framing.home";

  private final Configuration hadoop;

  public ConfigLoader(Configuration hadoop) {
    this.hadoop = hadoop;
  }

  public JobConfig load(RunOptions o) {
    MessageDigest digest = Checksums.newSha256();
    Loaded<ActorDictionary> actors = load(o.actors(), "actors.csv", ActorDictionary::parse, digest);
    Loaded<TopicDictionary> topics = load(o.topics(), "topics.csv", TopicDictionary::parse, digest);
    Loaded<OutletDirectory> outlets =
        load(o.outlets(), "outlets.csv", OutletDirectory::parse, digest);
    Loaded<BoilerplateRules> boilerplate =
        load(
            o.boilerplate(),
            "boilerplate.txt",
            (r, name) -> BoilerplateRules.defaults().and(BoilerplateRules.parse(r, name)),
            digest);
    String scorer = o.sentiment().toLowerCase(Locale.ROOT);
    if (!SentimentScorers.names().contains(scorer)) {
      throw new ConfigException(
          "--sentiment '" + o.sentiment() + "' is not one of " + SentimentScorers.names());
    }
    // every option that decides an article's analysis, then those that decide the tables over
    // the articles: derived from the options record, so none can be left out
    digest.update(OptionFingerprint.analysis(o).getBytes(StandardCharsets.UTF_8));
    String analysisFingerprint;
    try {
      analysisFingerprint = "sha256:" + Checksums.hex((MessageDigest) digest.clone());
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(e);
    }
    digest.update(OptionFingerprint.output(o).getBytes(StandardCharsets.UTF_8));
    return new JobConfig(
        o,
        new Dictionaries(
            actors.value,
            actors.source,
            topics.value,
            topics.source,
            outlets.value,
            outlets.source,
            boilerplate.value,
            boilerplate.source),
        scorer,
        "sha256:" + Checksums.hex(digest),
        analysisFingerprint);
  }

  private record Loaded<T>(T value, String source) {}

  private <T> Loaded<T> load(
      String explicit, String file, BiFunction<Reader, String, T> parser, MessageDigest digest) {
    String path = explicit;
    if (path == null) {
      String home = System.getProperty(HOME_PROPERTY, System.getenv("FRAMING_HOME"));
      if (home != null && new File(home, "config/" + file).isFile()) {
        path = new File(home, "config/" + file).getPath();
      }
    }
    byte[] bytes;
    String source;
    if (path != null) {
      bytes = readPath(path);
      source = path;
    } else {
      bytes = readBuiltin(file);
      source = "builtin:" + file;
    }
    digest.update(file.getBytes(StandardCharsets.UTF_8));
    digest.update(bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    return new Loaded<>(parser.apply(new StringReader(text), source), source);
  }

  private byte[] readPath(String path) {
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(hadoop);
      if (!fs.exists(p) || !fs.getFileStatus(p).isFile()) {
        throw new ConfigException("configuration file " + path + " does not exist");
      }
      try (InputStream in = fs.open(p)) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new ConfigException(
          "configuration file " + path + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static byte[] readBuiltin(String file) {
    try (InputStream in =
        ConfigLoader.class.getClassLoader().getResourceAsStream("default-config/" + file)) {
      if (in == null) {
        throw new ConfigException(
            "the built-in default " + file + " is missing from the jar; pass it explicitly");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new ConfigException(
          "the built-in default " + file + " cannot be read: " + e.getMessage(), e);
    }
  }
}
