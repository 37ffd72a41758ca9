package com.mediaframing.quotes;

import com.mediaframing.actors.Actor;
import com.mediaframing.actors.ActorDictionary;
import com.mediaframing.actors.ActorMention;
import com.mediaframing.nlp.AnnotatedSentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Gives each speaker naming its referent and type, in text order: a dictionary actor inside the
 * naming decides both; a news organisation from the media list makes it a media source; a pronoun
 * ("he", "it") or a definite short form ("the minister", "the group") takes the nearest earlier
 * speaker that fits (a person for he/she; a speaker whose naming has the same head noun, or of the
 * same kind, for short forms; a short form with a modifier of its own, "the health ministry", not a
 * naming with the same head and another modifier, "Russia's foreign ministry") within a window of
 * sentences, and stays unresolved otherwise; a bare surname takes the earlier full name ending in
 * it. Stateless apart from its lists; thread-safe.
 */
final class SpeakerResolver {
  /** How many sentences back a pronoun or short form looks for its speaker. */
  static final int PRONOUN_WINDOW = 12;

  static final int SHORT_FORM_WINDOW = 30;

  private final ActorDictionary dictionary;
  private final SpeechCues cues;
  private final LocalDate published;

  /**
   * @param published the article's date, whose office holders role namings may stand for; null when
   *     unknown (role namings then resolve only to persons the article names)
   */
  SpeakerResolver(ActorDictionary dictionary, SpeechCues cues, LocalDate published) {
    this.dictionary = dictionary;
    this.cues = cues;
    this.published = published;
  }

  private record Entry(QuoteDraft draft, String lowerNaming, String head) {}

  void resolve(
      String text,
      List<AnnotatedSentence> sentences,
      List<ActorMention> mentions,
      List<QuoteDraft> drafts) {
    List<QuoteDraft> named = new ArrayList<>();
    for (QuoteDraft d : drafts) {
      if (d.speaker != null) {
        AnnotatedSentence s = sentences.get(d.speakerSentence);
        if (Speakers.cannotSpeak(s, d.speaker, cues)) {
          d.speaker = null;
          d.speechless = true;
          continue;
        }
        d.speakerStart = s.tokenStart(d.speaker.start());
        d.speakerEnd = s.tokenEnd(d.speaker.end() - 1);
        d.speakerText = text.substring(d.speakerStart, d.speakerEnd);
        named.add(d);
      }
    }
    named.sort(Comparator.comparingInt(d -> d.speakerStart));
    List<Entry> history = new ArrayList<>();
    for (QuoteDraft d : named) {
      AnnotatedSentence s = sentences.get(d.speakerSentence);
      String pronoun =
          d.speaker.length() == 1 ? Phrases.personalPronoun(s, d.speaker.start()) : null;
      String head = pronoun != null ? pronoun : Phrases.lower(s, d.speaker.end() - 1);
      resolveOne(text, s, mentions, d, head, history);
      if (!d.resolved.isEmpty()) {
        history.add(new Entry(d, d.speakerText.toLowerCase(Locale.ROOT), head));
      }
    }
    for (QuoteDraft d : drafts) {
      QuoteDraft from = d.continues;
      while (from != null && from.speaker == null && !from.speechless) {
        from = from.continues;
      }
      if (from != null) {
        d.speakerText = from.speakerText;
        d.speakerStart = from.speakerStart;
        d.speakerEnd = from.speakerEnd;
        d.resolved = from.resolved;
        d.actorId = from.actorId;
        d.type = from.type;
        d.media = from.media;
        d.unresolvedRole = from.unresolvedRole;
      }
    }
  }

