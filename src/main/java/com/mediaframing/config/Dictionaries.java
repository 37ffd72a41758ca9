package com.mediaframing.config;

import com.mediaframing.actors.ActorDictionary;
import com.mediaframing.clean.BoilerplateRules;
import com.mediaframing.ingest.OutletDirectory;
import com.mediaframing.topics.TopicDictionary;
import java.io.Serializable;

/**
 * The loaded dictionaries a run uses, with where each came from (a path, or {@code builtin:} for
 * the defaults packaged in the jar). Immutable and serializable.
 */
public record Dictionaries(
    ActorDictionary actors,
    String actorsSource,
    TopicDictionary topics,
    String topicsSource,
    OutletDirectory outlets,
    String outletsSource,
    BoilerplateRules boilerplate,
    String boilerplateSource)
    implements Serializable {}
