package com.mediaframing.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mediaframing.base.ConfigException;
import org.apache.spark.storage.StorageLevel;
import org.junit.jupiter.api.Test;

class CacheLevelTest {
  @Test
  void namesInAnyCase() {
    assertEquals(StorageLevel.DISK_ONLY(), CacheLevel.parse(" disk_only "));
    assertEquals(StorageLevel.MEMORY_AND_DISK(), CacheLevel.parse("MEMORY_AND_DISK"));
  }

  @Test
  void unknownNameIsAnErrorNamingTheSetting() {
    ConfigException e = assertThrows(ConfigException.class, () -> CacheLevel.parse("DISK"));
    assertTrue(e.getMessage().startsWith(CacheLevel.KEY + ": not a storage level: 'DISK'"));
  }
}
