package com.mediaframing.actors;

import com.mediaframing.nlp.AnnotatedSentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The state of one {@link ActorMatcher#find} call: which actors were mentioned how recently, which
 * bare surnames are active, and the mentions found so far. Not thread-safe; confined to one call.
 */
final class ArticleScan {
  private static final String[] NONE = new String[0];

  private final AliasIndex index;
  private final ActorMatcher.Options options;
  private final String text;
  private final List<AnnotatedSentence> sentences;
  private final LocalDate published;

  /** Per actor, the clock value of its latest mention; 0 when not mentioned yet. */
  private final int[] lastMention;

  private int clock;
  private final Map<String, Integer> surnameOwner = new HashMap<>();
  private Set<String> lowerCaseWords;
  private final List<ActorMention> mentions = new ArrayList<>();

  // The current sentence.
  private AnnotatedSentence sentence;
  private int sentenceOrdinal = -1;
  private Pieces pieces;
  private String[][] neighbourCache;

  // Where the last mention ended, for merging a title with the name that follows it.
  private int lastMentionSentence = -1;
  private int lastMentionEndPiece = -1;

  // The best match found at the current position.
  private int bestLength;
  private int bestActor;
  private MatchKind bestKind;

  ArticleScan(
      AliasIndex index,
      ActorMatcher.Options options,
      String text,
      List<AnnotatedSentence> sentences,
      LocalDate published) {
    this.index = index;
    this.options = options;
    this.text = text;
    this.sentences = sentences;
    this.published = published;
    this.lastMention = new int[index.actors.length];
  }

  List<ActorMention> mentions() {
    return mentions;
  }

  void sentence(AnnotatedSentence s) {
    sentence = s;
    sentenceOrdinal++;
    pieces = Pieces.of(s);
    neighbourCache = options.spellingVariants() ? new String[pieces.size][] : null;
    int i = 0;
    while (i < pieces.size) {
      bestLength = 0;
      walk(index.root, i, i, null);
      if (bestLength == 0 && options.spellingVariants()) {
        standaloneVariant(i);
      }
      if (bestLength == 0) {
        i++;
      } else {
        emit(i, i + bestLength);
        i += bestLength;
      }
    }
  }

  /** Depth-first walk of the trie from piece {@code i}; at most one piece may be a variant. */
  private void walk(AliasIndex.Node node, int i, int j, String variantOf) {
    if (j > i) {
      terminal(node, i, j, variantOf);
    }
    if (j == pieces.size || (j > i && pieces.breakBefore[j])) {
      return;
    }
    AliasIndex.Node child = node.child(pieces.norm[j]);
    if (child != null) {
      walk(child, i, j + 1, variantOf);
    }
    if (variantOf == null && neighbourCache != null && (j > i || continuesAlias(j))) {
      for (String name : neighbours(j)) {
        child = node.child(name);
        if (child != null) {
          walk(child, i, j + 1, name);
        }
      }
    }
  }

  private void terminal(AliasIndex.Node node, int i, int j, String variantOf) {
    int length = j - i;
    if (node.entries != null) {
      int actor = -1;
      for (AliasIndex.Entry e : node.entries) {
        if (!e.alias().validOn(published) || !caseMatches(e, i)) {
          continue;
        }
        if (lowerCaseCommonWords(i, j)) {
          continue;
        }
        if (variantOf != null
            && (length < 2
                || !index.actors[e.actor()].isPerson()
                || !contains(index.nameTokenActors.get(variantOf), e.actor()))) {
          continue;
        }
        actor = preferred(actor, e.actor());
      }
      if (actor >= 0) {
        offer(actor, length, variantOf == null ? MatchKind.ALIAS : MatchKind.FUZZY);
        return;
      }
    }
    if (variantOf == null
        && length == 1
        && node.surname
        && options.bareSurnames()
        && pieces.capitalized(i)) {
      Integer owner = surnameOwner.get(pieces.norm[i]);
      if (owner != null) {
        offer(owner, 1, MatchKind.SURNAME);
      }
    }
  }

  /**
   * Whether the piece after {@code j} could continue a multi-piece alias; a variant first piece is
   * only worth looking up then.
   */
  private boolean continuesAlias(int j) {
    return j + 1 < pieces.size
        && !pieces.breakBefore[j + 1]
        && index.aliasPieces.contains(pieces.norm[j + 1]);
  }

  /** A lone capitalized piece close to a person's surname or one-word alias. */
  private void standaloneVariant(int i) {
    String piece = pieces.norm[i];
    if (piece.length() < options.minStandaloneLength() || !properNoun(i)) {
      return;
    }
    for (String name : neighbours(i)) {
      int[] actors = index.standaloneActors.get(name);
      if (actors == null || AliasIndex.osaDistance(piece, name, 1) > 1) {
        continue;
      }
      if (lowerCaseWords().contains(piece)) {
        return;
      }
      int actor = -1;
      for (int a : actors) {
        actor = preferred(actor, a);
      }
      offer(actor, 1, MatchKind.FUZZY);
      return;
    }
  }

  /** Person name tokens that piece {@code j} may be a spelling variant of. */
  private String[] neighbours(int j) {
    String[] cached = neighbourCache[j];
    if (cached == null) {
      String piece = pieces.norm[j];
      if (piece.length() < options.minFuzzyLength()
          || !pieces.capitalized(j)
          || index.aliasPieces.contains(piece)) {
        cached = NONE;
      } else {
        cached = index.spellingNeighbours(piece);
      }
      neighbourCache[j] = cached;
    }
    return cached;
  }

  private void offer(int actor, int length, MatchKind kind) {
    if (length > bestLength || (length == bestLength && rank(kind) > rank(bestKind))) {
      bestLength = length;
      bestActor = actor;
      bestKind = kind;
    }
  }

  private static int rank(MatchKind kind) {
    return switch (kind) {
      case ALIAS -> 3;
      case SURNAME -> 2;
      case FUZZY -> 1;
    };
  }

  /** Of two candidate actors, the one mentioned more recently, else the one listed first. */
  private int preferred(int current, int candidate) {
    if (current < 0 || current == candidate) {
      return candidate;
    }
    if (lastMention[candidate] != lastMention[current]) {
      return lastMention[candidate] > lastMention[current] ? candidate : current;
    }
    return Math.min(current, candidate);
  }

  private void emit(int from, int to) {
    Actor actor = index.actors[bestActor];
    if (actor.isStop()) {
      lastMentionEndPiece = -1;
      return;
    }
    lastMention[bestActor] = ++clock;
    if (actor.isPerson() && bestKind != MatchKind.SURNAME && index.surnameOf[bestActor] != null) {
      surnameOwner.put(index.surnameOf[bestActor], bestActor);
    }
    int charStart = pieces.start[from];
    int charEnd = pieces.end[to - 1];
    int tokenStart = pieces.token[from];
    int tokenEnd = pieces.token[to - 1] + 1;
    MatchKind kind = bestKind;
    boolean adjacent =
        lastMentionSentence == sentenceOrdinal
            && lastMentionEndPiece == from
            && !pieces.breakBefore[from];
    if (adjacent && mentions.get(mentions.size() - 1).actorId().equals(actor.actorId())) {
      ActorMention previous = mentions.remove(mentions.size() - 1);
      charStart = previous.charStart();
      tokenStart = previous.tokenStart();
      kind = mergedKind(previous.matchKind(), kind);
    }
    if (charEnd > text.length()) {
      throw new IllegalArgumentException(
          "sentence "
              + sentence.index()
              + " has token offsets up to "
              + charEnd
              + " beyond the text length "
              + text.length());
    }
    mentions.add(
        new ActorMention(
            actor.actorId(),
            sentence.index(),
            tokenStart,
            tokenEnd,
            charStart,
            charEnd,
            text.substring(charStart, charEnd),
            kind));
    lastMentionSentence = sentenceOrdinal;
    lastMentionEndPiece = to;
  }

  /** A merged title and name is as certain as its most certain part. */
  private static MatchKind mergedKind(MatchKind a, MatchKind b) {
    if (a == MatchKind.ALIAS || b == MatchKind.ALIAS) {
      return MatchKind.ALIAS;
    }
    return a == MatchKind.FUZZY || b == MatchKind.FUZZY ? MatchKind.FUZZY : MatchKind.SURNAME;
  }

  private boolean caseMatches(AliasIndex.Entry e, int i) {
    String[] forms = e.exactForms();
    if (forms == null) {
      return true;
    }
    for (int k = 0; k < forms.length; k++) {
      if (forms[k] != null && !forms[k].equals(pieces.exact[i + k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether pieces {@code [i, j)} are all lower case and none is tagged as a proper noun: common
   * words ("trump card", "russian foreign minister" in a keyword line), not a name.
   */
  private boolean lowerCaseCommonWords(int i, int j) {
    for (int k = i; k < j; k++) {
      if (!pieces.lowerCase(k) || properNoun(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the tagger calls the piece's token a proper noun ({@code X}: no tagger was run). */
  private boolean properNoun(int i) {
    String tag = sentence.tag(pieces.token[i]);
    return tag.startsWith("PROPN") || tag.equals("X");
  }

  /** Words the article itself uses in lower case: common words, never spelling variants. */
  private Set<String> lowerCaseWords() {
    if (lowerCaseWords == null) {
      lowerCaseWords = new HashSet<>();
      for (AnnotatedSentence s : sentences) {
        for (String token : s.tokens()) {
          if (token.equals(token.toLowerCase(Locale.ROOT))) {
            lowerCaseWords.add(Pieces.exactForm(token, 0, token.length()));
          }
        }
      }
    }
    return lowerCaseWords;
  }

  private static boolean contains(int[] values, int value) {
    if (values != null) {
      for (int v : values) {
        if (v == value) {
          return true;
        }
      }
    }
    return false;
  }
}
