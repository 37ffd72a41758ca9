package com.mediaframing.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads a folder of UTF-8 {@code .txt} articles described by {@code manifest.csv} (header {@code
 * file,id,outlet,bloc,published,title,language,url}; {@code id} defaults to the file name without
 * extension). A manifest row whose file is missing, and a {@code .txt} file that no row lists, each
 * become a malformed record. Runs on the driver: meant for small hand-assembled corpora.
 */
public final class TextFolderReader {
  private TextFolderReader() {}

  public static List<RawArticle> read(Path folder, Configuration hadoop) throws IOException {
    FileSystem fs = folder.getFileSystem(hadoop);
    Path manifestPath = new Path(folder, ArticleSource.MANIFEST);
    List<RawArticle> out = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (Reader reader = new InputStreamReader(fs.open(manifestPath), StandardCharsets.UTF_8);
        CSVParser parser = format.parse(reader)) {
      if (!parser.getHeaderNames().contains("file")) {
        throw new InputException(manifestPath + ": the manifest has no 'file' column");
      }
      for (CSVRecord row : parser) {
        long record = row.getRecordNumber();
        if (!row.isConsistent()) {
          out.add(
              RawArticle.malformed(
                  ArticleSource.MANIFEST,
                  record,
                  "manifest row has "
                      + row.size()
                      + " fields, header has "
                      + parser.getHeaderNames().size(),
                  String.join(",", row.toList())));
          continue;
        }
        String file = get(row, "file");
        listed.add(file);
        Path textPath = new Path(folder, file);
        if (file == null || file.isEmpty() || !fs.exists(textPath)) {
          out.add(
              RawArticle.malformed(
                  ArticleSource.MANIFEST,
                  record,
                  "file '" + file + "' listed in the manifest does not exist",
                  String.join(",", row.toList())));
          continue;
        }
        RawArticle a = new RawArticle();
        a.setSource(file);
        a.setRecord(1);
        String id = get(row, "id");
        a.setId(id == null || id.isEmpty() ? stripExtension(file) : id);
        a.setOutlet(get(row, "outlet"));
        a.setBloc(get(row, "bloc"));
        a.setPublished(get(row, "published"));
        a.setTitle(get(row, "title"));
        a.setUrl(get(row, "url"));
        a.setLanguage(get(row, "language"));
        try (InputStream in = fs.open(textPath)) {
          a.setText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        out.add(a);
      }
    }
    for (FileStatus f : fs.listStatus(folder)) {
      String name = f.getPath().getName();
      if (f.isFile() && name.endsWith(".txt") && !listed.contains(name)) {
        out.add(
            RawArticle.malformed(
                name, 1, "text file is not listed in " + ArticleSource.MANIFEST, null));
      }
    }
    return out;
  }

  private static String get(CSVRecord row, String column) {
    return row.isMapped(column) ? row.get(column) : null;
  }

  private static String stripExtension(String file) {
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }
}
