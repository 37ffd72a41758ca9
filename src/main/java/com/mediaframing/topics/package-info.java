/**
 * Topic assignment: the topic dictionary and the scorer that weighs an article's topics. May import
 * {@code nlp} and {@code base}.
 */
package com.mediaframing.topics;
