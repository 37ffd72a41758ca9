/**
 * Stories: clustering options and clusters of analyzed articles, the per-story comparison across
 * blocs and its narrative. May import {@code analysis}, {@code metrics} and the layers below.
 */
package com.mediaframing.stories;