  private void resolveOne(
      String text,
      AnnotatedSentence s,
      List<ActorMention> mentions,
      QuoteDraft d,
      String head,
      List<Entry> history) {
    Phrases.Range r = d.speaker;
    String naming = d.speakerText;
    if (head.equals("who")) {
      // "Kunin, who has been critical of Sanders" / "voters who said": the naming before
      int end = r.start() - 1;
      if (end >= 0 && s.token(end).equals(",")) {
        end--;
      }
      Phrases.Range antecedent = end >= 0 ? Phrases.nounPhraseEndingAt(s, end, 0) : null;
      if (antecedent == null) {
        return;
      }
      r = antecedent;
      naming = Phrases.text(text, s, r);
      head = Phrases.lower(s, r.end() - 1);
      if (r.length() == 1 && Phrases.personalPronoun(s, r.start()) != null) {
        return;
      }
    }
    if (r.length() == 1 && "PRON".equals(Phrases.tag(s, r.start()))) {
      Entry e =
          switch (head) {
            case "he", "she" -> nearest(history, d, PRONOUN_WINDOW, SpeakerType.PERSON, null);
            case "it" -> nearest(history, d, PRONOUN_WINDOW / 2, null, SpeakerType.PERSON);
            default -> null;
          };
      if (e != null) {
        copy(e.draft(), d);
      } else {
        d.type = head.equals("he") || head.equals("she") ? SpeakerType.PERSON : SpeakerType.UNKNOWN;
      }
      return;
    }
    String media = mediaIn(s, r, naming);
    if (media != null) {
      d.media = media;
      d.resolved = media;
      d.type = SpeakerType.MEDIA;
      return;
    }
    // "Story highlights John Avlon", "Clinton aide Jane Roe": the speaker is the closing name
    Phrases.Range name = Speakers.trimToName(s, r);
    ActorMention actor = actorIn(mentions, s.tokenStart(name.start()), s.tokenEnd(name.end() - 1));
    if (actor == null && name != r) {
      ActorMention m = actorIn(mentions, s.tokenStart(r.start()), s.tokenEnd(r.end() - 1));
      Actor a = m == null ? null : dictionary.actor(m.actorId()).orElse(null);
      actor = a != null && a.name().equalsIgnoreCase(Phrases.text(text, s, name)) ? m : null;
    }
    if (name != r) {
      r = name;
      naming = Phrases.text(text, s, name);
      head = Phrases.lower(s, name.end() - 1);
    }
    if (actor != null) {
      Actor a = dictionary.actor(actor.actorId()).orElse(null);
      if (a != null) {
        d.actorId = a.actorId();
        d.resolved = a.name();
        d.type = SpeakerType.ofActorType(a.type());
        return;
      }
    }
    boolean definite = Phrases.lower(s, r.start()).equals("the");
    if (definite && r.length() > 1 || !definite && !Phrases.isPossessive(s, r.end() - 1)) {
      // "the president", "The President", or "President" alone
      String office = Roles.office(naming);
      if (dictionary.isOffice(office)) {
        Actor holder = Roles.holder(dictionary, text, office, published, mentions, d.speakerStart);
        if (holder != null) {
          d.actorId = holder.actorId();
          d.resolved = holder.name();
          d.type = SpeakerType.PERSON;
        } else {
          d.type = SpeakerType.PERSON;
          d.unresolvedRole = true;
        }
        return;
      }
    }
    SpeakerType nounType = cues.noun(head);
    if (definite && !Phrases.hasProperNoun(s, r) && nounType != null) {
      String modifier = modifier(s, r);
      Entry e = null;
      for (int i = history.size() - 1; i >= 0 && e == null; i--) {
        Entry h = history.get(i);
        if (d.speakerSentence - h.draft().speakerSentence > SHORT_FORM_WINDOW) {
          break;
        }
        boolean sameHead = h.lowerNaming().contains(head);
        if (modifier != null && sameHead && !h.lowerNaming().contains(modifier)) {
          continue; // "the health ministry" is not the earlier "Russia's foreign ministry"
        }
        boolean sameKind =
            nounType != SpeakerType.PERSON
                && nounType != SpeakerType.UNKNOWN
                && h.draft().type == nounType;
        if (sameHead || sameKind) {
          e = h;
        }
      }
      if (e != null) {
        copy(e.draft(), d);
      } else {
        d.type = nounType;
        d.unresolvedRole = nounType == SpeakerType.PERSON && r.length() == 2 && !head.endsWith("s");
      }
      return;
    }
    if (r.length() == 1 && Phrases.isNounLike(s, r.start())) {
      for (int i = history.size() - 1; i >= 0; i--) {
        String resolved = history.get(i).draft().resolved;
        if (resolved.endsWith(" " + naming)) {
          copy(history.get(i).draft(), d);
          return;
        }
      }
      String full =
          Phrases.hasProperNoun(s, r)
              ? Speakers.fullNameBefore(text, naming, d.speakerStart)
              : null;
      if (full != null) {
        d.resolved = full;
        d.type = SpeakerType.PERSON;
        return;
      }
    }
    d.resolved = naming;
    if (nounType != null && nounType != SpeakerType.UNKNOWN) {
      d.type = nounType;
    } else if (Phrases.endsWithName(s, r)) {
      d.type = SpeakerType.PERSON;
    } else {
      d.type = SpeakerType.UNKNOWN;
    }
  }

