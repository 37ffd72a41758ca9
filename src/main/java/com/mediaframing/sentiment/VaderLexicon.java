package com.mediaframing.sentiment;

import com.mediaframing.base.BundledResource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The VADER sentiment lexicon (Hutto and Gilbert, 2014): about 7,500 words and emoticons with a
 * mean valence between -4 and 4. Read from the classpath resource {@value #RESOURCE} shipped in
 * {@code com.github.apanimesh061:vader-sentiment-analyzer:1.0}, whose lines are {@code token TAB
 * mean-valence TAB standard-deviation TAB ratings}. Loaded once per JVM by {@link #get()};
 * immutable and thread-safe.
 */
public final class VaderLexicon {
  /** Classpath resource of the lexicon. */
  public static final String RESOURCE = "vader_sentiment_lexicon.txt";

  private final Map<String, Double> valences;

  private VaderLexicon(Map<String, Double> valences) {
    this.valences = Map.copyOf(valences);
  }

  private static final class Holder {
    static final VaderLexicon INSTANCE = loadResource();

    private static VaderLexicon loadResource() {
      return BundledResource.load(
          RESOURCE,
          "VADER lexicon (com.github.apanimesh061:vader-sentiment-analyzer:1.0)",
          in -> load(in, RESOURCE));
    }
  }

  /** The lexicon of this JVM, loaded from the classpath on the first call. */
  public static VaderLexicon get() {
    return Holder.INSTANCE;
  }

  /**
   * Reads a lexicon in VADER's format (UTF-8, CRLF or LF). Blank lines are skipped.
   *
   * @param source name of the input for error messages
   * @throws IllegalArgumentException naming the source and line when a line has no numeric valence
   */
  public static VaderLexicon load(InputStream in, String source) throws IOException {
    Map<String, Double> valences = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      String[] fields = trimmed.split("\t");
      try {
        if (fields.length < 2) {
          throw new NumberFormatException("no valence column");
        }
        valences.put(fields[0].toLowerCase(Locale.ROOT), Double.parseDouble(fields[1]));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            source + " line " + lineNumber + ": expected 'token<TAB>valence', got '" + line + "'",
            e);
      }
    }
    return new VaderLexicon(valences);
  }

  /** Number of entries. */
  public int size() {
    return valences.size();
  }

  /** Whether the lexicon has an entry for {@code word} (case-insensitive). */
  public boolean contains(String word) {
    return valences.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** Mean valence of {@code word} (case-insensitive), in [-4, 4]; 0 when it is not listed. */
  public double valence(String word) {
    return valences.getOrDefault(word.toLowerCase(Locale.ROOT), 0.0);
  }

  /**
   * Valence of a token, looked up first as written (lower-cased) and then by its lemma, so that
   * inflected forms VADER lists with their own rating ({@code praised} 2.2) keep it and others fall
   * back to the base form.
   */
  public double valence(String token, String lemma) {
    return valenceOfLowerCase(token.toLowerCase(Locale.ROOT), lemma);
  }

  /** {@link #valence(String, String)} for a token already lower-cased with {@link Locale#ROOT}. */
  double valenceOfLowerCase(String lowerToken, String lemma) {
    Double v = valences.get(lowerToken);
    if (v == null && lemma != null) {
      v = valences.get(lemma);
    }
    return v == null ? 0.0 : v;
  }
}
