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

import java.util.Arrays;

/**
 * Prepares a focus query for Lucene's classic query parser, which reads {@code /} as the start of a
 * regular expression: an unquoted value of {@code path:}, {@code topic:} or {@code hashtag:} (up to
 * whitespace, {@code )} or a {@code ^} boost outside a character class) gets every parser-special
 * character except the wildcards {@code *} and {@code ?} escaped, so that {@code path:nova/db/**}
 * reaches the parser as one wildcard term. Also rejects queries that are too long or nested too
 * deeply before the recursive-descent parser sees them, and remembers where each character came
 * from so that errors point into the query as written.
 */
final class QueryPreprocessor {
  /** Characters the classic parser treats specially, other than the wildcards {@code *} and ?. */
  private static final String SPECIAL = "+-&|!(){}[]^\"~:\\/";

  private final String query;
  private final int maxDepth;
  private final StringBuilder out;
  private int[] origin;

  private QueryPreprocessor(String query, int maxDepth) {
    this.query = query;
    this.maxDepth = maxDepth;
    this.out = new StringBuilder(query.length() + 16);
    this.origin = new int[query.length() + 17];
  }

  /** The query as the parser should read it, and where each of its characters came from. */
  record Prepared(String text, int[] origin) {
    /** The 1-based column in the original query of {@code offset} into {@link #text}. */
    int column(int offset) {
      int clamped = Math.max(0, Math.min(offset, origin.length - 1));
      return origin[clamped] + 1;
    }
  }

  static Prepared prepare(String query, int maxLength, int maxDepth)
      throws InvalidFocusQueryException {
    if (query.length() > maxLength) {
      throw new InvalidFocusQueryException(
          "the query is " + query.length() + " characters long; at most " + maxLength + " allowed",
          maxLength + 1);
    }
    return new QueryPreprocessor(query, maxDepth).run();
  }

  private Prepared run() throws InvalidFocusQueryException {
    int n = query.length();
    int depth = 0;
    boolean inQuote = false;
    boolean termStart = true;
    int i = 0;
    while (i < n) {
      char c = query.charAt(i);
      if (c == '\\') {
        emit(c, i);
        if (i + 1 < n) {
          emit(query.charAt(i + 1), i + 1);
        }
        i += 2;
        termStart = false;
        continue;
      }
      if (inQuote) {
        emit(c, i++);
        inQuote = c != '"';
        termStart = !inQuote;
        continue;
      }
      if (termStart) {
        String field = verbatimFieldAt(i);
        if (field != null) {
          i = copyVerbatimValue(i, field.length() + 1);
          termStart = false;
          continue;
        }
      }
      switch (c) {
        case '"' -> inQuote = true;
        case '(' -> {
          if (++depth > maxDepth) {
            throw new InvalidFocusQueryException(
                "parentheses nest deeper than " + maxDepth + " levels", i + 1);
          }
        }
        case ')' -> depth = Math.max(0, depth - 1);
        default -> {}
      }
      emit(c, i++);
      // Operators and grouping start a new term; '+', '-' and '!' only when they are prefixes.
      termStart =
          Character.isWhitespace(c)
              || c == '('
              || c == ')'
              || (termStart && (c == '+' || c == '-' || c == '!'));
    }
    int[] map = new int[out.length() + 1];
    System.arraycopy(origin, 0, map, 0, out.length());
    map[out.length()] = n;
    return new Prepared(out.toString(), map);
  }

  /** The verbatim field whose {@code name:} starts at {@code i}, or null. */
  private String verbatimFieldAt(int i) {
    for (String field : FocusFields.VERBATIM_VALUE_FIELDS) {
      int end = i + field.length();
      if (query.startsWith(field, i) && end < query.length() && query.charAt(end) == ':') {
        return field;
      }
    }
    return null;
  }

  /**
   * Copies {@code field:value} starting at {@code i}, escaping the value; returns the index after
   * it. A quoted or parenthesised value is left to the parser.
   */
  private int copyVerbatimValue(int i, int prefixLength) {
    int n = query.length();
    int j = i;
    for (; j < i + prefixLength; j++) {
      emit(query.charAt(j), j);
    }
    if (j < n && (query.charAt(j) == '"' || query.charAt(j) == '(')) {
      return j;
    }
    boolean inClass = false;
    while (j < n) {
      char c = query.charAt(j);
      // Inside a glob's character class '^' negates it ("[^abc]"); a boost never sits there.
      if (Character.isWhitespace(c) || c == ')' || (c == '^' && !inClass)) {
        break;
      }
      if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      }
      if (c == '\\' && j + 1 < n) {
        emit(c, j);
        emit(query.charAt(j + 1), j + 1);
        j += 2;
        continue;
      }
      if (SPECIAL.indexOf(c) >= 0) {
        emit('\\', j);
      }
      emit(c, j++);
    }
    return j;
  }

  private void emit(char c, int from) {
    if (out.length() == origin.length) {
      origin = Arrays.copyOf(origin, origin.length * 2);
    }
    origin[out.length()] = from;
    out.append(c);
  }
}
