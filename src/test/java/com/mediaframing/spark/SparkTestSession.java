package com.mediaframing.spark;

import org.apache.spark.sql.SparkSession;

/** One local SparkSession shared by all integration tests of a JVM (UI off, two cores). */
final class SparkTestSession {
  private SparkTestSession() {}

  private static final class Holder {
    static final SparkSession SPARK = SparkSessions.create("local[2]");
  }

  static SparkSession get() {
    return Holder.SPARK;
  }
}
