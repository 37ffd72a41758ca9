package com.mediaframing.nlp;

import com.mediaframing.base.BundledResource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A table from word keys ({@link CorpusTokenizer#key(String)}) to cluster ids at one or more
 * granularities (a coarse and a fine clustering of the same word vectors), like Brown clusters: a
 * word the labelled data rarely shows still shares a cluster with words it often shows. The table
 * the jar ships is the resource {@value #RESOURCE}, built by {@code bin/framing train-clusters}
 * ({@code bin/framing train-clusters}). Text format, one word a line sorted by word: {@code
 * word<TAB>id<TAB>id…}, after comment lines starting {@code "# "} (words can start with {@code #},
 * never have a space). Immutable and thread-safe.
 */
public final class WordClusters {
  /** Classpath resource of the bundled table. */
  public static final String RESOURCE = "com/mediaframing/nlp/word-clusters.tsv";

  /** The words in sorted order; a word's row is its index here. */
  private final String[] words;

  private final Map<String, Integer> rows;

  /** Row {@code r}'s cluster ids at {@code r * levels} to {@code (r + 1) * levels}. */
  private final int[] clusters;

  private final int levels;
  private final String header;

  /**
   * @param ids cluster ids by word key, each array of length {@code levels}
   * @param header comment written at the top of the file (may be empty; lines without {@code #})
   */
  public WordClusters(Map<String, int[]> ids, int levels, String header) {
    this.words = new TreeMap<>(ids).keySet().toArray(String[]::new);
    this.rows = new HashMap<>(words.length * 2);
    this.clusters = new int[words.length * levels];
    for (int r = 0; r < words.length; r++) {
      int[] c = ids.get(words[r]);
      if (c.length != levels) {
        throw new IllegalArgumentException(
            "word '" + words[r] + "' has " + c.length + " ids, expected " + levels);
      }
      System.arraycopy(c, 0, clusters, r * levels, levels);
      rows.put(words[r], r);
    }
    this.levels = levels;
    this.header = header;
  }

  /** Number of granularities (ids per word). */
  public int levels() {
    return levels;
  }

  /** Number of words in the table. */
  public int size() {
    return words.length;
  }

  /** The cluster id of a token at {@code level} (0 = first column), or -1 when not in the table. */
  public int cluster(String token, int level) {
    return clusterOfKey(CorpusTokenizer.key(token), level);
  }

  /** The cluster id of a word key (null allowed) at {@code level}, or -1. */
  public int clusterOfKey(String key, int level) {
    return cluster(row(key), level);
  }

  /**
   * The row of a word key (null allowed), or -1 when the table lacks it: one lookup for all of a
   * word's levels ({@link #cluster(int, int)}).
   */
  public int row(String key) {
    Integer r = key == null ? null : rows.get(key);
    return r == null ? -1 : r;
  }

  /** The cluster id at {@code level} of a {@link #row} (-1 gives -1). */
  public int cluster(int row, int level) {
    return row < 0 ? -1 : clusters[row * levels + level];
  }

  /** Writes the table: header comments, then words in sorted order; same table, same bytes. */
  public void write(Writer out) throws IOException {
    for (String line : header.split("\n", -1)) {
      if (!line.isEmpty()) {
        out.write("# " + line + "\n");
      }
    }
    for (int r = 0; r < words.length; r++) {
      StringBuilder b = new StringBuilder(words[r]);
      for (int l = 0; l < levels; l++) {
        b.append('\t').append(cluster(r, l));
      }
      out.write(b.append('\n').toString());
    }
  }

  /** Reads a table written by {@link #write}; a malformed line is an error naming its number. */
  public static WordClusters read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Map<String, int[]> ids = new HashMap<>();
    StringBuilder header = new StringBuilder();
    int levels = -1;
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      // "# " starts a comment; a word key never has a space, but may start with '#' (a hashtag).
      if (line.startsWith("# ") || line.equals("#")) {
        header.append(line.substring(Math.min(2, line.length()))).append('\n');
        continue;
      }
      String[] parts = line.split("\t");
      if (parts.length < 2 || (levels >= 0 && parts.length - 1 != levels)) {
        throw new IOException("line " + lineNo + " is not word<TAB>id…: '" + line + "'");
      }
      levels = parts.length - 1;
      try {
        ids.put(
            parts[0], Arrays.stream(parts, 1, parts.length).mapToInt(Integer::parseInt).toArray());
      } catch (NumberFormatException e) {
        throw new IOException("line " + lineNo + " has a cluster id that is not a number", e);
      }
    }
    return new WordClusters(ids, Math.max(levels, 0), header.toString());
  }

  private static final class Holder {
    static final WordClusters INSTANCE = load();

    private static WordClusters load() {
      return BundledResource.load(RESOURCE, "word cluster table", WordClusters::read);
    }
  }

  /** The table shipped in the jar, loaded on the first call. */
  public static WordClusters bundled() {
    return Holder.INSTANCE;
  }
}
