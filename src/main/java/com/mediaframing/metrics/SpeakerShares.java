package com.mediaframing.metrics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Share of voice within one outlet or bloc, in plain Java: from the quotes of each speaker in each
 * article, every speaker's (and every speaker type's) share of all quotes with its 95% interval,
 * quoted words and a display name. Within an outlet the interval is clustered by article ({@link
 * ShareInterval}); within a bloc by outlet ({@link ClusteredMean.Design}, the outlet being the
 * sampling unit of a bloc). Input cells are per article and speaker; the whole group is held in
 * memory (one outlet or bloc: thousands of cells). Stateless and thread-safe.
 */
public final class SpeakerShares {
  private SpeakerShares() {}

  /**
   * One speaker's quotes in one article.
   *
   * @param outlet the article's outlet
   * @param name the display name seen at the speaker's first quote in the article (nullable)
   * @param firstQuote index of that quote in the article (orders names across articles)
   * @param actor the dictionary actor (nullable)
   * @param type the speaker type at that quote
   */
  public record Cell(
      String doc,
      String outlet,
      String key,
      long quotes,
      long direct,
      long words,
      String name,
      int firstQuote,
      String actor,
      String type)
      implements Serializable {}

  /**
   * One row of the result; {@code level} is {@code speaker} or {@code speaker_type}; {@code
   * outlets} and {@code df} are the clustered interval's outlets and degrees of freedom (0 and null
   * when the interval is over articles).
   */
  public record Share(
      String level,
      String key,
      String name,
      String actor,
      String type,
      long docs,
      long quotes,
      long direct,
      long words,
      double share,
      Double low,
      Double high,
      Double shareWords,
      long total,
      long docsQuoting,
      long outlets,
      Double df)
      implements Serializable {}

  private static final class Tally {
    long docs;
    long quotes;
    long direct;
    long words;
    double xx;
    double xn;
    String name;
    String nameDoc;
    int nameQuote;
    String actor;
    final Map<String, Long> types = new HashMap<>(4);
    final Map<String, Double> byOutlet = new HashMap<>();
  }

  /**
   * The shares of one outlet's cells, speakers first, each level ordered by key; intervals over
   * articles.
   */
  public static List<Share> of(List<Cell> cells) {
    return of(cells, false);
  }

