package com.mediaframing.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerBlockUpdated;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeds run with {@code spark.framing.cacheLevel=DISK_ONLY} (what {@code bin/framing} sets for
 * run and bench) caches its datasets on disk only and writes the same tables as the shared run with
 * the default level.
 */
class CacheLevelIT {
  @TempDir Path tmp;

  @Test
  void diskOnlyCachesOnDiskAndChangesNoTable() throws Exception {
    SparkSession spark = SparkTestSession.get();
    Path expected = SeedsRun.out(); // the shared run, default level, before this one
    AtomicInteger onDisk = new AtomicInteger();
    AtomicInteger inMemory = new AtomicInteger();
    SparkListener blocks =
        new SparkListener() {
          @Override
          public void onBlockUpdated(SparkListenerBlockUpdated update) {
            StorageLevel level = update.blockUpdatedInfo().storageLevel();
            if (!update.blockUpdatedInfo().blockId().isRDD() || !level.isValid()) {
              return; // broadcasts, shuffles and removals
            }
            (level.useMemory() ? inMemory : onDisk).incrementAndGet();
          }
        };
    spark.sparkContext().addSparkListener(blocks);
    spark.conf().set(CacheLevel.KEY, "DISK_ONLY");
    Path out = tmp.resolve("out");
    try {
      SeedsRun.run(
          spark,
          "--input",
          "seeds",
          "--output",
          out.toString(),
          "--run-date",
          SeedsRun.RUN_DATE.toString());
      spark.sparkContext().listenerBus().waitUntilEmpty();
    } finally {
      spark.conf().unset(CacheLevel.KEY);
      spark.sparkContext().removeSparkListener(blocks);
    }
    assertTrue(onDisk.get() > 0, "no cached block went to disk");
    assertEquals(0, inMemory.get(), "cached blocks kept in memory");
    SeedsRun.assertSameTables(expected, out, "with the cache on disk");
  }
}
