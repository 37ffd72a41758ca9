package com.mediaframing.actors;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * An entity whose mentions the job tracks: a person, organization, group, country, place or
 * institution. The {@code name} is always the first alias. Actors of type {@link #STOP_TYPE} are
 * not real actors: their aliases ("Washington Post", "Latin America") are matched only to shadow
 * shorter aliases inside them and never produce mentions. Immutable and thread-safe.
 *
 * @param actorId stable identifier used in output tables, e.g. {@code sergei-lavrov}
 * @param name canonical display name, e.g. {@code Sergei Lavrov}
 * @param type lower-case free-text type, e.g. {@code person}, {@code country}
 * @param aliases every surface form, starting with {@code name}; never empty
 * @param offices the offices the actor holds or held, each with the dates of its tenure ({@code
 *     president@2017-01-20..2021-01-20}), lower-cased; a role naming such as "the president" in an
 *     article of those dates may stand for the actor. Empty when the dictionary names none. Office
 *     terms never produce mentions.
 */
public record Actor(
    String actorId, String name, String type, List<ActorAlias> aliases, List<ActorAlias> offices)
    implements Serializable {

  /** The type that makes a person actor eligible for spelling variants and bare surnames. */
  public static final String PERSON_TYPE = "person";

  /** The type of dictionary rows that only block shorter aliases; see the class comment. */
  public static final String STOP_TYPE = "stop";

  public Actor {
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    offices = List.copyOf(offices);
    if (aliases.isEmpty()) {
      throw new IllegalArgumentException("actor " + actorId + " has no aliases");
    }
  }

  /** An actor without office terms. */
  public Actor(String actorId, String name, String type, List<ActorAlias> aliases) {
    this(actorId, name, type, aliases, List.of());
  }

  /** Whether the actor holds {@code office} (lower case) on {@code date} (never when undated). */
  public boolean holds(String office, java.time.LocalDate date) {
    for (ActorAlias o : offices) {
      if (o.text().equals(office) && date != null && o.validOn(date)) {
        return true;
      }
    }
    return false;
  }

  public boolean isPerson() {
    return PERSON_TYPE.equals(type);
  }

  public boolean isStop() {
    return STOP_TYPE.equals(type);
  }
}
