package com.mediaframing.quotes;

/**
 * The kind of source a quote comes from, as media research codes it: a person (named, titled or
 * anonymous), a non-governmental organisation or group, a government body or state, a news
 * organisation, or unknown.
 */
public enum SpeakerType {
  PERSON,
  ORGANISATION,
  GOVERNMENT,
  MEDIA,
  UNKNOWN;

  /** The value written to tables, e.g. {@code organisation}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The speaker type of a dictionary actor type ({@code person}, {@code country}, ...). */
  public static SpeakerType ofActorType(String actorType) {
    return switch (actorType) {
      case "person" -> PERSON;
      case "country", "institution", "government" -> GOVERNMENT;
      case "group", "organization", "organisation", "party" -> ORGANISATION;
      case "media" -> MEDIA;
      default -> UNKNOWN;
    };
  }
}
