package com.mediaframing.topics;

import com.mediaframing.nlp.AnnotatedSentence;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts topic-term matches in an annotated article and turns them into topic shares.
 *
 * <p><b>Matching.</b> Terms and tokens are cut into words the same way ({@link TermWords}: hyphens
 * and en dashes are words of their own). A term word matches a token word if it equals the token's
 * lower-cased text, its OpenNLP lemma, the lower-cased text without a possessive {@code 's}/{@code
 * ’s}, or — when the lemmatizer left the word unchanged, as it does for unknown names like
 * "Houthis" — that text without a final plural {@code s}. So the term "strike" matches "strikes"
 * and "struck", and "Houthi" matches "Houthis" and "Houthi-controlled"; write terms in their base
 * form to match all inflections. Acronym words (NATO, UN, ISIS) match only the identical token text
 * (possessive allowed). Multi-word terms match consecutive words ("Red Sea", "peace talks").
 * Matching is leftmost-longest and non-overlapping: at each position the longest term that matches
 * wins and the scan continues after it. Terms are indexed in hash maps by their first word, so the
 * cost per token is a few lookups.
 *
 * <p><b>Minimum evidence.</b> A topic with fewer than {@code minMatches} matches (default {@value
 * #DEFAULT_MIN_MATCHES}) is left out of the weights when at least one other topic reaches {@code
 * minMatches}; when no topic reaches it, all matched topics are kept, because weak evidence is then
 * the only evidence. Weights are each retained topic's matches divided by the retained total.
 *
 * <p>Immutable, thread-safe and serializable: build it once on the driver and ship it.
 */
public final class TopicScorer implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int DEFAULT_MIN_MATCHES = 2;

  /** One term as words to match, with the index of its topic. */
  private record TermPattern(String[] words, boolean[] exact, int topic) implements Serializable {}

  private final List<String> topicIds;
  private final int minMatches;

  /** Patterns by first word (lower-cased), longest first. */
  private final Map<String, List<TermPattern>> byLowerFirstWord;

  /** Patterns whose first word is an acronym, by that word as written, longest first. */
  private final Map<String, List<TermPattern>> byExactFirstWord;

  public TopicScorer(TopicDictionary dictionary) {
    this(dictionary, DEFAULT_MIN_MATCHES);
  }

  public TopicScorer(TopicDictionary dictionary, int minMatches) {
    if (minMatches < 1) {
      throw new IllegalArgumentException("minMatches must be at least 1, got " + minMatches);
    }
    this.minMatches = minMatches;
    List<String> ids = new ArrayList<>();
    Map<String, List<TermPattern>> lower = new HashMap<>();
    Map<String, List<TermPattern>> exact = new HashMap<>();
    for (Topic topic : dictionary.topics()) {
      int index = ids.size();
      ids.add(topic.topicId());
      for (String term : topic.terms()) {
        List<String> words = TermWords.ofTerm(term);
        boolean[] isExact = new boolean[words.size()];
        for (int i = 0; i < isExact.length; i++) {
          isExact[i] = TermWords.isAcronym(words.get(i));
        }
        TermPattern pattern = new TermPattern(words.toArray(String[]::new), isExact, index);
        (isExact[0] ? exact : lower)
            .computeIfAbsent(words.get(0), k -> new ArrayList<>())
            .add(pattern);
      }
    }
    this.topicIds = List.copyOf(ids);
    this.byLowerFirstWord = freeze(lower);
    this.byExactFirstWord = freeze(exact);
  }

  private static Map<String, List<TermPattern>> freeze(Map<String, List<TermPattern>> map) {
    Map<String, List<TermPattern>> out = new HashMap<>();
    Comparator<TermPattern> longestFirst = Comparator.comparingInt(p -> -p.words().length);
    map.forEach(
        (key, patterns) -> {
          List<TermPattern> sorted = new ArrayList<>(patterns);
          sorted.sort(longestFirst);
          out.put(key, List.copyOf(sorted));
        });
    return Map.copyOf(out);
  }

  public int minMatches() {
    return minMatches;
  }

  /** The topic profile of one article's sentences. */
  public TopicProfile score(List<AnnotatedSentence> sentences) {
    int[] counts = new int[topicIds.size()];
    for (AnnotatedSentence sentence : sentences) {
      countMatches(words(sentence), counts);
    }
    return profile(counts);
  }

  private void countMatches(List<Word> words, int[] counts) {
    int i = 0;
    while (i < words.size()) {
      TermPattern best = null;
      Word word = words.get(i);
      best = longer(best, bestAt(byLowerFirstWord.get(word.lower), words, i));
      if (word.lemma != null) {
        best = longer(best, bestAt(byLowerFirstWord.get(word.lemma), words, i));
      }
      if (word.base != null) {
        best = longer(best, bestAt(byLowerFirstWord.get(word.base), words, i));
      }
      if (word.singular != null) {
        best = longer(best, bestAt(byLowerFirstWord.get(word.singular), words, i));
      }
      if (!byExactFirstWord.isEmpty()) {
        best = longer(best, bestAt(byExactFirstWord.get(word.exact), words, i));
        if (word.exactBase != null) {
          best = longer(best, bestAt(byExactFirstWord.get(word.exactBase), words, i));
        }
      }
      if (best == null) {
        i++;
      } else {
        counts[best.topic()]++;
        i += best.words().length;
      }
    }
  }

  private static TermPattern longer(TermPattern a, TermPattern b) {
    if (a == null) {
      return b;
    }
    return b != null && b.words().length > a.words().length ? b : a;
  }

  /** The first (longest) pattern of {@code candidates} matching the words from {@code start}. */
  private static TermPattern bestAt(List<TermPattern> candidates, List<Word> words, int start) {
    if (candidates == null) {
      return null;
    }
    for (TermPattern pattern : candidates) {
      String[] termWords = pattern.words();
      if (start + termWords.length > words.size()) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < termWords.length && all; k++) {
        all = words.get(start + k).matches(termWords[k], pattern.exact()[k]);
      }
      if (all) {
        return pattern;
      }
    }
    return null;
  }

  private TopicProfile profile(int[] counts) {
    Map<String, Integer> matches = new LinkedHashMap<>();
    boolean anyStrong = false;
    for (int t = 0; t < counts.length; t++) {
      if (counts[t] > 0) {
        matches.put(topicIds.get(t), counts[t]);
        anyStrong |= counts[t] >= minMatches;
      }
    }
    int retained = 0;
    for (int count : matches.values()) {
      if (!anyStrong || count >= minMatches) {
        retained += count;
      }
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : matches.entrySet()) {
      if (!anyStrong || e.getValue() >= minMatches) {
        weights.put(e.getKey(), e.getValue() / (double) retained);
      }
    }
    return new TopicProfile(matches, weights);
  }

  /** The sentence's tokens as comparable words, hyphenated tokens cut into parts. */
  private static List<Word> words(AnnotatedSentence sentence) {
    List<Word> words = new ArrayList<>(sentence.size() + 4);
    for (int i = 0; i < sentence.size(); i++) {
      String token = sentence.token(i);
      String lemma = sentence.lemma(i);
      if (token.length() > 1 && TermWords.hasDash(token)) {
        List<String> parts = TermWords.splitDashes(token);
        List<String> lemmaParts = TermWords.splitDashes(lemma);
        boolean paired = lemmaParts.size() == parts.size();
        for (int p = 0; p < parts.size(); p++) {
          words.add(new Word(parts.get(p), paired ? lemmaParts.get(p) : null));
        }
      } else {
        words.add(new Word(TermWords.isDash(token.charAt(0)) ? TermWords.DASH : token, lemma));
      }
    }
    return words;
  }

  /** One token (or part of a hyphenated token) in the forms terms may match. */
  private static final class Word {
    final String exact;
    final String exactBase;
    final String lower;
    final String lemma;
    final String base;
    final String singular;

    Word(String text, String lemma) {
      this.exact = text;
      this.lower = text.toLowerCase(Locale.ROOT);
      this.lemma = lemma == null || lemma.equals(lower) ? null : lemma;
      String stripped = stripPossessive(text);
      this.exactBase = stripped.equals(text) ? null : stripped;
      String lowerBase = stripped.toLowerCase(Locale.ROOT);
      this.base = lowerBase.equals(lower) ? null : lowerBase;
      this.singular =
          this.lemma == null
                  && lowerBase.length() > 3
                  && lowerBase.endsWith("s")
                  && !lowerBase.endsWith("ss")
              ? lowerBase.substring(0, lowerBase.length() - 1)
              : null;
    }

    boolean matches(String termWord, boolean exactCase) {
      if (exactCase) {
        return termWord.equals(exact) || termWord.equals(exactBase);
      }
      return termWord.equals(lower)
          || termWord.equals(lemma)
          || termWord.equals(base)
          || termWord.equals(singular);
    }

    private static String stripPossessive(String text) {
      int n = text.length();
      if (n > 2 && (text.endsWith("'s") || text.endsWith("’s") || text.endsWith("'S"))) {
        return text.substring(0, n - 2);
      }
      if (n > 1 && (text.endsWith("'") || text.endsWith("’"))) {
        return text.substring(0, n - 1);
      }
      return text;
    }
  }
}
