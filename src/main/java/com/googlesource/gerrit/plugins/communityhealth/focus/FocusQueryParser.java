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

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * Parses a focus area's {@code query} (Lucene classic query syntax) into a Lucene {@link Query}
 * over the focus fields.
 *
 * <ul>
 *   <li>Fields: {@code subject}, {@code message}, {@code path}, {@code topic}, {@code hashtag}; a
 *       bare term searches {@code subject} and {@code message}. Text is analysed as English with
 *       stemming ({@link FocusAnalyzer}); a hyphenated or dotted word is a phrase.
 *   <li>{@code path:} takes a glob with slashes unescaped ({@code path:nova/db/**}, {@code
 *       path:nova/virt/* /driver.py} without the space). A glob with a slash matches whole paths
 *       from the repository root; one without ({@code path:libvirt}, {@code path:test_*.py})
 *       matches any single directory or file name. A trailing slash means everything below. Write
 *       {@code path:} before each glob, or quote globs inside {@code path:(...)}.
 *   <li>{@code topic:} and {@code hashtag:} values also take slashes unescaped.
 * </ul>
 *
 * <p>Hostile queries are bounded before Lucene sees them: at most {@link #MAX_QUERY_LENGTH}
 * characters, {@link #MAX_NESTING} levels of parentheses and {@link #MAX_TERMS} terms; text terms
 * may not start with a wildcard. Thread-safe.
 */
public final class FocusQueryParser {
  public static final int MAX_QUERY_LENGTH = 2000;
  public static final int MAX_NESTING = 10;
  public static final int MAX_TERMS = 100;

  private static final Pattern LOCATION = Pattern.compile(" at line \\d+, column (\\d+)\\.?");
  private static final Pattern LEXICAL_STATE = Pattern.compile(" \\(in lexical state \\d+\\)");

  private final Analyzer analyzer;

  public FocusQueryParser() {
    this(new FocusAnalyzer());
  }

  public FocusQueryParser(FocusAnalyzer analyzer) {
    this.analyzer = requireNonNull(analyzer, "analyzer");
  }

  /**
   * Parses {@code query}.
   *
   * @throws InvalidFocusQueryException with the parser's message and the 1-based column in {@code
   *     query} where the problem is
   */
  public Query parse(String query) throws InvalidFocusQueryException {
    requireNonNull(query, "query");
    if (query.isBlank()) {
      throw new InvalidFocusQueryException("the query is empty", 1);
    }
    QueryPreprocessor.Prepared prepared =
        QueryPreprocessor.prepare(query, MAX_QUERY_LENGTH, MAX_NESTING);
    Query parsed;
    try {
      parsed = new ClassicFocusParser(analyzer, prepared.text(), MAX_TERMS).parse(prepared.text());
    } catch (ParseException e) {
      throw translate(e, prepared);
    } catch (RuntimeException e) {
      // The grammar lets through a few values Lucene then refuses, like a boost of 1e40.
      throw new InvalidFocusQueryException(describe(e), 1);
    }
    if (parsed instanceof BooleanQuery bq) {
      if (bq.clauses().isEmpty()) {
        throw new InvalidFocusQueryException(
            "the query has nothing to search for (common words like 'the' are ignored)", 1);
      }
      if (bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
        throw new InvalidFocusQueryException(
            "the query only excludes, so it never matches; say what it should match too", 1);
      }
    }
    return parsed;
  }

  private static InvalidFocusQueryException translate(
      ParseException wrapper, QueryPreprocessor.Prepared prepared) {
    // QueryParser.parse wraps what went wrong with "Cannot parse '<query>': ".
    Throwable cause = wrapper.getCause() != null ? wrapper.getCause() : wrapper;
    if (cause instanceof ClassicFocusParser.TermProblem p) {
      return new InvalidFocusQueryException(p.getMessage(), prepared.column(p.offset));
    }
    if (cause instanceof ParseException syntax && syntax.currentToken != null) {
      Token bad = syntax.currentToken.next != null ? syntax.currentToken.next : syntax.currentToken;
      boolean atEnd = bad.kind == QueryParserConstants.EOF;
      int offset = atEnd ? prepared.text().length() : bad.beginColumn;
      return new InvalidFocusQueryException(
          "syntax error: "
              + (atEnd ? "the query ends too early" : "unexpected '" + bad.image + "'")
              + expected(syntax),
          prepared.column(offset));
    }
    if (cause instanceof TokenMgrError lexical) {
      String message = lexical.getMessage();
      Matcher m = LOCATION.matcher(message);
      int offset = m.find() ? Integer.parseInt(m.group(1)) : prepared.text().length();
      return new InvalidFocusQueryException(
          withoutLocation(LEXICAL_STATE.matcher(message).replaceFirst("")),
          prepared.column(offset));
    }
    return new InvalidFocusQueryException(withoutLocation(wrapper.getMessage()), 1);
  }

  /** A Lucene exception's message, for the people who wrote the query. */
  static String describe(RuntimeException e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /** What the parser would have accepted instead, in its own token names. */
  private static String expected(ParseException syntax) {
    if (syntax.expectedTokenSequences == null || syntax.tokenImage == null) {
      return "";
    }
    Set<String> names = new LinkedHashSet<>();
    for (int[] sequence : syntax.expectedTokenSequences) {
      if (sequence.length > 0) {
        names.add(syntax.tokenImage[sequence[0]]);
      }
    }
    return names.isEmpty() ? "" : "; expected one of " + String.join(" ", names);
  }

  /** The parser's message on one line, without its position in the escaped text. */
  private static String withoutLocation(String message) {
    return LOCATION.matcher(message).replaceFirst(":").replaceAll("\\s+", " ").trim();
  }
}
