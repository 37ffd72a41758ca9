/**
 * Plain statistics shared by the aggregates and the story comparison (means with confidence
 * intervals). Imports no other package of the project.
 */
package com.mediaframing.metrics;
