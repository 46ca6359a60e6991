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

import com.google.common.base.Joiner;
import com.googlesource.gerrit.plugins.communityhealth.tier.PathGlob;
import com.googlesource.gerrit.plugins.communityhealth.tier.PathGlob.InvalidPathGlobException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * Lucene's classic query parser, restricted to the focus fields: a bare term searches {@code
 * subject} and {@code message}; a {@code path:} value is a glob in the plugin's one glob language
 * ({@link PathGlob}), looked up in the whole-path field when it has a slash and in the segment
 * field when not; other fields take ordinary analyzed terms. Counts terms against a cap. One
 * instance per parse: the classic parser keeps state.
 */
final class ClassicFocusParser extends MultiFieldQueryParser {
  private final String text;
  private final int maxTerms;
  private int terms;
  private int leafDepth;

  /**
   * @param text the prepared query this instance will parse, to point errors at field names
   */
  ClassicFocusParser(Analyzer analyzer, String text, int maxTerms) {
    super(FocusFields.BARE_TERM_FIELDS.toArray(new String[0]), analyzer);
    this.text = text;
    this.maxTerms = maxTerms;
    // "smoother-upgrades" should mean the phrase, not "smoother OR upgrades"; Lucene allows
    // that only when each whitespace-separated term is analysed on its own.
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true);
  }

  /** A problem the parser found in one term: what, and where in the prepared text. */
  static final class TermProblem extends ParseException {
    private static final long serialVersionUID = 1L;

    final int offset;

    TermProblem(String message, int offset) {
      super(message);
      this.offset = offset;
    }
  }

  @FunctionalInterface
  private interface LeafBuilder {
    Query build() throws ParseException;
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    return leaf(
        field,
        () ->
            FocusFields.PATH.equals(field)
                ? pathQuery(queryText)
                : super.getFieldQuery(field, queryText, quoted));
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    return leaf(
        field,
        () -> {
          if (FocusFields.PATH.equals(field)) {
            // A quoted glob arrives here with the default slop.
            if (slop != getPhraseSlop()) {
              throw problem("path: takes a glob; '~' (phrase slop) does not apply to it");
            }
            return pathQuery(queryText);
          }
          return super.getFieldQuery(field, queryText, slop);
        });
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    if ("*".equals(field) && "*".equals(termStr)) {
      return super.getWildcardQuery(field, termStr);
    }
    return leaf(
        field,
        () -> {
          if (FocusFields.PATH.equals(field)) {
            return pathQuery(unescape(termStr));
          }
          if (FocusFields.HASHTAG.equals(field)) {
            // A patch set has few hashtags, so "*upgrade*" costs little there.
            return new WildcardQuery(new Term(field, termStr.toLowerCase(Locale.ROOT)));
          }
          rejectLeadingWildcard(termStr);
          return super.getWildcardQuery(field, termStr);
        });
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    return leaf(
        field,
        () -> {
          if (FocusFields.PATH.equals(field)) {
            return pathQuery(termStr + "*");
          }
          Query prefix = super.getPrefixQuery(field, termStr);
          return field == null ? prefix : withStemmedPrefix(field, termStr, prefix);
        });
  }

  /**
   * Text is indexed stemmed, so {@code upgrade*} alone would miss {@code upgrading} (indexed as
   * {@code upgrad}). The prefix's own stem, when analysis gives one, is a second prefix; both go
   * into one automaton so that the clause still counts once.
   */
  private Query withStemmedPrefix(String field, String termStr, Query prefix) {
    if (!(prefix instanceof PrefixQuery pq) || FocusFields.HASHTAG.equals(field)) {
      return prefix;
    }
    BytesRef typed = pq.getPrefix().bytes();
    BytesRef stemmed = singleToken(field, termStr);
    if (stemmed == null || stemmed.equals(typed)) {
      return prefix;
    }
    Automaton either =
        Operations.union(List.of(PrefixQuery.toAutomaton(typed), PrefixQuery.toAutomaton(stemmed)));
    return new LabeledAutomatonQuery(
        field,
        termStr + "*",
        Operations.determinize(either, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT),
        true);
  }

  /** The one token {@code text} analyses to in {@code field}, or null. */
  private BytesRef singleToken(String field, String text) {
    try (TokenStream tokens = getAnalyzer().tokenStream(field, text)) {
      TermToBytesRefAttribute term = tokens.addAttribute(TermToBytesRefAttribute.class);
      tokens.reset();
      BytesRef first = tokens.incrementToken() ? BytesRef.deepCopyOf(term.getBytesRef()) : null;
      BytesRef result = tokens.incrementToken() ? null : first;
      tokens.end();
      return result;
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    return leaf(
        field,
        () -> {
          if (FocusFields.PATH.equals(field)) {
            throw problem("path: takes a glob; '~' (fuzzy matching) does not apply to it");
          }
          return super.getFuzzyQuery(field, termStr, minSimilarity);
        });
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    return leaf(
        field,
        () -> {
          if (FocusFields.PATH.equals(field)) {
            throw problem(
                "path: takes a glob, not a regular expression; write path: before each glob,"
                    + " like path:nova/db/** OR path:nova/objects/**");
          }
          return super.getRegexpQuery(field, termStr);
        });
  }

  @Override
  protected Query getRangeQuery(
      String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    return leaf(
        field,
        () -> {
          if (FocusFields.PATH.equals(field)) {
            throw problem("path: takes a glob, not a range");
          }
          return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
        });
  }

  /**
   * Builds one term's query after checking its field and the term cap. A bare term's expansion to
   * subject and message re-enters here per field; only the outermost call counts.
   */
  private Query leaf(String field, LeafBuilder builder) throws ParseException {
    if (field != null && !FocusFields.QUERY_FIELDS.contains(field)) {
      throw new TermProblem(
          "unknown field '"
              + field
              + "'; the fields are "
              + Joiner.on(", ").join(FocusFields.QUERY_FIELDS),
          fieldOffset(field));
    }
    if (leafDepth == 0 && ++terms > maxTerms) {
      throw problem("the query has more than " + maxTerms + " terms");
    }
    leafDepth++;
    try {
      Query clue = builder.build();
      // Only the outermost call weighs: a bare term's per-field queries make one clue.
      return leafDepth == 1 && clue != null ? ClueWorth.weigh(clue) : clue;
    } catch (TermProblem e) {
      throw e;
    } catch (ParseException e) {
      throw problem(e.getMessage());
    } catch (RuntimeException e) {
      // Lucene's own complaints: a bad regular expression, one too complex to determinize, ...
      throw problem(FocusQueryParser.describe(e));
    } finally {
      leafDepth--;
    }
  }

  private void rejectLeadingWildcard(String termStr) throws TermProblem {
    if (termStr.startsWith("*") || termStr.startsWith("?")) {
      throw problem(
          "'"
              + termStr
              + "' starts with a wildcard; only path: and hashtag: values may (a word must start"
              + " with a letter or digit)");
    }
  }

  private Query pathQuery(String glob) throws TermProblem {
    if (glob.isEmpty()) {
      throw problem("path: needs a glob, like path:nova/db/**");
    }
    if (glob.startsWith("/")) {
      throw problem("path glob '" + glob + "' starts with '/'; paths are relative to the root");
    }
    // "nova/db/" names a directory: everything below it.
    String effective = glob.endsWith("/") ? glob + "**" : glob;
    boolean segment = effective.indexOf('/') < 0;
    String field = segment ? FocusFields.PATH_SEGMENT : FocusFields.PATH;
    if (!PathGlob.hasWildcards(effective)) {
      return new TermQuery(new Term(field, effective));
    }
    try {
      return new LabeledAutomatonQuery(
          field, effective, PathGlob.compile(effective).automaton(segment), false);
    } catch (InvalidPathGlobException e) {
      throw new TermProblem(
          "path glob '" + glob + "' " + e.problem(), offsetInCurrentTerm(e.index()));
    }
  }

  /** Where {@code field:} starts before the current term, or the term itself. */
  private int fieldOffset(String field) {
    int termStart = token != null ? token.beginColumn : 0;
    int fieldStart = termStart - field.length() - 1;
    return fieldStart >= 0 && text.startsWith(field + ":", fieldStart) ? fieldStart : termStart;
  }

  private TermProblem problem(String message) {
    return new TermProblem(message, token != null ? token.beginColumn : 0);
  }

  /** The offset in the prepared text of the {@code index}-th unescaped character of the term. */
  private int offsetInCurrentTerm(int index) {
    Token t = token;
    if (t == null) {
      return 0;
    }
    String image = t.image;
    int p = t.kind == QueryParserConstants.QUOTED ? 1 : 0;
    if (t.kind != QueryParserConstants.QUOTED
        && t.kind != QueryParserConstants.TERM
        && t.kind != QueryParserConstants.PREFIXTERM
        && t.kind != QueryParserConstants.WILDTERM) {
      return t.beginColumn;
    }
    for (int seen = 0; p < image.length(); p++, seen++) {
      if (image.charAt(p) == '\\') {
        p++;
      }
      if (seen == index) {
        return t.beginColumn + p;
      }
    }
    return t.beginColumn;
  }

  /** The wildcard parser hands over the term with its escapes; globs have none. */
  private static String unescape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        c = s.charAt(++i);
      }
      b.append(c);
    }
    return b.toString();
  }
}
