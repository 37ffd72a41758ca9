package com.mediaframing.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lookup structures behind {@link ActorMatcher}, built once from a dictionary: a trie over
 * normalized alias pieces (so matching costs one hash lookup per piece and trie step, whatever the
 * dictionary size), the implicit surnames of persons, and a deletion index (symmetric-delete, as in
 * SymSpell) of person name tokens for spelling variants. Immutable after construction and safe to
 * share between threads.
 */
final class AliasIndex {
  private static final String[] NO_NAMES = new String[0];

  /** Name suffixes never taken as a surname ("George Smith Jr."). */
  private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  /** A trie node; the path from the root spells a sequence of normalized pieces. */
  static final class Node {
    private Map<String, Node> children;
    Entry[] entries;

    /** Whether this root child is the implicit surname of some person. */
    boolean surname;

    Node child(String piece) {
      return children == null ? null : children.get(piece);
    }

    private Node childOrNew(String piece) {
      if (children == null) {
        children = new HashMap<>(4);
      }
      return children.computeIfAbsent(piece, k -> new Node());
    }

    private void add(Entry e) {
      entries = entries == null ? new Entry[] {e} : append(entries, e);
    }

    private static Entry[] append(Entry[] a, Entry e) {
      Entry[] b = Arrays.copyOf(a, a.length + 1);
      b[a.length] = e;
      return b;
    }
  }

  /**
   * One alias ending at a trie node.
   *
   * @param exactForms per piece the case-sensitive form it must have in the text (short all-caps
   *     acronyms such as "US"), or {@code null} for case-insensitive pieces; {@code null} when no
   *     piece is case-sensitive
   */
  record Entry(int actor, ActorAlias alias, int length, String[] exactForms) {}

  final Actor[] actors;
  final Node root = new Node();

  /** Every normalized piece of every alias. */
  final Set<String> aliasPieces = new HashSet<>();

  /** Per actor, the normalized implicit surname, or {@code null}. */
  final String[] surnameOf;

  /** Person name pieces eligible for spelling variants → the persons having them. */
  final Map<String, int[]> nameTokenActors = new HashMap<>();

  /** Surnames and one-piece aliases of persons → the persons, for standalone spelling variants. */
  final Map<String, int[]> standaloneActors = new HashMap<>();

  /** Deletion variant → name tokens it was derived from. */
  private final Map<String, String[]> deletions = new HashMap<>();

  private final int minFuzzyLength;
  private final int longNameLength;

  AliasIndex(ActorDictionary dictionary, ActorMatcher.Options options) {
    this.minFuzzyLength = options.minFuzzyLength();
    this.longNameLength = options.longNameLength();
    this.actors = dictionary.actors().toArray(new Actor[0]);
    this.surnameOf = new String[actors.length];
    Map<String, Set<Integer>> names = new HashMap<>();
    Map<String, Set<Integer>> standalone = new HashMap<>();
    for (int a = 0; a < actors.length; a++) {
      Actor actor = actors[a];
      Set<String> singlePieceAliases = new HashSet<>();
      for (ActorAlias alias : actor.aliases()) {
        Pieces p = Pieces.ofAlias(alias.text());
        if (p.size == 0) {
          continue;
        }
        Node node = root;
        String[] exactForms = null;
        for (int k = 0; k < p.size; k++) {
          node = node.childOrNew(p.norm[k]);
          aliasPieces.add(p.norm[k]);
          if (isShortAcronym(p.exact[k])) {
            if (exactForms == null) {
              exactForms = new String[p.size];
            }
            exactForms[k] = p.exact[k];
          }
        }
        node.add(new Entry(a, alias, p.size, exactForms));
        if (p.size == 1 && !alias.windowed()) {
          singlePieceAliases.add(p.norm[0]);
        }
      }
      if (!actor.isPerson()) {
        continue;
      }
      Pieces name = Pieces.ofAlias(actor.name());
      for (int k = 0; k < name.size; k++) {
        if (fuzzyEligible(name.norm[k])) {
          names.computeIfAbsent(name.norm[k], x -> new LinkedHashSet<>()).add(a);
        }
      }
      for (String single : singlePieceAliases) {
        if (fuzzyEligible(single)) {
          names.computeIfAbsent(single, x -> new LinkedHashSet<>()).add(a);
          standalone.computeIfAbsent(single, x -> new LinkedHashSet<>()).add(a);
        }
      }
      String surname = surname(name);
      if (surname != null) {
        surnameOf[a] = surname;
        root.childOrNew(surname).surname = true;
        if (fuzzyEligible(surname)) {
          standalone.computeIfAbsent(surname, x -> new LinkedHashSet<>()).add(a);
        }
      }
    }
    names.forEach((k, v) -> nameTokenActors.put(k, toArray(v)));
    standalone.forEach((k, v) -> standaloneActors.put(k, toArray(v)));
    Map<String, Set<String>> dels = new HashMap<>();
    for (String token : nameTokenActors.keySet()) {
      for (String variant : deletionVariants(token, maxDistance(token))) {
        dels.computeIfAbsent(variant, x -> new LinkedHashSet<>()).add(token);
      }
    }
    dels.forEach((k, v) -> deletions.put(k, v.toArray(new String[0])));
  }

