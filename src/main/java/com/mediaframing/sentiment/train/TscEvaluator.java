package com.mediaframing.sentiment.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.nlp.ArticleAnnotator;
import com.mediaframing.nlp.TextSpan;
import com.mediaframing.sentiment.TargetSentiment;
import com.mediaframing.sentiment.TargetSentimentScorer;
import com.mediaframing.sentiment.TokenSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Evaluates a {@link TargetSentimentScorer} on NewsMTSC: tags each sentence with the {@link
 * ArticleAnnotator} (merging the pieces if OpenNLP splits it), maps every target's character span
 * [from, to) to the tokens that overlap it (and likewise its further mentions), scores it with the
 * sentence's other targets as context and accumulates a {@link TscEvaluation}. Tagging ({@link
 * #prepare}) is separate from scoring ({@link #evaluate}) so several scorers can be compared on one
 * tagging. Not thread-safe, like the annotator it holds.
 */
public final class TscEvaluator {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ArticleAnnotator annotator;

  public TscEvaluator(ArticleAnnotator annotator) {
    this.annotator = annotator;
  }

  /** Tags the sentences and maps their targets to tokens, in input order. */
  public List<TscExample> prepare(List<TscSentence> sentences) {
    List<TscExample> out = new ArrayList<>();
    for (TscSentence sentence : sentences) {
      AnnotatedSentence tagged = merge(annotator.annotate(sentence.text()));
      List<TokenSpan> spans = new ArrayList<>();
      for (TscTarget t : sentence.targets()) {
        spans.add(tokenSpan(tagged, t.from(), t.to()));
      }
      for (int i = 0; i < spans.size(); i++) {
        List<TokenSpan> others = new ArrayList<>();
        for (int j = 0; j < spans.size(); j++) {
          if (j != i && spans.get(j) != null && !spans.get(j).equals(spans.get(i))) {
            others.add(spans.get(j));
          }
        }
        TscTarget target = sentence.targets().get(i);
        out.add(
            new TscExample(
                target, tagged, spans.get(i), others, further(tagged, spans.get(i), target)));
      }
    }
    return out;
  }

  /**
   * Token spans of the target's further mentions that cover a token and do not overlap its main
   * span (nor each other), in sentence order; none when the main span is null.
   */
  private static List<TokenSpan> further(AnnotatedSentence s, TokenSpan span, TscTarget t) {
    List<TokenSpan> out = new ArrayList<>();
    if (span == null) {
      return out;
    }
    for (TextSpan m : t.furtherMentions()) {
      TokenSpan f = tokenSpan(s, m.start(), m.end());
      if (f != null && !f.overlaps(span) && out.stream().noneMatch(f::overlaps)) {
        out.add(f);
      }
    }
    out.sort(Comparator.comparingInt(TokenSpan::start));
    return out;
  }

  /**
   * Scores every example and returns the evaluation. Targets without tokens are counted as skipped
   * (and written to {@code predictions} as neutral with score 0).
   *
   * @param predictions where to write one JSON line per scored target ({@code gid}, {@code
   *     polarity}, {@code score}), or null
   */
  public static TscEvaluation evaluate(
      List<TscExample> examples, TargetSentimentScorer scorer, Writer predictions) {
    TscEvaluation evaluation = new TscEvaluation();
    for (TscExample e : examples) {
      if (e.span() == null) {
        // Still one line per target: no token to score means no evidence, so neutral.
        evaluation.addSkipped();
        if (predictions != null) {
          write(predictions, e.target().gid(), TargetSentiment.NONE);
        }
        continue;
      }
      TargetSentiment s = scorer.score(e.sentence(), e.span(), e.others(), e.further());
      evaluation.add(e.target().gold(), s.label());
      if (predictions != null) {
        write(predictions, e.target().gid(), s);
      }
    }
    return evaluation;
  }

  /** The smallest token range overlapping characters [from, to), or null when no token does. */
  public static TokenSpan tokenSpan(AnnotatedSentence s, int from, int to) {
    int start = -1;
    int end = -1;
    for (int i = 0; i < s.size(); i++) {
      if (s.tokenEnd(i) > from && s.tokenStart(i) < to) {
        if (start < 0) {
          start = i;
        }
        end = i + 1;
      }
    }
    return start < 0 ? null : new TokenSpan(start, end);
  }

  private static AnnotatedSentence merge(List<AnnotatedSentence> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    int n = 0;
    for (AnnotatedSentence p : parts) {
      n += p.size();
    }
    String[] tokens = new String[n];
    String[] tags = new String[n];
    String[] lemmas = new String[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    int k = 0;
    for (AnnotatedSentence p : parts) {
      for (int i = 0; i < p.size(); i++, k++) {
        tokens[k] = p.token(i);
        tags[k] = p.tag(i);
        lemmas[k] = p.lemma(i);
        starts[k] = p.tokenStart(i);
        ends[k] = p.tokenEnd(i);
      }
    }
    return new AnnotatedSentence(0, tokens, starts, ends, tags, lemmas);
  }

  private static void write(Writer out, String gid, TargetSentiment s) {
    ObjectNode line = MAPPER.createObjectNode();
    line.put("gid", gid);
    line.put("polarity", s.label().id());
    line.put("score", s.score());
    try {
      out.write(MAPPER.writeValueAsString(line));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write predictions", e);
    }
  }
}
