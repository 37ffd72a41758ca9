/**
 * Benchmarks and profilers, run from the command line: they time the job's own code paths (the
 * job's stages and analyzer, the sentiment scorers), never a copy of them. May import every package
 * but {@code cli}; none imports it.
 */
package com.mediaframing.bench;