  /**
   * Person name tokens within the allowed edit distance of {@code piece} (a normalized text piece
   * of at least {@code minFuzzyLength} letters that is not itself a name token), nearest first.
   */
  String[] spellingNeighbours(String piece) {
    int n = piece.length();
    if (n < minFuzzyLength || nameTokenActors.containsKey(piece)) {
      return NO_NAMES;
    }
    Set<String> seen = null;
    List<String> out = null;
    int maxQueryDeletes = n >= longNameLength - 2 ? 2 : 1;
    for (String variant : deletionVariants(piece, maxQueryDeletes)) {
      String[] tokens = deletions.get(variant);
      if (tokens == null) {
        continue;
      }
      for (String t : tokens) {
        if (seen == null) {
          seen = new HashSet<>();
          out = new ArrayList<>(2);
        }
        if (seen.add(t) && osaDistance(piece, t, maxDistance(t)) <= maxDistance(t)) {
          out.add(t);
        }
      }
    }
    if (out == null || out.isEmpty()) {
      return NO_NAMES;
    }
    out.sort((x, y) -> osaDistance(piece, x, 3) - osaDistance(piece, y, 3));
    return out.toArray(NO_NAMES);
  }

  /** Largest edit distance allowed for a spelling variant of the name token. */
  int maxDistance(String nameToken) {
    int n = nameToken.length();
    return n >= longNameLength ? 2 : n >= minFuzzyLength ? 1 : 0;
  }

  private boolean fuzzyEligible(String token) {
    if (token.length() < minFuzzyLength) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isLetter(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The last name piece, skipping suffixes and initials; {@code null} if shorter than 3. */
  private static String surname(Pieces name) {
    if (name.size < 2) {
      return null;
    }
    for (int k = name.size - 1; k >= 1; k--) {
      String s = name.norm[k];
      if (NAME_SUFFIXES.contains(s)) {
        continue;
      }
      return s.length() >= 3 ? s : null;
    }
    return null;
  }

  /** Short all-capital acronyms ("US", "UK", "EU", "UN", "FBI") must match case-sensitively. */
  static boolean isShortAcronym(String exact) {
    int n = exact.length();
    if (n < 2 || n > 3) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = exact.charAt(i);
      if (!Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }

  /** The string and all strings made from it by deleting up to {@code max} characters. */
  static Set<String> deletionVariants(String s, int max) {
    Set<String> out = new HashSet<>();
    out.add(s);
    Set<String> frontier = Set.of(s);
    for (int d = 0; d < max; d++) {
      Set<String> next = new HashSet<>();
      for (String f : frontier) {
        if (f.length() <= 1) {
          continue;
        }
        for (int i = 0; i < f.length(); i++) {
          String v = f.substring(0, i) + f.substring(i + 1);
          if (out.add(v)) {
            next.add(v);
          }
        }
      }
      frontier = next;
    }
    return out;
  }

  /**
   * Optimal-string-alignment (restricted Damerau-Levenshtein) distance, capped at {@code limit +
   * 1}; strings whose lengths differ by more than {@code limit} are not compared.
   */
  static int osaDistance(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > limit) {
      return limit + 1;
    }
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[m], limit + 1);
  }

  private static int[] toArray(Set<Integer> s) {
    return s.stream().mapToInt(Integer::intValue).toArray();
  }
}
