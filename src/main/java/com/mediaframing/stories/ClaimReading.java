package com.mediaframing.stories;

import com.mediaframing.analysis.AnalyzedArticle;
import com.mediaframing.analysis.ClaimRecord;
import com.mediaframing.stories.ClaimAligner.Claim;
import com.mediaframing.stories.ClaimAligner.Member;
import com.mediaframing.stories.StoryReport.ClaimDisagreement;
import com.mediaframing.stories.StoryReport.TopicShare;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How the blocs of one story read it, from its aligned claims: the shared data points (claims every
 * bloc states, each in its own wording; {@link ClaimAligner} joins a claim by complete linkage, so
 * every two of its wordings, of any two blocs, pass its pair test), each bloc's own claims ranked
 * by salience (articles of the bloc stating it, then lead position), claim-level disagreements (a
 * number, a negation or the actor who did it differs between blocs' wordings of one claim), each
 * bloc's distinctive words ({@link DistinctiveWords}) and headlines, blind spots (salient claims
 * and topics one bloc carries and another leaves out) and what to watch (forward-looking claims).
 * Built by {@link #of}; a plain value, not thread-shared.
 */
public record ClaimReading(
    List<Claim> shared,
    Map<String, List<Claim>> blocOnly,
    List<ClaimDisagreement> disagreements,
    Map<String, List<WordEvidence>> words,
    Map<String, List<Headline>> headlines,
    List<BlindSpot> blindSpots,
    List<Claim> watch) {

  /** A claim is salient enough to be a blind spot of the blocs lacking it from this position. */
  public static final int SALIENT_LEAD = 3;

  public static final int MAX_WORDS = 8;
  public static final double TOPIC_BLINDSPOT_SHARE = 0.25;

  public record WordEvidence(String word, double z, int count, String evidence) {}

  public record Headline(String docId, String outlet, String title) {}

  /** {@code missing} leaves out what {@code carrier} states: a claim or a topic. */
  public record BlindSpot(
      String missing, String carrier, Claim claim, String topicId, String evidence) {}

  public static ClaimReading of(
      List<String> blocs,
      List<AnalyzedArticle> docs,
      List<Claim> claims,
      List<TopicShare> topics,
      DistinctiveWords.Background background) {
    List<Claim> shared =
        claims.stream().filter(c -> blocs.size() >= 2 && c.blocs().size() == blocs.size()).toList();
    Map<String, List<Claim>> only = new TreeMap<>();
    for (String b : blocs) {
      only.put(
          b,
          claims.stream()
              .filter(c -> c.blocs().size() == 1 && c.blocs().get(0).equals(b))
              .sorted(salience())
              .toList());
    }
    List<BlindSpot> blind = new ArrayList<>();
    for (String missing : blocs) {
      for (Claim c : claims) {
        if (c.blocs().contains(missing)
            || c.echoedIn().contains(missing)
            || !(c.nDocs() >= 2 || c.lead() < SALIENT_LEAD)) {
          continue;
        }
        blind.add(
            new BlindSpot(missing, String.join("|", c.blocs()), c, null, evidence(c.members())));
      }
      for (TopicShare t : topics) {
        if (t.kind().equals("bloc")
            && !t.group().equals(missing)
            && t.share() >= TOPIC_BLINDSPOT_SHARE
            && topics.stream()
                .noneMatch(
                    o ->
                        o.kind().equals("bloc")
                            && o.group().equals(missing)
                            && o.topicId().equals(t.topicId()))) {
          blind.add(new BlindSpot(missing, t.group(), null, t.topicId(), topicEvidence(docs, t)));
        }
      }
    }
    List<Claim> watch =
        claims.stream()
            .filter(c -> c.members().stream().anyMatch(m -> m.claim().isForward()))
            .sorted(
                Comparator.comparingInt((Claim c) -> -c.blocs().size()).thenComparing(salience()))
            .toList();
    Map<String, List<Headline>> headlines = new TreeMap<>();
    for (AnalyzedArticle d : docs) {
      if (d.getTitle() != null && !d.getTitle().isBlank()) {
        headlines
            .computeIfAbsent(d.getBloc(), k -> new ArrayList<>())
            .add(new Headline(d.getDocId(), d.getOutlet(), d.getTitle()));
      }
    }
    return new ClaimReading(
        shared,
        only,
        disagreements(claims),
        words(blocs, docs, background),
        headlines,
        blind,
        watch);
  }

  /** Articles stating the claim, then lead position. */
  static Comparator<Claim> salience() {
    return Comparator.comparingInt((Claim c) -> -c.nDocs())
        .thenComparingInt(Claim::lead)
        .thenComparing(Claim::claimId);
  }

  /** {@code doc[sentence]} of each member. */
  public static String evidence(List<Member> members) {
    Map<String, SortedSet<Integer>> e = new TreeMap<>();
    for (Member m : members) {
      e.computeIfAbsent(m.docId(), k -> new TreeSet<>()).add(m.claim().getSentenceIndex());
    }
    return Evidence.of(e);
  }

  private static String topicEvidence(List<AnalyzedArticle> docs, TopicShare t) {
    List<String> ids = new ArrayList<>();
    for (AnalyzedArticle d : docs) {
      if (d.getBloc().equals(t.group())
          && d.getTopics() != null
          && d.getTopics().stream().anyMatch(w -> w.getTopicId().equals(t.topicId()))) {
        ids.add(d.getDocId());
      }
    }
    return String.join(" ", ids);
  }

  static List<ClaimDisagreement> disagreements(List<Claim> claims) {
    Map<String, ClaimDisagreement> out = new LinkedHashMap<>();
    for (Claim c : claims) {
      if (c.blocs().size() < 2) {
        continue;
      }
      for (Member a : c.members()) {
        for (Member b : c.members()) {
          if (a.bloc().compareTo(b.bloc()) >= 0) {
            continue;
          }
          String ev = evidence(List.of(a, b));
          String[] numbers = numberConflict(a.claim(), b.claim());
          if (numbers != null) {
            put(
                out,
                new ClaimDisagreement(
                    c.claimId(), "number", a.bloc(), b.bloc(), numbers[0], numbers[1], ev));
          }
          if (a.claim().isNegated() != b.claim().isNegated()) {
            put(
                out,
                new ClaimDisagreement(
                    c.claimId(),
                    "negation",
                    a.bloc(),
                    b.bloc(),
                    a.claim().isNegated() ? "negated" : "affirmed",
                    b.claim().isNegated() ? "negated" : "affirmed",
                    ev));
          }
          String ga = a.claim().getAgent();
          String gb = b.claim().getAgent();
          if (ga != null
              && gb != null
              && !ga.equals(gb)
              && !b.claim().getActors().contains(ga)
              && !a.claim().getActors().contains(gb)) {
            put(out, new ClaimDisagreement(c.claimId(), "agent", a.bloc(), b.bloc(), ga, gb, ev));
          }
        }
      }
    }
    return List.copyOf(out.values());
  }

  private static void put(Map<String, ClaimDisagreement> out, ClaimDisagreement d) {
    out.putIfAbsent(d.claimId() + d.kind() + d.blocA() + d.blocB() + d.valueA() + d.valueB(), d);
  }

  /**
   * Differing numbers for the same counted noun ("32 people" against "31 people"), or the only
   * number of each sentence when at least one of them counts nothing named ("32 people" against
   * "31"); null when they agree or cannot be compared.
   */
  static String[] numberConflict(ClaimRecord a, ClaimRecord b) {
    Map<String, Set<String>> ua = units(a.getNumbers());
    Map<String, Set<String>> ub = units(b.getNumbers());
    for (var e : ua.entrySet()) {
      Set<String> other = ub.get(e.getKey());
      if (!e.getKey().isEmpty() && other != null && Collections.disjoint(e.getValue(), other)) {
        return new String[] {
          String.join("/", e.getValue()) + " " + e.getKey(),
          String.join("/", other) + " " + e.getKey()
        };
      }
    }
    if (a.getNumbers().size() == 1 && b.getNumbers().size() == 1) {
      String na = a.getNumbers().get(0);
      String nb = b.getNumbers().get(0);
      boolean unnamed = ClaimAligner.unit(na).isEmpty() || ClaimAligner.unit(nb).isEmpty();
      if (unnamed && !ClaimAligner.value(na).equals(ClaimAligner.value(nb))) {
        return new String[] {na, nb};
      }
    }
    return null;
  }

  private static Map<String, Set<String>> units(List<String> numbers) {
    Map<String, Set<String>> out = new HashMap<>();
    for (String n : numbers) {
      out.computeIfAbsent(ClaimAligner.unit(n), k -> new TreeSet<>()).add(ClaimAligner.value(n));
    }
    return out;
  }

  static Map<String, List<WordEvidence>> words(
      List<String> blocs, List<AnalyzedArticle> docs, DistinctiveWords.Background background) {
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    Map<String, Map<String, Map<String, SortedSet<Integer>>>> where = new HashMap<>();
    for (AnalyzedArticle d : docs) {
      if (d.getClaims() == null) {
        continue;
      }
      for (ClaimRecord c : d.getClaims()) {
        for (String l : c.getLemmas()) {
          counts.computeIfAbsent(d.getBloc(), k -> new HashMap<>()).merge(l, 1, Integer::sum);
          where
              .computeIfAbsent(d.getBloc(), k -> new HashMap<>())
              .computeIfAbsent(l, k -> new TreeMap<>())
              .computeIfAbsent(d.getDocId(), k -> new TreeSet<>())
              .add(c.getSentenceIndex());
        }
      }
    }
    Map<String, List<WordEvidence>> out = new TreeMap<>();
    for (String b : blocs) {
      Map<String, Integer> rest = new HashMap<>();
      counts.forEach(
          (o, m) -> {
            if (!o.equals(b)) {
              m.forEach((w, n) -> rest.merge(w, n, Integer::sum));
            }
          });
      List<WordEvidence> ws = new ArrayList<>();
      for (DistinctiveWords.Word w :
          DistinctiveWords.of(counts.getOrDefault(b, Map.of()), rest, background)) {
        if (ws.size() >= MAX_WORDS) {
          break;
        }
        ws.add(
            new WordEvidence(w.word(), w.z(), w.count(), Evidence.of(where.get(b).get(w.word()))));
      }
      out.put(b, ws);
    }
    return out;
  }
}
