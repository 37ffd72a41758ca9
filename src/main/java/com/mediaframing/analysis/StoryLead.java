package com.mediaframing.analysis;

import com.mediaframing.nlp.AnnotatedSentence;
import java.util.List;

/**
 * The short text an article is compared on by meaning: its headline followed by the opening of its
 * body (the first sentences after boilerplate cleaning), cut at a word boundary after at most
 * {@link #MAX_CHARS} characters. News leads state the event (who did what, where), so headline and
 * lead are what two outlets reporting the same event share most, whatever their wording. Kept with
 * the analyzed article so the story stage can encode it without the article text. Stateless and
 * thread-safe.
 */
public final class StoryLead {
  /** Longest lead kept, in characters (about 60 word pieces of English news). */
  public static final int MAX_CHARS = 320;

  private StoryLead() {}

  /**
   * @param title the headline, or null
   * @param text the article text the sentences' offsets point into
   * @param body the article's sentences in order
   */
  public static String of(String title, String text, List<AnnotatedSentence> body) {
    StringBuilder lead = new StringBuilder();
    if (title != null && !title.isBlank()) {
      lead.append(title.strip());
      char last = lead.charAt(lead.length() - 1);
      if (Character.isLetterOrDigit(last)) {
        lead.append('.');
      }
    }
    for (AnnotatedSentence s : body) {
      if (lead.length() >= MAX_CHARS || s.size() == 0) {
        break;
      }
      if (lead.length() > 0) {
        lead.append(' ');
      }
      lead.append(text, s.start(), s.end());
    }
    return cut(lead.toString().replaceAll("\\s+", " ").strip());
  }

  /** {@code s} cut after the last whole word that ends within {@link #MAX_CHARS}. */
  static String cut(String s) {
    if (s.length() <= MAX_CHARS) {
      return s;
    }
    int space = s.lastIndexOf(' ', MAX_CHARS);
    return space > 0 ? s.substring(0, space) : s.substring(0, MAX_CHARS);
  }
}
