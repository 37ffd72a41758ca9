/**
 * The immutable job configuration: {@link com.mediaframing.config.RunOptions} as given on the
 * command line, resolved on the driver by {@link com.mediaframing.config.ConfigLoader} into a
 * {@link com.mediaframing.config.JobConfig} with the loaded dictionaries of the domain packages.
 * May import the domain packages, {@code stories} and {@code base}; not {@code output}, {@code
 * spark} or {@code cli}.
 */
package com.mediaframing.config;
