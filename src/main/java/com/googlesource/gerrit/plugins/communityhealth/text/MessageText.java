// Copyright (C) 2026 The community-health Authors
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
// http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

package com.googlesource.gerrit.plugins.communityhealth.text;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes values that users control (display names, project names, URLs) safe to put into a change
 * message the bot posts. Shared by every message the plugin writes (welcome, reminder).
 *
 * <p>Gerrit's web UI renders change messages as Markdown after HTML-escaping them, links {@code
 * http(s)://} URLs, {@code www.} hosts and e-mail addresses by itself, turns {@code @} followed by
 * an e-mail address into an account chip, and replaces {@code <GERRIT_ACCOUNT_n>} with a user's
 * name. {@link #escape} therefore:
 *
 * <ul>
 *   <li>removes control characters (line breaks and tabs become spaces, so a value cannot start a
 *       new Markdown block), unpaired surrogates, U+FEFF, and Unicode's bidi controls: the
 *       embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069 and the marks U+200E,
 *       U+200F and U+061C (which can make text read differently from what it is), and collapses
 *       runs of white space;
 *   <li>caps the length at a grapheme boundary, so an emoji sequence is never cut in half, and
 *       marks the cut with {@code …};
 *   <li>puts a backslash before the Markdown specials {@code \ * _ [ ] ( ) ` # ! | ~}, before
 *       {@code @} (no mentions, no e-mail links), before the {@code :} of {@code ://} and the
 *       {@code .} of {@code www.} (no automatic links), and before a leading {@code - + =} or the
 *       dot of a leading {@code 1.} (no lists or headings when a value starts a line);
 *   <li>replaces {@code <} and {@code >} with {@code ‹} and {@code ›}: Gerrit HTML-escapes them
 *       before Markdown sees them, so a backslash would show up as {@code &lt;}, yet left alone a
 *       value could still spell {@code <GERRIT_ACCOUNT_1000000>} or start a block quote;
 *   <li>wraps a value that contains right-to-left text in U+2068 FIRST STRONG ISOLATE … U+2069 POP
 *       DIRECTIONAL ISOLATE, so that Arabic or Hebrew names read correctly and do not reorder the
 *       sentence around them.
 * </ul>
 *
 * <p>Emoji, accents and right-to-left scripts are otherwise kept as they are.
 */
public final class MessageText {
  /** Cap for a person's name. */
  public static final int MAX_NAME_LENGTH = 80;

  /** Cap for a project name, which may be a long path. */
  public static final int MAX_PROJECT_LENGTH = 200;

  /** Cap for a link; longer ones are left out. */
  public static final int MAX_LINK_LENGTH = 500;

  private static final String ELLIPSIS = "…";
  private static final String BACKSLASHED = "\\*_[]()`#!|~@";
  private static final String LEADING_BACKSLASHED = "-+=";
  private static final char FIRST_STRONG_ISOLATE = '\u2068';
  private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

  /**
   * Characters allowed in a link: RFC 3986's unreserved, reserved and {@code %}, minus the
   * apostrophe (which Gerrit turns into an HTML entity inside the link).
   */
  private static final String LINK_PUNCTUATION = "-._~:/?#[]@!$&()*+,;=%";

  /** The value as plain text: cleaned and capped but not escaped, e.g. for JSON or logs. */
  public static String plain(String value, int maxLength) {
    requireNonNull(value, "value");
    checkArgument(maxLength >= 1, "maxLength must be positive: %s", maxLength);
    return cap(clean(value, maxLength), maxLength);
  }

  /**
   * The value cleaned, capped at {@code maxLength} characters (before escaping) and escaped for a
   * change message.
   */
  public static String escape(String value, int maxLength) {
    String text = plain(value, maxLength);
    StringBuilder out = new StringBuilder(text.length() + 16);
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '<') {
        out.append('‹');
      } else if (c == '>') {
        out.append('›');
      } else if (BACKSLASHED.indexOf(c) >= 0
          || (i == 0 && LEADING_BACKSLASHED.indexOf(c) >= 0)
          || (c == ':' && text.startsWith("//", i + 1))
          || (c == '.' && i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3))
          || (c == '.' && isLeadingOrderedListMarker(text, i))) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return containsRightToLeft(text)
        ? FIRST_STRONG_ISOLATE + out.toString() + POP_DIRECTIONAL_ISOLATE
        : out.toString();
  }

  /** {@link #escape(String, int)} with {@link #MAX_NAME_LENGTH}. */
  public static String escapeName(String name) {
    return escape(name, MAX_NAME_LENGTH);
  }

  /**
   * What is wrong with a link meant to appear in a message, or empty when it is a usable {@code
   * http} or {@code https} URL. Only printable ASCII URL characters are allowed (percent-encode
   * others); a user name before the host ({@code https://example.org@evil.example/}) is refused
   * because it makes the link lie about where it goes.
   */
  public static Optional<String> linkProblem(String url) {
    requireNonNull(url, "url");
    String u = url.strip();
    if (u.isEmpty()) {
      return Optional.of("is empty");
    }
    if (u.length() > MAX_LINK_LENGTH) {
      return Optional.of("is longer than " + MAX_LINK_LENGTH + " characters");
    }
    for (int i = 0; i < u.length(); i++) {
      char c = u.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || LINK_PUNCTUATION.indexOf(c) >= 0;
      if (!ok) {
        return Optional.of(
            String.format(
                Locale.ROOT,
                "contains U+%04X at position %d; percent-encode it or use another URL",
                (int) c,
                i + 1));
      }
    }
    URI uri;
    try {
      uri = new URI(u);
    } catch (URISyntaxException e) {
      return Optional.of("is not a valid URL: " + e.getReason());
    }
    String scheme = uri.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || uri.isOpaque()) {
      return Optional.of("must start with http:// or https://");
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of("must not contain a user name before the host");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return Optional.of("has no host name");
    }
    return Optional.empty();
  }

  /** The link, stripped, when {@link #linkProblem} finds nothing wrong with it. */
  public static Optional<String> safeLink(String url) {
    requireNonNull(url, "url");
    return linkProblem(url).isPresent() ? Optional.empty() : Optional.of(url.strip());
  }

  /**
   * Removes what must not reach a message and collapses white space. Stops reading a little after
   * {@code maxLength} so that a hostile megabyte-long value costs no more than a short one.
   */
  private static String clean(String value, int maxLength) {
    int limit = maxLength + 32;
    StringBuilder out = new StringBuilder(Math.min(value.length(), limit + 2));
    boolean pendingSpace = false;
    int i = 0;
    while (i < value.length() && out.length() <= limit) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      if (isSpace(cp)) {
        pendingSpace = out.length() > 0;
      } else if (!isRemoved(cp)) {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  private static boolean isSpace(int cp) {
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || cp == 0x85 // NEXT LINE, a control character that breaks lines
        || cp == 0x2028
        || cp == 0x2029;
  }

  private static boolean isRemoved(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.SURROGATE
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)
        // The bidi marks: invisible, yet they move neutral characters such as '@' or ':' around.
        || cp == 0x200E
        || cp == 0x200F
        || cp == 0x061C
        || cp == 0xFEFF;
  }

  /** Cuts at the last grapheme boundary that leaves room for the ellipsis. */
  private static String cap(String text, int maxLength) {
    if (text.length() <= maxLength) {
      return text;
    }
    BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
    graphemes.setText(text);
    int end = graphemes.preceding(maxLength - ELLIPSIS.length() + 1);
    if (end == BreakIterator.DONE) {
      end = 0;
    }
    return text.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  /** The dot of {@code 1.} or {@code 42.} at the very start, which Markdown reads as a list. */
  private static boolean isLeadingOrderedListMarker(String text, int dot) {
    if (dot == 0 || dot > 9) {
      return false;
    }
    for (int j = 0; j < dot; j++) {
      if (!(text.charAt(j) >= '0' && text.charAt(j) <= '9')) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsRightToLeft(String text) {
    return text.codePoints()
        .map(Character::getDirectionality)
        .anyMatch(
            d ->
                d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
  }

  private MessageText() {}
}