  /**
   * The shares of one group's cells, speakers first, each level ordered by key; with {@code
   * byOutlet} (a bloc) the intervals take the outlet as the sampling unit, else the article.
   */
  public static List<Share> of(List<Cell> cells, boolean byOutlet) {
    Map<String, long[]> perDoc = new HashMap<>(); // doc -> {quotes, words}
    for (Cell c : cells) {
      long[] t = perDoc.computeIfAbsent(c.doc(), k -> new long[2]);
      t[0] += c.quotes();
      t[1] += c.words();
    }
    long total = 0;
    long words = 0;
    double nn = 0;
    for (long[] t : perDoc.values()) {
      total += t[0];
      words += t[1];
      nn += (double) t[0] * t[0];
    }
    Map<String, Tally> speakers = new HashMap<>();
    Map<String, Map<String, long[]>> typeByDoc = new HashMap<>(); // type -> doc -> {x, d, w}
    Map<String, String> outletOf = new HashMap<>();
    Map<String, Double> outletQuotes = new HashMap<>();
    if (byOutlet) {
      for (Cell c : cells) {
        outletOf.put(c.doc(), c.outlet());
        outletQuotes.merge(c.outlet(), (double) c.quotes(), Double::sum);
      }
    }
    for (Cell c : cells) {
      long n = perDoc.get(c.doc())[0];
      Tally t = speakers.computeIfAbsent(c.key(), k -> new Tally());
      add(t, c.quotes(), c.direct(), c.words(), n);
      if (byOutlet) {
        t.byOutlet.merge(c.outlet(), (double) c.quotes(), Double::sum);
      }
      if (c.name() != null
          && (t.name == null
              || c.doc().compareTo(t.nameDoc) < 0
              || c.doc().equals(t.nameDoc) && c.firstQuote() < t.nameQuote)) {
        t.name = c.name();
        t.nameDoc = c.doc();
        t.nameQuote = c.firstQuote();
      }
      if (c.actor() != null && (t.actor == null || c.actor().compareTo(t.actor) > 0)) {
        t.actor = c.actor();
      }
      t.types.merge(c.type(), c.quotes(), Long::sum);
      long[] x =
          typeByDoc
              .computeIfAbsent(c.type(), k -> new HashMap<>())
              .computeIfAbsent(c.doc(), k -> new long[3]);
      x[0] += c.quotes();
      x[1] += c.direct();
      x[2] += c.words();
    }
    Map<String, Tally> types = new TreeMap<>();
    typeByDoc.forEach(
        (type, docs) ->
            docs.forEach(
                (doc, x) -> {
                  Tally t = types.computeIfAbsent(type, k -> new Tally());
                  add(t, x[0], x[1], x[2], perDoc.get(doc)[0]);
                  if (byOutlet) {
                    t.byOutlet.merge(outletOf.get(doc), (double) x[0], Double::sum);
                  }
                }));
    ClusteredMean.Design outlets =
        byOutlet && total(outletQuotes) > 0 ? new ClusteredMean.Design(outletQuotes) : null;
    List<Share> out = new ArrayList<>(speakers.size() + types.size());
    long m = perDoc.size();
    List<Map.Entry<String, Tally>> bySpeaker = new ArrayList<>(speakers.entrySet());
    bySpeaker.sort(Map.Entry.comparingByKey());
    for (Map.Entry<String, Tally> e : bySpeaker) {
      Tally t = e.getValue();
      out.add(
          share(
              "speaker",
              e.getKey(),
              t.name,
              t.actor,
              mode(t.types),
              t,
              m,
              total,
              nn,
              words,
              outlets));
    }
    for (Map.Entry<String, Tally> e : types.entrySet()) {
      out.add(
          share(
              "speaker_type",
              e.getKey(),
              null,
              null,
              e.getKey(),
              e.getValue(),
              m,
              total,
              nn,
              words,
              outlets));
    }
    return out;
  }

  private static double total(Map<String, Double> values) {
    return values.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  private static void add(Tally t, long x, long direct, long words, long n) {
    t.docs++;
    t.quotes += x;
    t.direct += direct;
    t.words += words;
    t.xx += (double) x * x;
    t.xn += (double) x * n;
  }

  /** The most frequent type, the smallest name on ties. */
  private static String mode(Map<String, Long> counts) {
    String best = null;
    long n = -1;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      if (e.getValue() > n || e.getValue() == n && smaller(e.getKey(), best)) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return best;
  }

  /** Whether {@code a} orders before {@code b}, nulls first (a TreeMap's order of the types). */
  private static boolean smaller(String a, String b) {
    return a == null ? b != null : b != null && a.compareTo(b) < 0;
  }

  private static Share share(
      String level,
      String key,
      String name,
      String actor,
      String type,
      Tally t,
      long m,
      long total,
      double nn,
      long words,
      ClusteredMean.Design outlets) {
    Double low;
    Double high;
    long nOutlets = 0;
    Double df = null;
    if (outlets != null) {
      ClusteredMean.Interval i = outlets.of(t.byOutlet);
      low = i.low(0, 1);
      high = i.high(0, 1);
      nOutlets = outlets.clusters();
      df = i.df();
    } else {
      low = ShareInterval.lower(m, total, t.quotes, t.xx, t.xn, nn);
      high = ShareInterval.upper(m, total, t.quotes, t.xx, t.xn, nn);
    }
    return new Share(
        level,
        key,
        name,
        actor,
        type,
        t.docs,
        t.quotes,
        t.direct,
        t.words,
        total == 0 ? 0 : (double) t.quotes / total,
        low,
        high,
        words > 0 ? (double) t.words / words : null,
        total,
        m,
        nOutlets,
        df);
  }
}
