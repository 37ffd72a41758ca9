package com.mediaframing.quotes;

import com.mediaframing.actors.Actor;
import com.mediaframing.actors.ActorDictionary;
import com.mediaframing.actors.ActorMention;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Role namings of speakers ("the president", "the Secretary of State"): the office they name and
 * the person they stand for. The person is the one the article named last before the naming among
 * those with the office in their naming ("President Obama") or holding it on the article's date;
 * else the one holder of the office on that date the dictionary knows; else nobody. Stateless;
 * thread-safe.
 */
final class Roles {
  private Roles() {}

  /** The office a definite naming names: lower case, without "the" and spacing normalized. */
  static String office(String naming) {
    String s = naming.replace('’', '\'').replaceAll("[\\s\u00a0]+", " ").strip();
    s = s.toLowerCase(Locale.ROOT);
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  /**
   * The person {@code office} stands for at offset {@code at} of article {@code text} published on
   * {@code date} (may be null), or null.
   */
  static Actor holder(
      ActorDictionary dictionary,
      String text,
      String office,
      LocalDate date,
      List<ActorMention> mentions,
      int at) {
    ActorMention nearest = null;
    for (ActorMention m : mentions) {
      if (m.charEnd() > at) {
        continue;
      }
      Actor a = dictionary.actor(m.actorId()).orElse(null);
      if (a == null || !a.isPerson()) {
        continue;
      }
      // the title inside the matched alias ("President Obama") or right before the name
      int from = Math.max(0, m.charStart() - office.length() - 8);
      String titledName = text.substring(from, m.charEnd()).toLowerCase(Locale.ROOT);
      boolean titled =
          titled(m.surface().toLowerCase(Locale.ROOT), office)
              || titledName.endsWith(office + " " + m.surface().toLowerCase(Locale.ROOT))
                  && titled(titledName, office);
      if ((titled || a.holds(office, date))
          && (nearest == null || m.charStart() > nearest.charStart())) {
        nearest = m;
      }
    }
    if (nearest != null) {
      return dictionary.actor(nearest.actorId()).orElse(null);
    }
    List<Actor> holders = dictionary.holders(office, date);
    return holders.size() == 1 ? holders.get(0) : null;
  }

  /**
   * Whether a mention's surface carries the office as its title ("President Obama"), not as part of
   * another ("Vice President Pence") or a past one ("former President Obama").
   */
  static boolean titled(String surface, String office) {
    int i = surface.indexOf(office);
    while (i >= 0) {
      int end = i + office.length();
      boolean word =
          (i == 0 || !Character.isLetter(surface.charAt(i - 1)))
              && (end == surface.length() || !Character.isLetter(surface.charAt(end)));
      String before = surface.substring(0, i);
      if (word && !before.endsWith("vice ") && !before.endsWith("former ")) {
        return true;
      }
      i = surface.indexOf(office, i + 1);
    }
    return false;
  }
}
