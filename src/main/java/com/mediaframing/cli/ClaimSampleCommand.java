package com.mediaframing.cli;

import com.mediaframing.base.Checksums;
import com.mediaframing.base.ConfigException;
import com.mediaframing.base.OptionValues;
import com.mediaframing.ingest.InputException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code sample-claims --output DIR [--n 40] [--seed 38] [--min-blocs 2]}: reads the {@code
 * story_claims} and {@code documents} Parquet of a run's output folder (nothing is written) and
 * prints a fixed-seed draw of its cross-bloc claims — claims whose sentences come from at least
 * {@code --min-blocs} blocs — for reading by hand: each claim with its sentences, their bloc,
 * outlet, {@code doc_id[sentence_index]}, cosine to the claim's centre and text. The draw keeps the
 * {@code --n} claims whose SHA-256 of {@code seed:claim_id} is smallest, so it does not depend on
 * the order of the files. First it prints the counts to compare runs: claims, cross-bloc claims,
 * their sentences, and the claims stated by every bloc of their story (the narratives' shared data
 * points). Plain JDBC over an in-memory DuckDB; the sentences are the corpus's, so keep the
 * printout out of the repository.
 */
final class ClaimSampleCommand {
  private ClaimSampleCommand() {}

  /** A drawn claim: its id and its rank key. */
  private record Drawn(String claimId, String key) {}

  static int run(List<String> args, PrintStream out) {
    Map<String, String> o =
        OptionValues.parse(
            args,
            Map.of(
                "--output", "DIR",
                "--n", "N",
                "--seed", "N",
                "--min-blocs", "N"),
            "sample-claims option");
    if (!o.containsKey("--output")) {
      throw new ConfigException("sample-claims needs --output DIR (the output folder of a run)");
    }
    Path dir = Path.of(o.get("--output"));
    int n = OptionValues.positiveInt(o, "--n", 40);
    String seed = o.getOrDefault("--seed", "38");
    int minBlocs = OptionValues.positiveInt(o, "--min-blocs", 2);
    for (String table : List.of("story_claims", "documents", "stories")) {
      if (!Files.isDirectory(dir.resolve("parquet").resolve(table))) {
        throw new InputException(
            "sample-claims: '" + dir + "' holds no parquet/" + table + "; give a run's --output");
      }
    }
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement()) {
      st.execute("CREATE VIEW claims AS SELECT *" + from(dir, "story_claims"));
      st.execute(
          "CREATE VIEW outlets AS SELECT doc_id, min(outlet) AS outlet"
              + from(dir, "documents")
              + " GROUP BY doc_id");
      st.execute(
          "CREATE VIEW story_blocs AS SELECT story_id, any_value(blocs) AS blocs"
              + from(dir, "stories")
              + " GROUP BY story_id");
      st.execute(
          "CREATE TABLE per_claim AS SELECT story_id, claim_id, count(*) AS n_sentences,"
              + " count(DISTINCT bloc) AS n_blocs, string_agg(DISTINCT bloc, '|' ORDER BY bloc)"
              + " AS blocs FROM claims GROUP BY story_id, claim_id");
      long[] counts = new long[4];
      try (ResultSet r =
          st.executeQuery(
              "SELECT count(*), count(*) FILTER (n_blocs >= "
                  + minBlocs
                  + "), coalesce(sum(n_sentences) FILTER (n_blocs >= "
                  + minBlocs
                  + "), 0), count(*) FILTER (n_blocs >= 2 AND p.blocs = s.blocs)"
                  + " FROM per_claim p LEFT JOIN story_blocs s USING (story_id)")) {
        r.next();
        for (int k = 0; k < counts.length; k++) {
          counts[k] = r.getLong(k + 1);
        }
      }
      List<Drawn> all = new ArrayList<>();
      try (ResultSet r =
          st.executeQuery("SELECT claim_id FROM per_claim WHERE n_blocs >= " + minBlocs)) {
        while (r.next()) {
          String id = r.getString(1);
          all.add(
              new Drawn(
                  id, Checksums.sha256Hex((seed + ":" + id).getBytes(StandardCharsets.UTF_8))));
        }
      }
      all.sort(Comparator.comparing(Drawn::key));
      List<Drawn> drawn = all.subList(0, Math.min(n, all.size()));
      out.printf(
          Locale.ROOT,
          "sample-claims: %s: %d claims, %d cross-bloc (sentences in %d+ blocs) with %d sentences,"
              + " %d stated by every bloc of their story%n",
          dir,
          counts[0],
          counts[1],
          minBlocs,
          counts[2],
          counts[3]);
      out.printf(
          Locale.ROOT,
          "sample-claims: %d drawn with seed %s (smallest SHA-256 of seed:claim_id)%n",
          drawn.size(),
          seed);
      try (PreparedStatement members =
          db.prepareStatement(
              "SELECT c.bloc, coalesce(o.outlet, '?'), c.doc_id, c.sentence_index, c.similarity,"
                  + " c.text FROM claims c LEFT JOIN outlets o USING (doc_id)"
                  + " WHERE c.claim_id = ? ORDER BY c.bloc, c.doc_id, c.sentence_index")) {
        for (int k = 0; k < drawn.size(); k++) {
          members.setString(1, drawn.get(k).claimId());
          List<String> lines = new ArrayList<>();
          java.util.TreeSet<String> blocs = new java.util.TreeSet<>();
          try (ResultSet r = members.executeQuery()) {
            while (r.next()) {
              blocs.add(r.getString(1));
              lines.add(
                  String.format(
                      Locale.ROOT,
                      "- %s | %s | %s[%d] | %.3f | %s",
                      r.getString(1),
                      r.getString(2),
                      r.getString(3),
                      r.getInt(4),
                      r.getDouble(5),
                      r.getString(6)));
            }
          }
          out.printf(
              Locale.ROOT,
              "%n## %d. %s (%d sentences, %s)%n",
              k + 1,
              drawn.get(k).claimId(),
              lines.size(),
              String.join(", ", blocs));
          lines.forEach(out::println);
        }
      }
    } catch (SQLException e) {
      throw new InputException("sample-claims: cannot read " + dir + ": " + e.getMessage());
    }
    return FramingCli.OK;
  }

  private static String from(Path dir, String table) {
    String glob = dir.resolve("parquet").resolve(table).toAbsolutePath() + "/**/*.parquet";
    return " FROM read_parquet('"
        + glob.replace("'", "''")
        + "', hive_partitioning = true, union_by_name = true)";
  }
}
