/**
 * Reading input records: JSON lines, CSV, Parquet and text folders with a manifest, record
 * validation with reject reasons, the outlet directory that gives each article its bloc, and input
 * fingerprints. Touches Spark types (readers). May import {@code base} only.
 */
package com.mediaframing.ingest;
