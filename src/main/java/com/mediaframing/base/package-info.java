/**
 * The ground floor: what every package may use and that uses no other package of the project —
 * {@link com.mediaframing.base.ConfigException} (a user error of one line), option parsing ({@link
 * com.mediaframing.base.OptionValues}), SHA-256 digests ({@link com.mediaframing.base.Checksums}),
 * binary file helpers and resources bundled in the jar. Imports only the JDK and Hadoop.
 */
package com.mediaframing.base;
