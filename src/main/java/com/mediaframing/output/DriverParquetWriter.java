package com.mediaframing.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.TaskAttemptID;
import org.apache.hadoop.mapreduce.task.TaskAttemptContextImpl;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.execution.datasources.OutputWriter;
import org.apache.spark.sql.execution.datasources.OutputWriterFactory;
import org.apache.spark.sql.execution.datasources.parquet.ParquetFileFormat;
import org.apache.spark.sql.types.StructType;
import scala.Function1;

/**
 * Writes rows already collected on the driver as a Parquet folder laid out as Spark's own write of
 * one partition lays it out: one {@code part-00000-<uuid>-c000.<codec>.parquet} file (one file even
 * for no rows, so the schema is on disk) and an empty {@code _SUCCESS} marker. The file is written
 * by Spark's own Parquet output writer ({@link ParquetFileFormat#prepareWrite}, the session's
 * Hadoop and SQL settings: codec, timestamp type, the schema in the footer), so a reader cannot
 * tell it from a file a Spark task wrote, though no Spark job runs. Meant for small tables, where a
 * job's fixed cost is most of a write's time; the rows must fit in the driver's memory. Thread-safe
 * (no state); a folder that exists is replaced.
 */
public final class DriverParquetWriter {
  private DriverParquetWriter() {}

  /**
   * Writes {@code rows} (each with {@code schema}'s fields, in its order and of its external Java
   * types, as {@code Dataset.collectAsList} gives them) into the folder {@code dir}.
   */
  public static void write(SparkSession spark, StructType schema, List<Row> rows, String dir) {
    Path folder = new Path(dir);
    try {
      ParquetFileFormat format = new ParquetFileFormat();
      scala.collection.immutable.Map<String, String> options =
          scala.collection.immutable.Map$.MODULE$.empty();
      Job job = Job.getInstance(format.getHadoopConf(spark, options));
      OutputWriterFactory factory = format.prepareWrite(spark, job, options, schema);
      TaskAttemptContext context =
          new TaskAttemptContextImpl(job.getConfiguration(), new TaskAttemptID());
      FileSystem fs = folder.getFileSystem(job.getConfiguration());
      if (fs.exists(folder) && !fs.delete(folder, true)) {
        throw new IOException("cannot replace the folder");
      }
      fs.mkdirs(folder);
      String file = "part-00000-" + UUID.randomUUID() + "-c000" + factory.getFileExtension(context);
      Function1<Object, Object> toInternal =
          CatalystTypeConverters.createToCatalystConverter(schema);
      OutputWriter out = factory.newInstance(new Path(folder, file).toString(), schema, context);
      try {
        for (Row row : rows) {
          out.write((InternalRow) toInternal.apply(row));
        }
      } catch (RuntimeException e) {
        try {
          out.close();
        } catch (RuntimeException c) {
          e.addSuppressed(c);
        }
        throw e;
      }
      out.close();
      fs.create(new Path(folder, "_SUCCESS"), true).close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + folder + ": " + e.getMessage(), e);
    }
  }
}
