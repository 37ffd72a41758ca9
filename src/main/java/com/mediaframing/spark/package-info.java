/**
 * The job on Spark: {@link com.mediaframing.spark.FramingJob} wires its stages (read, plan,
 * analyze, article tables, aggregates, stories and report, manifest) as Dataset transformations
 * with named Spark functions around the plain-Java packages. May import every package but {@code
 * cli} and {@code bench}.
 */
package com.mediaframing.spark;
