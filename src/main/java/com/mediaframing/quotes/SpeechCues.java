package com.mediaframing.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The word lists quote extraction relies on, bundled with the jar: attribution cue verbs with their
 * class ({@code speech-cues.txt}, after Krestel et al. 2008 and PARC 3.0; see the file), head nouns
 * of speaker phrases with the speaker type they imply ({@code speaker-nouns.txt}) and news
 * organisations that can be cited as sources ({@code media-sources.txt}). Immutable and
 * thread-safe; {@link #bundled()} loads the lists once per JVM.
 */
public final class SpeechCues implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The class of a cue verb. */
  public enum CueClass {
    SPEECH,
    REPORT,
    BELIEF
  }

  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("said", "say"),
          Map.entry("says", "say"),
          Map.entry("told", "tell"),
          Map.entry("wrote", "write"),
          Map.entry("written", "write"),
          Map.entry("spoke", "speak"),
          Map.entry("spoken", "speak"),
          Map.entry("thought", "think"),
          Map.entry("felt", "feel"),
          Map.entry("knew", "know"),
          Map.entry("known", "know"),
          Map.entry("found", "find"),
          Map.entry("swore", "swear"),
          Map.entry("sworn", "swear"),
          Map.entry("shown", "show"),
          Map.entry("cried", "cry"),
          Map.entry("denied", "deny"),
          Map.entry("replied", "reply"),
          Map.entry("testified", "testify"),
          Map.entry("implied", "imply"),
          Map.entry("clarified", "clarify"),
          Map.entry("learnt", "learn"));

  private final Map<String, CueClass> verbs;
  private final Map<String, SpeakerType> nouns;
  private final Map<String, String> media;
  private final int longestMediaTokens;

  SpeechCues(
      Map<String, CueClass> verbs, Map<String, SpeakerType> nouns, Map<String, String> media) {
    this.verbs = Map.copyOf(verbs);
    this.nouns = Map.copyOf(nouns);
    this.media = Map.copyOf(media);
    int longest = 1;
    for (String name : media.keySet()) {
      longest = Math.max(longest, name.split(" ").length);
    }
    this.longestMediaTokens = longest;
  }

  private static final class Holder {
    static final SpeechCues BUNDLED = load();
  }

  /** The lists bundled with the jar. */
  public static SpeechCues bundled() {
    return Holder.BUNDLED;
  }

  /**
   * The class of the cue verb with lemma {@code lemma} and lower-case form {@code form}, or null
   * when it is not a cue. The lemma is tried first, then the form with its inflection stripped.
   */
  public CueClass verb(String lemma, String form) {
    CueClass c = verbs.get(lemma);
    if (c != null) {
      return c;
    }
    String irregular = IRREGULAR.get(form);
    if (irregular != null) {
      return verbs.get(irregular);
    }
    for (String stem : stems(form)) {
      c = verbs.get(stem);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  private static List<String> stems(String form) {
    List<String> out = new ArrayList<>(4);
    int n = form.length();
    if (form.endsWith("ing") && n > 5) {
      String s = form.substring(0, n - 3);
      out.add(s);
      out.add(s + "e");
      if (s.length() > 2 && s.charAt(s.length() - 1) == s.charAt(s.length() - 2)) {
        out.add(s.substring(0, s.length() - 1));
      }
    } else if (form.endsWith("ied") && n > 4) {
      out.add(form.substring(0, n - 3) + "y");
    } else if (form.endsWith("ed") && n > 3) {
      String s = form.substring(0, n - 2);
      out.add(s);
      out.add(s + "e");
      if (s.length() > 2 && s.charAt(s.length() - 1) == s.charAt(s.length() - 2)) {
        out.add(s.substring(0, s.length() - 1));
      }
    } else if (form.endsWith("ies") && n > 4) {
      out.add(form.substring(0, n - 3) + "y");
    } else if (form.endsWith("es") && n > 3) {
      out.add(form.substring(0, n - 2));
      out.add(form.substring(0, n - 1));
    } else if (form.endsWith("s") && n > 2) {
      out.add(form.substring(0, n - 1));
    }
    return out;
  }

  /** The speaker type a head noun implies (lower case), or null when the noun is not listed. */
  public SpeakerType noun(String lowerNoun) {
    return nouns.get(lowerNoun);
  }

  /**
   * The canonical name of the news organisation named exactly {@code name} ("Reuters", "the Post"),
   * or null. A leading "the"/"The" is tried with and without.
   */
  public String media(String name) {
    String c = media.get(name);
    if (c == null && (name.startsWith("the ") || name.startsWith("The "))) {
      c = media.get(name.substring(4));
      if (c == null) {
        c = media.get("the " + name.substring(4));
      }
    }
    return c;
  }

  /** The most tokens a media naming has (for bounded look-ups). */
  public int longestMediaTokens() {
    return longestMediaTokens;
  }

  static SpeechCues load() {
    Map<String, CueClass> verbs = new HashMap<>();
    for (String[] row : rows("speech-cues.txt", 2)) {
      verbs.put(row[0], CueClass.valueOf(row[1].toUpperCase(Locale.ROOT)));
    }
    Map<String, SpeakerType> nouns = new HashMap<>();
    for (String[] row : rows("speaker-nouns.txt", 2)) {
      nouns.put(row[0], SpeakerType.valueOf(row[1].toUpperCase(Locale.ROOT)));
    }
    Map<String, String> media = new HashMap<>();
    for (String[] row : rows("media-sources.txt", 1)) {
      String[] names = row[0].split("\\|");
      for (String name : names) {
        media.put(name.trim(), names[0].trim());
      }
    }
    return new SpeechCues(verbs, nouns, media);
  }

  private static List<String[]> rows(String resource, int columns) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = SpeechCues.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("quote word list " + resource + " missing from the jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = columns == 1 ? new String[] {line.trim()} : line.trim().split("\t");
        if (row.length != columns) {
          throw new IllegalStateException(
              "quote word list "
                  + resource
                  + " line "
                  + lineNo
                  + ": expected "
                  + columns
                  + " tab-separated columns");
        }
        out.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read quote word list " + resource, e);
    }
    return out;
  }
}
