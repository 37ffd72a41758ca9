package com.mediaframing.spark;

import com.mediaframing.base.ConfigException;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The storage level of the datasets the job caches between stages (the validated records, the
 * analyzed articles, the articles with their stories, mentions, aggregate inputs): {@value #KEY}, a
 * Spark storage level name, default {@code MEMORY_AND_DISK}. {@code DISK_ONLY} keeps the cached
 * rows out of the JVM heap (the block manager's files, read back through the operating system's
 * page cache), so a small heap is not filled by the cache and collected again and again.
 */
final class CacheLevel {
  /** The Spark setting that names the level. */
  static final String KEY = "spark.framing.cacheLevel";

  private static final String DEFAULT = "MEMORY_AND_DISK";

  private CacheLevel() {}

  /** The level configured in {@code spark}. */
  static StorageLevel of(SparkSession spark) {
    return parse(spark.conf().get(KEY, DEFAULT));
  }

  /**
   * A storage level by its Spark name, in any case ({@code disk_only}); a clear error naming the
   * setting for anything else (exit code 2).
   */
  static StorageLevel parse(String name) {
    try {
      return StorageLevel.fromString(name.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          KEY + ": not a storage level: '" + name + "' (e.g. MEMORY_AND_DISK, DISK_ONLY)", e);
    }
  }
}
