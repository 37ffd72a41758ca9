package com.mediaframing.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mediaframing.actors.Actor;
import com.mediaframing.actors.ActorAlias;
import com.mediaframing.actors.ActorDictionary;
import com.mediaframing.base.Checksums;
import com.mediaframing.base.ConfigException;
import com.mediaframing.base.OptionValues;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * {@code sample-actors --input FILE[.gz] --actors-ids ID,ID,... --out FILE [--per-bloc K] [--seed
 * N] [--actors CSV]}: a fixed-seed sample of a JSONL corpus for comparing actors' tone by bloc
 * without a whole-corpus run. For each named actor and each bloc (the record's {@code bloc}) it
 * keeps the K articles (300) whose text or title contains one of the actor's aliases (plain,
 * case-sensitive text: a prefilter, the job's matcher decides) and whose SHA-256 of {@code seed:id}
 * is smallest — the same sample whatever the order of the file. Writes the union of the kept
 * records verbatim to {@code --out} and the named actors' rows of the dictionary to {@code
 * OUT.actors.csv}, for {@code bin/framing run --input OUT --actors OUT.actors.csv} with each
 * scorer. One pass over the file; memory holds K records per actor and bloc.
 */
final class ActorSampleCommand {
  private ActorSampleCommand() {}

  private record Kept(String key, String line) {}

  static int run(List<String> args, PrintStream out) {
    Map<String, String> o = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i += 2) {
      if (!args.get(i).startsWith("--") || i + 1 >= args.size()) {
        throw new ConfigException(
            "sample-actors: expected --option value, got '" + args.get(i) + "'");
      }
      o.put(args.get(i), args.get(i + 1));
    }
    for (String required : List.of("--input", "--actors-ids", "--out")) {
      if (!o.containsKey(required)) {
        throw new ConfigException("sample-actors needs " + required);
      }
    }
    int perBloc = OptionValues.positiveInt(o, "--per-bloc", 300);
    String seed = o.getOrDefault("--seed", "18");
    Path actorsCsv = Path.of(o.getOrDefault("--actors", ActorDictionary.DEFAULT_FILE));
    ActorDictionary dictionary = ActorDictionary.load(actorsCsv);
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    for (String id : o.get("--actors-ids").split(",")) {
      Actor a =
          dictionary
              .actor(id.strip())
              .orElseThrow(
                  () ->
                      new ConfigException("sample-actors: no actor '" + id + "' in " + actorsCsv));
      List<String> texts = new ArrayList<>();
      texts.add(a.name());
      for (ActorAlias alias : a.aliases()) {
        texts.add(alias.text());
      }
      aliases.put(a.actorId(), texts);
    }
    Map<String, PriorityQueue<Kept>> kept = new TreeMap<>();
    Map<String, Integer> seen = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    Path input = Path.of(o.get("--input"));
    try (BufferedReader r = reader(input)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        String text = n.path("title").asText("") + "\n" + n.path("text").asText("");
        String bloc = n.path("bloc").asText("unassigned");
        String key =
            Checksums.sha256Hex(
                (seed + ":" + n.path("id").asText()).getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, List<String>> a : aliases.entrySet()) {
          if (a.getValue().stream().noneMatch(text::contains)) {
            continue;
          }
          String cell = a.getKey() + "\t" + bloc;
          seen.merge(cell, 1, Integer::sum);
          PriorityQueue<Kept> q =
              kept.computeIfAbsent(
                  cell, c -> new PriorityQueue<>(Comparator.comparing(Kept::key).reversed()));
          q.add(new Kept(key, line));
          if (q.size() > perBloc) {
            q.poll();
          }
        }
      }
    } catch (IOException e) {
      throw new ConfigException("sample-actors: cannot read " + input + ": " + e.getMessage());
    }
    Map<String, String> union = new TreeMap<>();
    for (PriorityQueue<Kept> q : kept.values()) {
      for (Kept k : q) {
        union.put(k.key(), k.line());
      }
    }
    Path target = Path.of(o.get("--out"));
    Path actorsOut = Path.of(target + ".actors.csv");
    try {
      Files.write(target, union.values(), StandardCharsets.UTF_8);
      writeActors(actorsCsv, actorsOut, new TreeSet<>(aliases.keySet()));
    } catch (IOException e) {
      throw new ConfigException("sample-actors: cannot write " + target + ": " + e.getMessage());
    }
    for (Map.Entry<String, PriorityQueue<Kept>> c : kept.entrySet()) {
      out.printf(
          Locale.ROOT,
          "sample-actors: %-40s %5d of %6d articles%n",
          c.getKey().replace('\t', ' '),
          c.getValue().size(),
          seen.get(c.getKey()));
    }
    out.printf(
        Locale.ROOT,
        "sample-actors: wrote %d articles to %s and the actors to %s (seed %s)%n",
        union.size(),
        target,
        actorsOut,
        seed);
    return 0;
  }

  /**
   * The header (the first line that is not a {@code #} comment) and the rows of {@code ids} of the
   * dictionary file, as they are written there.
   */
  private static void writeActors(Path from, Path to, TreeSet<String> ids) throws IOException {
    List<String> lines = Files.readAllLines(from, StandardCharsets.UTF_8);
    try (BufferedWriter w = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
      boolean header = false;
      for (String l : lines) {
        if (l.startsWith("#") || l.isBlank()) {
          continue;
        }
        int comma = l.indexOf(',');
        if (!header || comma > 0 && ids.contains(l.substring(0, comma).strip())) {
          header = true;
          w.write(l);
          w.newLine();
        }
      }
    }
  }

  private static BufferedReader reader(Path input) throws IOException {
    InputStream in = Files.newInputStream(input);
    if (input.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}
