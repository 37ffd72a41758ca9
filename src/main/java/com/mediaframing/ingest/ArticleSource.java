package com.mediaframing.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import scala.Tuple2;

/**
 * Reads the job's input into {@link RawArticle}s, whatever its format: JSON lines ({@code .jsonl},
 * {@code .jsonl.gz}, or a folder of them), CSV with a header ({@code .csv}), Parquet (a file or a
 * folder) or a folder of {@code .txt} files with a {@code manifest.csv}. Every record read becomes
 * one {@code RawArticle}; records that cannot be parsed carry an error instead of being dropped.
 * Paths go through Hadoop's FileSystem, so {@code hdfs://} and {@code s3a://} work where
 * configured.
 */
public final class ArticleSource {
  /** Input formats the job recognizes. */
  public enum Format {
    JSONL,
    CSV,
    PARQUET,
    TEXT_MANIFEST
  }

  public static final String MANIFEST = "manifest.csv";
  private static final Encoder<RawArticle> ENCODER = Encoders.bean(RawArticle.class);

  private ArticleSource() {}

  /** Works out the format of {@code input} from its name and, for a folder, its contents. */
  public static Format detect(String input, Configuration hadoop) {
    Path path = new Path(input);
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      if (!fs.exists(path)) {
        throw new InputException("input " + input + " does not exist");
      }
      if (fs.getFileStatus(path).isFile()) {
        return byName(path.getName(), input);
      }
      if (fs.exists(new Path(path, MANIFEST))) {
        return Format.TEXT_MANIFEST;
      }
      Set<Format> formats = new TreeSet<>();
      for (FileStatus f : fs.listStatus(path)) {
        String name = f.getPath().getName();
        if (f.isFile() && !name.startsWith(".") && !name.startsWith("_")) {
          formats.add(byName(name, input));
        }
      }
      if (formats.size() != 1) {
        throw new InputException(
            "input folder "
                + input
                + " holds "
                + (formats.isEmpty() ? "no input files" : "mixed formats " + formats)
                + "; expected .jsonl(.gz), .csv, .parquet files or .txt files with "
                + MANIFEST);
      }
      return formats.iterator().next();
    } catch (IOException e) {
      throw new InputException("input " + input + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static Format byName(String name, String input) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl")
        || n.endsWith(".jsonl.gz")
        || n.endsWith(".json")
        || n.endsWith(".ndjson")) {
      return Format.JSONL;
    }
    if (n.endsWith(".csv") || n.endsWith(".csv.gz")) {
      return Format.CSV;
    }
    if (n.endsWith(".parquet")) {
      return Format.PARQUET;
    }
    throw new InputException(
        "input "
            + input
            + ": cannot tell the format of '"
            + name
            + "'; use .jsonl, .jsonl.gz, .csv, .parquet or a folder of .txt files with "
            + MANIFEST);
  }

  /** Reads {@code input}; the result is not cached. */
  public static Dataset<RawArticle> read(SparkSession spark, String input) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Format format = detect(input, hadoop);
    return switch (format) {
      case JSONL -> readJsonLines(spark, input);
      case CSV -> readCsv(spark, input);
      case PARQUET -> readParquet(spark, input);
      case TEXT_MANIFEST -> readTextFolder(spark, input, hadoop);
    };
  }

  private static Dataset<RawArticle> readJsonLines(SparkSession spark, String input) {
    JavaRDD<RawArticle> rdd =
        spark
            .read()
            .textFile(input)
            .select(functions.col("value"), functions.input_file_name().as("file"))
            .javaRDD()
            .zipWithIndex()
            .mapPartitions(new ParseJsonLines());
    return spark.createDataset(rdd.rdd(), ENCODER);
  }

  /** Parses JSON lines; the record number is the line's position in the input (1-based). */
  static final class ParseJsonLines
      implements FlatMapFunction<Iterator<Tuple2<Row, Long>>, RawArticle> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<RawArticle> call(Iterator<Tuple2<Row, Long>> rows) {
      JsonArticleParser parser = new JsonArticleParser();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public RawArticle next() {
          Tuple2<Row, Long> t = rows.next();
          return parser.parse(fileName(t._1().getString(1)), t._2() + 1, t._1().getString(0));
        }
      };
    }
  }

  private static Dataset<RawArticle> readCsv(SparkSession spark, String input) {
    JavaRDD<RawArticle> rdd =
        spark.sparkContext().binaryFiles(input, 1).toJavaRDD().flatMap(new ParseCsvFile());
    return spark.createDataset(rdd.rdd(), ENCODER);
  }

  /** Parses one whole CSV file with Commons CSV. */
  static final class ParseCsvFile
      implements FlatMapFunction<Tuple2<String, PortableDataStream>, RawArticle> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<RawArticle> call(Tuple2<String, PortableDataStream> file) throws IOException {
      try (InputStream in = maybeGunzip(file._1(), file._2().open());
          Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return CsvArticleParser.parse(fileName(file._1()), reader).iterator();
      }
    }
  }

  private static InputStream maybeGunzip(String name, InputStream in) throws IOException {
    return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(in) : in;
  }

  private static final List<String> FIELDS =
      List.of("id", "outlet", "bloc", "published", "title", "text", "url", "language");

  private static Dataset<RawArticle> readParquet(SparkSession spark, String input) {
    Dataset<Row> df = spark.read().parquet(input);
    Set<String> present = new TreeSet<>(Arrays.asList(df.columns()));
    List<Column> cols = new ArrayList<>();
    for (String f : FIELDS) {
      cols.add(
          present.contains(f)
              ? functions.col(f).cast("string").as(f)
              : functions.lit(null).cast("string").as(f));
    }
    cols.add(functions.input_file_name().as("file"));
    JavaRDD<RawArticle> rdd =
        df.select(cols.toArray(new Column[0])).javaRDD().zipWithIndex().map(new RowToArticle());
    return spark.createDataset(rdd.rdd(), ENCODER);
  }

  /** Turns a Parquet row (the {@link #FIELDS} then the file name) into a raw article. */
  static final class RowToArticle implements Function<Tuple2<Row, Long>, RawArticle> {
    private static final long serialVersionUID = 1L;

    @Override
    public RawArticle call(Tuple2<Row, Long> t) {
      Row r = t._1();
      RawArticle a = new RawArticle();
      a.setSource(fileName(r.getString(8)));
      a.setRecord(t._2() + 1);
      a.setId(r.getString(0));
      a.setOutlet(r.getString(1));
      a.setBloc(r.getString(2));
      a.setPublished(r.getString(3));
      a.setTitle(r.getString(4));
      a.setText(r.getString(5));
      a.setUrl(r.getString(6));
      a.setLanguage(r.getString(7));
      return a;
    }
  }

  private static Dataset<RawArticle> readTextFolder(
      SparkSession spark, String input, Configuration hadoop) {
    try {
      List<RawArticle> articles = TextFolderReader.read(new Path(input), hadoop);
      return spark.createDataset(articles, ENCODER);
    } catch (IOException e) {
      throw new InputException("input " + input + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** The last path segment, so rejects name the file rather than a long URI. */
  static String fileName(String uri) {
    if (uri == null || uri.isEmpty()) {
      return "input";
    }
    int slash = uri.lastIndexOf('/');
    return slash >= 0 ? uri.substring(slash + 1) : uri;
  }
}
