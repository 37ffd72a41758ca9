/**
 * Boilerplate removal: the rules (reason and regex), line fingerprints and the cleaner that keeps
 * an article's text blocks. May import {@code nlp} and {@code base}.
 */
package com.mediaframing.clean;
