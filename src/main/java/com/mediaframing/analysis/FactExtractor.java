package com.mediaframing.analysis;

import com.mediaframing.actors.Actor;
import com.mediaframing.actors.ActorDictionary;
import com.mediaframing.actors.ActorMention;
import com.mediaframing.nlp.AnnotatedSentence;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Extracts the observable facts of one tagged article, normalized so that the same fact in two
 * articles gives the same string:
 *
 * <ul>
 *   <li>{@code actor}: an actor mention, as the dictionary's name (aliases and misspellings fold);
 *       actors of type country are {@code place}s instead;
 *   <li>{@code place}: a proper-noun run after a place preposition ("in Riyadh", "in the Red Sea");
 *   <li>{@code date}: a day and month ("15 March", "March 15" → "15 March") or a weekday;
 *   <li>{@code number}: a number with the noun it counts ("32 people", "30-day truce"), nouns as
 *       lemmas;
 *   <li>{@code quote}: text between quotation marks of at least {@link #MIN_QUOTE_WORDS} words,
 *       lower-cased with punctuation removed;
 *   <li>{@code term}: other proper-noun runs, and nouns the article uses at least twice (at most
 *       {@link #MAX_NOUN_TERMS}, the most frequent).
 * </ul>
 *
 * Each fact lists the 0-based sentences that state it. Immutable and thread-safe.
 */
public final class FactExtractor implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final int MIN_QUOTE_WORDS = 4;
  public static final int MAX_NOUN_TERMS = 8;

  private static final String[] MONTHS = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
  };
  private static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "near", "from", "across", "off", "into", "to", "on", "inside", "outside");
  private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "``", "''", "«", "»");
  private static final Pattern DIGITS = Pattern.compile("\\d[\\d,.]*(-[a-z]+)?");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Pattern ORDINAL_SUFFIX = Pattern.compile("(st|nd|rd|th)$");
  private static final Pattern DAY_DIGITS = Pattern.compile("\\d{1,2}");
  private static final Pattern NOT_QUOTE_WORD_CHAR = Pattern.compile("[^\\p{L}\\p{N}'-]");
  private static final Set<String> TERM_STOP =
      Set.of("year", "time", "people", "thing", "way", "part", "lot", "number", "day", "week");

  private final ActorDictionary actors;

  public FactExtractor(ActorDictionary actors) {
    this.actors = actors;
  }

  public List<FactRecord> extract(List<AnnotatedSentence> sentences, List<ActorMention> mentions) {
    Map<String, TreeSet<Integer>> facts = new LinkedHashMap<>();
    Map<Integer, boolean[]> used = new HashMap<>();
    for (AnnotatedSentence s : sentences) {
      used.put(s.index(), new boolean[s.size()]);
    }
    for (ActorMention m : mentions) {
      Actor a = actors.actor(m.actorId()).orElse(null);
      String name = a == null ? m.actorId() : a.name();
      String type = a != null && "country".equals(a.type()) ? "place" : "actor";
      add(facts, type, name, m.sentenceIndex());
      boolean[] u = used.get(m.sentenceIndex());
      for (int i = m.tokenStart(); u != null && i < m.tokenEnd() && i < u.length; i++) {
        u[i] = true;
      }
    }
    Map<String, Integer> nounCounts = new HashMap<>();
    // the sentences of each counted noun, in text order with repeats, so the most frequent nouns
    // need no second pass over the article
    Map<String, List<Integer>> nounSentences = new HashMap<>();
    for (AnnotatedSentence s : sentences) {
      boolean[] u = used.get(s.index());
      dates(s, u, facts);
      numbers(s, u, facts);
      properNouns(s, u, facts);
      quotes(s, facts);
      for (int i = 0; i < s.size(); i++) {
        String lemma = s.lemma(i).toLowerCase(Locale.ROOT);
        if ("NOUN".equals(s.tag(i)) && lemma.length() >= 4 && !TERM_STOP.contains(lemma)) {
          nounCounts.merge(lemma, 1, Integer::sum);
          nounSentences.computeIfAbsent(lemma, k -> new ArrayList<>()).add(s.index());
        }
      }
    }
    nounCounts.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_NOUN_TERMS)
        .forEach(
            e -> {
              for (int sentence : nounSentences.get(e.getKey())) {
                add(facts, "term", e.getKey(), sentence);
              }
            });
    List<FactRecord> out = new ArrayList<>();
    for (Map.Entry<String, TreeSet<Integer>> e : facts.entrySet()) {
      int colon = e.getKey().indexOf(':');
      out.add(
          new FactRecord(
              e.getKey().substring(0, colon),
              e.getKey().substring(colon + 1),
              new ArrayList<>(e.getValue())));
    }
    return out;
  }

  private static void add(Map<String, TreeSet<Integer>> facts, String type, String fact, int s) {
    facts.computeIfAbsent(type + ":" + fact, k -> new TreeSet<>()).add(s);
  }

  private static int month(String token) {
    String t = token.toLowerCase(Locale.ROOT).replace(".", "");
    if (t.length() < 3) {
      return -1;
    }
    for (int m = 0; m < MONTHS.length; m++) {
      if (MONTHS[m].equals(t)
          || ((t.length() == 3 || t.equals("sept")) && MONTHS[m].startsWith(t))) {
        return m;
      }
    }
    return -1;
  }

  private static int dayOfMonth(String token) {
    String t = ORDINAL_SUFFIX.matcher(token).replaceAll("");
    if (!DAY_DIGITS.matcher(t).matches()) {
      return -1;
    }
    int d = Integer.parseInt(t);
    return d >= 1 && d <= 31 ? d : -1;
  }

  private static void dates(AnnotatedSentence s, boolean[] used, Map<String, TreeSet<Integer>> f) {
    for (int i = 0; i < s.size(); i++) {
      String lower = s.token(i).toLowerCase(Locale.ROOT);
      if (WEEKDAYS.contains(lower)) {
        add(f, "date", capitalize(lower), s.index());
        used[i] = true;
        continue;
      }
      int m = Character.isUpperCase(s.token(i).charAt(0)) ? month(s.token(i)) : -1;
      if (m < 0 || (m == 4 && !"PROPN".equals(s.tag(i)))) {
        continue; // "may" the verb is not May
      }
      int day = -1;
      int other = -1;
      if (i > 0 && (day = dayOfMonth(s.token(i - 1))) > 0) {
        other = i - 1;
      } else if (i + 1 < s.size() && (day = dayOfMonth(s.token(i + 1))) > 0) {
        other = i + 1;
      }
      if (other >= 0) {
        add(f, "date", day + " " + capitalize(MONTHS[m]), s.index());
        used[i] = true;
        used[other] = true;
      }
    }
  }

  private static void numbers(
      AnnotatedSentence s, boolean[] used, Map<String, TreeSet<Integer>> f) {
    for (int i = 0; i < s.size(); i++) {
      if (used[i] || !startsWithDigit(s.token(i))) {
        continue; // DIGITS needs an ASCII digit first; most tokens fail here cheaply
      }
      String number = s.token(i).toLowerCase(Locale.ROOT);
      if (!DIGITS.matcher(number).matches() || YEAR.matcher(number).matches()) {
        continue;
      }
      int j = i + 1;
      if (j + 1 < s.size() && s.token(j).equals("-")) {
        number += "-" + s.token(j + 1).toLowerCase(Locale.ROOT); // "30 - day" is "30-day"
        j += 2;
      }
      String noun = null;
      for (; j < s.size() && j <= i + 4; j++) {
        String tag = s.tag(j);
        if ("NOUN".equals(tag)) {
          noun = s.lemma(j).toLowerCase(Locale.ROOT);
          break;
        }
        if (!"ADJ".equals(tag) && !"NUM".equals(tag)) {
          break;
        }
      }
      if (noun != null || number.contains("-")) {
        add(f, "number", noun == null ? number : number + " " + noun, s.index());
        used[i] = true;
      }
    }
  }

  private static void properNouns(
      AnnotatedSentence s, boolean[] used, Map<String, TreeSet<Integer>> f) {
    int i = 0;
    while (i < s.size()) {
      if (!"PROPN".equals(s.tag(i)) || used[i] || !Character.isUpperCase(s.token(i).charAt(0))) {
        i++;
        continue;
      }
      int end = i;
      while (end < s.size()
          && "PROPN".equals(s.tag(end))
          && !used[end]
          && Character.isUpperCase(s.token(end).charAt(0))) {
        end++;
      }
      StringBuilder name = new StringBuilder();
      for (int k = i; k < end; k++) {
        name.append(k > i ? " " : "").append(s.token(k));
      }
      int before = i - 1;
      if (before >= 0 && "the".equalsIgnoreCase(s.token(before))) {
        before--;
      }
      boolean place =
          before >= 0
              && PLACE_PREPOSITIONS.contains(s.token(before).toLowerCase(Locale.ROOT))
              && !(before > 0 && "according".equalsIgnoreCase(s.token(before - 1)));
      boolean calendar =
          end == i + 1
              && (month(s.token(i)) >= 0 || WEEKDAYS.contains(s.token(i).toLowerCase(Locale.ROOT)));
      if (name.length() >= 3 && !calendar) {
        add(f, place ? "place" : "term", name.toString(), s.index());
      }
      i = end;
    }
  }

  private static void quotes(AnnotatedSentence s, Map<String, TreeSet<Integer>> f) {
    int open = -1;
    for (int i = 0; i <= s.size(); i++) {
      boolean mark = i < s.size() && QUOTE_MARKS.contains(s.token(i));
      if (open < 0 && mark) {
        if (!s.token(i).equals("”") && !s.token(i).equals("»")) {
          open = i; // a closing mark first ends a quote opened in an earlier sentence
        }
      } else if (open >= 0 && (mark || i == s.size())) {
        StringBuilder q = new StringBuilder();
        int words = 0;
        for (int k = open + 1; k < i; k++) {
          String w =
              NOT_QUOTE_WORD_CHAR.matcher(s.token(k).toLowerCase(Locale.ROOT)).replaceAll("");
          if (!w.isEmpty()) {
            q.append(words++ > 0 ? " " : "").append(w);
          }
        }
        if (words >= MIN_QUOTE_WORDS) {
          add(f, "quote", q.toString(), s.index());
        }
        open = -1;
      }
    }
  }

  private static boolean startsWithDigit(String token) {
    char c = token.charAt(0);
    return c >= '0' && c <= '9';
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
