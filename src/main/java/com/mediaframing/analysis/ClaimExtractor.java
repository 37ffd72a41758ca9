package com.mediaframing.analysis;

import com.mediaframing.actors.ActorMention;
import com.mediaframing.nlp.AnnotatedSentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the claim sentences of one tagged article and describes each as a {@link ClaimRecord}. A
 * claim sentence has {@link #MIN_TOKENS} to {@link #MAX_TOKENS} tokens, a verb, is not a question,
 * and states something checkable: it names an actor, a number, a date or a proper noun, or quotes
 * someone. At most the first {@link #MAX_CLAIMS} claim sentences are kept (the lead carries the
 * news; it also bounds the encoder's work in the story stage). A body line that repeats the
 * headline is skipped.
 *
 * <p>Negation: {@code not}, {@code n't}, {@code never}, {@code no}, {@code neither}, {@code nor}.
 * Forward-looking: a modal {@code will}/{@code 'll}/{@code shall}, "plan/expect/intend/schedule/
 * set/due/aim to", "next week/month/year/&lt;weekday&gt;", "tomorrow", "deadline", "upcoming".
 *
 * <p>Immutable and thread-safe.
 */
public final class ClaimExtractor {
  public static final int MIN_TOKENS = 6;
  public static final int MAX_TOKENS = 90;
  public static final int MAX_CLAIMS = 30;

  private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "PROPN", "VERB", "ADJ");
  private static final Set<String> STOP =
      Set.of(
          "say",
          "tell",
          "be",
          "have",
          "do",
          "also",
          "other",
          "such",
          "many",
          "more",
          "most",
          "according",
          "accord",
          "add",
          "note",
          "state",
          "report");
  private static final Set<String> NEGATIONS =
      Set.of("not", "n't", "never", "no", "neither", "nor");
  private static final Set<String> FUTURE_MODALS = Set.of("will", "'ll", "shall", "wo");
  private static final Set<String> PLAN_VERBS =
      Set.of("plan", "expect", "intend", "schedule", "set", "due", "aim", "poise");
  private static final Set<String> FORWARD_WORDS = Set.of("tomorrow", "deadline", "upcoming");
  private static final Set<String> NEXT_UNITS =
      Set.of(
          "week",
          "month",
          "year",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "round",
          "meeting",
          "summit");
  private static final Set<String> QUOTE_MARKS = Set.of("\"", "“", "”", "``", "''", "«", "»");
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(\\.\\d+)?");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

  private ClaimExtractor() {}

  /**
   * The claim sentences of an article.
   *
   * @param title the headline (a body sentence repeating it is not a claim of its own), or null
   * @param text the article text the sentences' offsets point into
   * @param mentions the article's actor mentions
   */
  public static List<ClaimRecord> extract(
      String title,
      String text,
      List<AnnotatedSentence> sentences,
      List<ActorMention> mentions,
      LocalDate published) {
    List<ClaimRecord> out = new ArrayList<>();
    String headline = title == null ? "" : normalized(title);
    for (AnnotatedSentence s : sentences) {
      if (out.size() >= MAX_CLAIMS) {
        break;
      }
      if (s.size() < MIN_TOKENS || s.size() > MAX_TOKENS || s.token(s.size() - 1).equals("?")) {
        continue;
      }
      List<ActorMention> mine =
          mentions.stream().filter(m -> m.sentenceIndex() == s.index()).toList();
      boolean verb = false;
      boolean checkable = !mine.isEmpty();
      int firstVerb = -1;
      for (int i = 0; i < s.size(); i++) {
        String tag = s.tag(i);
        if ("VERB".equals(tag) || "AUX".equals(tag)) {
          verb = true;
          firstVerb = firstVerb < 0 && "VERB".equals(tag) ? i : firstVerb;
        }
        checkable |= "PROPN".equals(tag) || "NUM".equals(tag) || QUOTE_MARKS.contains(s.token(i));
      }
      if (!verb || !checkable) {
        continue;
      }
      if (!headline.isEmpty() && normalized(text.substring(s.start(), s.end())).equals(headline)) {
        continue;
      }
      out.add(record(text, s, mine, firstVerb, published));
    }
    return out;
  }

  private static String normalized(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  private static ClaimRecord record(
      String text,
      AnnotatedSentence s,
      List<ActorMention> mine,
      int firstVerb,
      LocalDate published) {
    ClaimRecord r = new ClaimRecord();
    r.setSentenceIndex(s.index());
    r.setText(text.substring(s.start(), s.end()).replaceAll("\\s+", " ").trim());
    List<String> lemmas = new ArrayList<>();
    boolean negated = false;
    boolean forward = false;
    for (int i = 0; i < s.size(); i++) {
      String lemma = s.lemma(i).toLowerCase(Locale.ROOT);
      String lower = s.token(i).toLowerCase(Locale.ROOT);
      if (CONTENT_TAGS.contains(s.tag(i))
          && lemma.length() >= 2
          && Character.isLetter(lemma.charAt(0))
          && !STOP.contains(lemma)) {
        lemmas.add(lemma);
      }
      negated |= NEGATIONS.contains(lower);
      String next = i + 1 < s.size() ? s.token(i + 1).toLowerCase(Locale.ROOT) : "";
      forward |=
          (FUTURE_MODALS.contains(lower) && !"NOUN".equals(s.tag(i)) && !"PROPN".equals(s.tag(i)))
              || (PLAN_VERBS.contains(lemma) && next.equals("to"))
              || FORWARD_WORDS.contains(lower)
              || (lower.equals("next") && NEXT_UNITS.contains(next));
    }
    r.setLemmas(lemmas);
    r.setNegated(negated);
    r.setForward(forward);
    LinkedHashSet<String> actors = new LinkedHashSet<>();
    String agent = null;
    for (ActorMention m : mine) {
      actors.add(m.actorId());
      if (agent == null && firstVerb >= 0 && m.tokenStart() < firstVerb) {
        agent = m.actorId();
      }
    }
    r.setActors(new ArrayList<>(actors));
    r.setAgent(agent);
    r.setNumbers(numbers(s));
    r.setDates(new ArrayList<>(RelativeDates.resolve(s, published, forward)));
    return r;
  }

  /** "32 people", "101": numbers that are not years or days of a date, with the noun they count. */
  static List<String> numbers(AnnotatedSentence s) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      String t = s.token(i);
      if (!NUMBER.matcher(t).matches() || YEAR.matcher(t).matches() || nextToMonth(s, i)) {
        continue;
      }
      String value = t.replace(",", "");
      String noun = null;
      for (int j = i + 1; j < s.size() && j <= i + 3; j++) {
        String tag = s.tag(j);
        if ("NOUN".equals(tag)) {
          noun = s.lemma(j).toLowerCase(Locale.ROOT);
          break;
        }
        if (!"ADJ".equals(tag) && !"NUM".equals(tag) && !s.token(j).equals("-")) {
          break;
        }
      }
      out.add(noun == null ? value : value + " " + noun);
    }
    return out;
  }

  private static boolean nextToMonth(AnnotatedSentence s, int i) {
    for (int j : new int[] {i - 1, i + 1}) {
      if (j >= 0 && j < s.size()) {
        String t = s.token(j).toLowerCase(Locale.ROOT);
        for (String m :
            List.of(
                "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                "dec")) {
          if (t.startsWith(m) && Character.isUpperCase(s.token(j).charAt(0))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
