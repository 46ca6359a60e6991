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

package com.googlesource.gerrit.plugins.communityhealth.focus;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Compiles a path glob into a deterministic Lucene automaton over the whole path, with the glob
 * language of {@code [feature]} paths: {@code *} and {@code ?} stay within one directory, {@code
 * **} crosses directories ({@code **}{@code /} also matches no directory at all), {@code [abc]},
 * {@code [a-z]} and {@code [!abc]} are character classes, {@code {a,b}} are alternatives (not
 * nested). There is no escape character: {@code [*]} matches a literal star.
 *
 * <p>In segment mode (for a glob without {@code /}, matched against each directory or file name)
 * {@code **} is the same as {@code *}.
 */
final class PathGlobAutomaton {
  /** Bounds determinization, so that a hostile glob fails to compile instead of eating memory. */
  private static final int DETERMINIZE_WORK_LIMIT = 10_000;

  private static final Automaton ANY_BUT_SLASH =
      Operations.union(
          List.of(
              Automata.makeCharRange(0, '/' - 1),
              Automata.makeCharRange('/' + 1, Character.MAX_CODE_POINT)));

  private final String glob;
  private final boolean segment;
  private int pos;

  private PathGlobAutomaton(String glob, boolean segment) {
    this.glob = glob;
    this.segment = segment;
  }

  /**
   * @throws InvalidGlobException when the glob is malformed or too complex
   */
  static Automaton compile(String glob, boolean segment) throws InvalidGlobException {
    PathGlobAutomaton c = new PathGlobAutomaton(glob, segment);
    Automaton a = c.sequence(false);
    if (c.pos < glob.length()) {
      throw new InvalidGlobException("unmatched '" + glob.charAt(c.pos) + "'", c.pos);
    }
    try {
      return Operations.determinize(a, DETERMINIZE_WORK_LIMIT);
    } catch (TooComplexToDeterminizeException e) {
      throw new InvalidGlobException("is too complex; use fewer wildcards", 0);
    }
  }

  /** Whether {@code text} uses any glob syntax, or could be looked up as one exact term. */
  static boolean hasWildcards(String text) {
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '*', '?', '[', '{' -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  private Automaton sequence(boolean inAlternative) throws InvalidGlobException {
    List<Automaton> parts = new ArrayList<>();
    while (pos < glob.length()) {
      char c = glob.charAt(pos);
      if (inAlternative && (c == ',' || c == '}')) {
        break;
      }
      switch (c) {
        case '*' -> parts.add(star());
        case '?' -> {
          pos++;
          parts.add(ANY_BUT_SLASH);
        }
        case '[' -> parts.add(charClass());
        case '{' -> {
          if (inAlternative) {
            throw new InvalidGlobException("nests '{'; alternatives cannot nest", pos);
          }
          parts.add(alternatives());
        }
        case ']', '}' -> {
          return concatenate(parts);
        }
        default -> {
          int cp = glob.codePointAt(pos);
          pos += Character.charCount(cp);
          parts.add(Automata.makeChar(cp));
        }
      }
    }
    return concatenate(parts);
  }

  private Automaton star() {
    boolean doubleStar = pos + 1 < glob.length() && glob.charAt(pos + 1) == '*';
    pos += doubleStar ? 2 : 1;
    if (!doubleStar || segment) {
      return Operations.repeat(ANY_BUT_SLASH);
    }
    if (pos < glob.length() && glob.charAt(pos) == '/') {
      // "a/**/b" also matches "a/b": the directories in between are optional.
      pos++;
      return Operations.optional(
          Operations.concatenate(Automata.makeAnyString(), Automata.makeChar('/')));
    }
    return Automata.makeAnyString();
  }

  private Automaton charClass() throws InvalidGlobException {
    int open = pos;
    int close = glob.indexOf(']', open + 1);
    if (close < 0) {
      throw new InvalidGlobException("has an unclosed '['", open);
    }
    int i = open + 1;
    boolean negate = i < close && glob.charAt(i) == '!';
    if (negate) {
      i++;
    }
    if (i == close) {
      throw new InvalidGlobException("has an empty character class", open);
    }
    List<Automaton> ranges = new ArrayList<>();
    while (i < close) {
      int from = glob.codePointAt(i);
      i += Character.charCount(from);
      int to = from;
      if (i + 1 < close && glob.charAt(i) == '-') {
        to = glob.codePointAt(i + 1);
        i += 1 + Character.charCount(to);
        if (to < from) {
          throw new InvalidGlobException("has a backwards range in a character class", open);
        }
      }
      ranges.add(Automata.makeCharRange(from, to));
    }
    pos = close + 1;
    Automaton set = Operations.union(ranges);
    // A class never matches the directory separator, negated or not.
    return negate
        ? Operations.minus(ANY_BUT_SLASH, set, DETERMINIZE_WORK_LIMIT)
        : Operations.minus(set, Automata.makeChar('/'), DETERMINIZE_WORK_LIMIT);
  }

  private Automaton alternatives() throws InvalidGlobException {
    int open = pos++;
    List<Automaton> choices = new ArrayList<>();
    while (true) {
      choices.add(sequence(true));
      if (pos >= glob.length()) {
        throw new InvalidGlobException("has an unclosed '{'", open);
      }
      char c = glob.charAt(pos++);
      if (c == '}') {
        return Operations.union(choices);
      }
      if (c != ',') {
        throw new InvalidGlobException("unmatched '" + c + "'", pos - 1);
      }
    }
  }

  private static Automaton concatenate(List<Automaton> parts) {
    return parts.isEmpty() ? Automata.makeEmptyString() : Operations.concatenate(parts);
  }

  /** A malformed glob: what is wrong and where (0-based index into the glob). */
  static final class InvalidGlobException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int index;

    InvalidGlobException(String message, int index) {
      super(message);
      this.index = index;
    }

    int index() {
      return index;
    }
  }
}