  /**
   * The lower-case word that modifies the head of a definite short form ("health" in "the
   * territory's health ministry", "senior" in "the senior official"), or null ("the ministry").
   */
  private static String modifier(AnnotatedSentence s, Phrases.Range r) {
    int m = r.end() - 2;
    if (m <= r.start() || Phrases.isPossessive(s, m)) {
      return null;
    }
    String tag = Phrases.tag(s, m);
    return "NOUN".equals(tag) || "ADJ".equals(tag) ? Phrases.lower(s, m) : null;
  }

  private static void copy(QuoteDraft from, QuoteDraft to) {
    to.resolved = from.resolved;
    to.actorId = from.actorId;
    to.type = from.type;
    to.media = from.media;
    to.unresolvedRole = from.unresolvedRole;
  }

  /** The latest entry within {@code window} sentences of type {@code want} (or not {@code not}). */
  private static Entry nearest(
      List<Entry> history, QuoteDraft d, int window, SpeakerType want, SpeakerType not) {
    for (int i = history.size() - 1; i >= 0; i--) {
      Entry e = history.get(i);
      if (d.speakerSentence - e.draft().speakerSentence > window) {
        return null;
      }
      SpeakerType t = e.draft().type;
      if ((want == null || t == want) && (not == null || t != not)) {
        return e;
      }
    }
    return null;
  }

  /** The news organisation the naming is or ends with ("Russia's state news agency TASS"). */
  private String mediaIn(AnnotatedSentence s, Phrases.Range r, String naming) {
    String whole = cues.media(naming);
    if (whole != null) {
      return whole;
    }
    int bracket = naming.lastIndexOf(" (");
    if (bracket > 0 && naming.endsWith(")")) {
      // "Radio Free Europe/Radio Liberty (RFE/RL)"
      String c = cues.media(naming.substring(0, bracket));
      return c != null ? c : cues.media(naming.substring(bracket + 2, naming.length() - 1));
    }
    int end = s.tokenEnd(r.end() - 1);
    int maxTokens = cues.longestMediaTokens();
    for (int a = r.end() - 1; a > r.start() && r.end() - a <= maxTokens; a--) {
      if (!Phrases.isNounLike(s, a)) {
        continue;
      }
      int start = s.tokenStart(a);
      String tail =
          naming.substring(start - s.tokenStart(r.start()), end - s.tokenStart(r.start()));
      String c = cues.media(tail);
      if (c != null && !tail.startsWith("the ")) {
        return c;
      }
    }
    return null;
  }

  /** The actor mention inside {@code [start, end)}: the one ending the naming, else the longest. */
  private static ActorMention actorIn(List<ActorMention> mentions, int start, int end) {
    ActorMention best = null;
    for (ActorMention m : mentions) {
      if (m.charStart() >= start && m.charEnd() <= end) {
        boolean endsNaming = m.charEnd() == end;
        boolean bestEnds = best != null && best.charEnd() == end;
        if (best == null
            || endsNaming && !bestEnds
            || endsNaming == bestEnds
                && m.charEnd() - m.charStart() > best.charEnd() - best.charStart()) {
          best = m;
        }
      }
    }
    return best;
  }
}
