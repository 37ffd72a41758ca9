/**
 * Actor matching: the actor dictionary (aliases, titles, spelling variants) and the matcher that
 * finds actor mentions in annotated sentences. May import {@code nlp} and {@code base}.
 */
package com.mediaframing.actors;
