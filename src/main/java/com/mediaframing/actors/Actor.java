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
 */
public record Actor(String actorId, String name, String type, List<ActorAlias> aliases)
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
    if (aliases.isEmpty()) {
      throw new IllegalArgumentException("actor " + actorId + " has no aliases");
    }
  }

  public boolean isPerson() {
    return PERSON_TYPE.equals(type);
  }

  public boolean isStop() {
    return STOP_TYPE.equals(type);
  }
}
