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

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.Operations;

/**
 * Picks the focus areas whose query could match a patch set, so that only those run: the
 * presearcher of Lucene's percolator pattern.
 *
 * <p>Each area's query is reduced to a {@link PresenceCondition} over the terms of its term and
 * phrase clauses and the literal prefixes of its path globs ({@code nova/db/} for {@code
 * nova/db/**}). While the patch set is analysed, each token is looked up in the term table (one
 * hash lookup, no copying) and marks the terms seen; the path prefixes are then looked up in the
 * sorted paths. A wildcard or prefix term in any other field ({@code encrypt*}, {@code
 * topic:stable*}, {@code path:test_*.py}) is judged by its literal prefix: some token of the field
 * must start with it. An area whose condition holds is a candidate, confirmed by running its query.
 * Clauses presence cannot judge (a wildcard without a literal prefix, a fuzzy or range term, {@code
 * *:*}) make their part of the condition always true.
 */
final class Presearcher {
  private static final CharArrayMap<Integer> EMPTY_IDS = CharArrayMap.emptyMap();

  private final ImmutableList<PresenceCondition> conditions;
  private final ImmutableMap<String, CharArrayMap<Integer>> termIds;
  private final ImmutableMap<String, TokenPrefixes> tokenPrefixes;
  private final int termCount;
  private final ImmutableList<String> pathPrefixes;

  private Presearcher(
      ImmutableList<PresenceCondition> conditions,
      ImmutableMap<String, CharArrayMap<Integer>> termIds,
      ImmutableMap<String, TokenPrefixes> tokenPrefixes,
      int termCount,
      ImmutableList<String> pathPrefixes) {
    this.conditions = conditions;
    this.termIds = termIds;
    this.tokenPrefixes = tokenPrefixes;
    this.termCount = termCount;
    this.pathPrefixes = pathPrefixes;
  }

  /** Prepares the presearch of {@code queries}, as parsed; area {@code i} is query {@code i}. */
  static Presearcher of(List<Query> queries) {
    Tables tables = new Tables();
    ImmutableList<PresenceCondition> conditions =
        queries.stream().map(tables::condition).collect(ImmutableList.toImmutableList());
    ImmutableMap.Builder<String, CharArrayMap<Integer>> termIds = ImmutableMap.builder();
    tables.termIds.forEach(
        (field, ids) -> {
          CharArrayMap<Integer> map = new CharArrayMap<>(ids.size(), false);
          map.putAll(ids);
          termIds.put(field, CharArrayMap.unmodifiableMap(map));
        });
    ImmutableMap.Builder<String, TokenPrefixes> tokenPrefixes = ImmutableMap.builder();
    tables.tokenPrefixIds.forEach((field, ids) -> tokenPrefixes.put(field, TokenPrefixes.of(ids)));
    return new Presearcher(
        conditions,
        termIds.buildOrThrow(),
        tokenPrefixes.buildOrThrow(),
        tables.termCount,
        ImmutableList.copyOf(tables.prefixes));
  }

  /** Per patch set: which terms of the table occur. Not thread-safe; one per call. */
  BitSet newSeenTerms() {
    return new BitSet(termCount);
  }

  /** Wraps a field's tokens so that each one in the term table is marked in {@code seen}. */
  TokenStream watch(String field, TokenStream tokens, BitSet seen) {
    CharArrayMap<Integer> ids = termIds.get(field);
    TokenPrefixes prefixes = tokenPrefixes.get(field);
    return ids == null && prefixes == null
        ? tokens
        : new TermMarker(tokens, ids == null ? EMPTY_IDS : ids, prefixes, seen);
  }

  /** The areas that could match, given the terms seen and the patch set's sorted paths. */
  BitSet candidates(BitSet seenTerms, List<String> sortedPaths) {
    BitSet seenPrefixes = new BitSet(pathPrefixes.size());
    if (!sortedPaths.isEmpty()) {
      for (int p = 0; p < pathPrefixes.size(); p++) {
        String prefix = pathPrefixes.get(p);
        int at = Collections.binarySearch(sortedPaths, prefix);
        int ceiling = at >= 0 ? at : -at - 1;
        if (ceiling < sortedPaths.size() && sortedPaths.get(ceiling).startsWith(prefix)) {
          seenPrefixes.set(p);
        }
      }
    }
    BitSet candidates = new BitSet(conditions.size());
    for (int i = 0; i < conditions.size(); i++) {
      if (conditions.get(i).test(seenTerms, seenPrefixes)) {
        candidates.set(i);
      }
    }
    return candidates;
  }

  /** The condition of area {@code i}, for tests. */
  PresenceCondition condition(int i) {
    return conditions.get(i);
  }

  /** Hands out term and prefix ids while turning queries into conditions. */
  private static final class Tables {
    final Map<String, Map<String, Integer>> termIds = new HashMap<>();
    final Map<String, Map<String, Integer>> tokenPrefixIds = new HashMap<>();
    final List<String> prefixes = new ArrayList<>();
    int termCount;

    PresenceCondition condition(Query query) {
      if (query instanceof BoostQuery boost) {
        return condition(boost.getQuery());
      }
      if (query instanceof TermQuery term) {
        return term(term.getTerm());
      }
      if (query instanceof PhraseQuery phrase) {
        // An empty phrase matches nothing; otherwise every word must occur.
        return phrase.getTerms().length == 0
            ? PresenceCondition.NEVER
            : PresenceCondition.allOf(terms(phrase.getTerms()));
      }
      if (query instanceof SynonymQuery synonyms) {
        return PresenceCondition.anyOf(terms(synonyms.getTerms().toArray(new Term[0])));
      }
      if (query instanceof BooleanQuery bool) {
        return bool(bool);
      }
      if (query instanceof AutomatonQuery glob && FocusFields.PATH.equals(glob.getField())) {
        String prefix = Operations.getCommonPrefix(glob.getAutomaton());
        int id = prefixes.indexOf(prefix);
        if (id < 0) {
          id = prefixes.size();
          prefixes.add(prefix);
        }
        return new PresenceCondition.PathPrefixOccurs(id);
      }
      if (query instanceof AutomatonQuery wildcard) {
        String prefix = literalPrefix(wildcard);
        if (!prefix.isEmpty()) {
          int id =
              tokenPrefixIds
                  .computeIfAbsent(wildcard.getField(), f -> new HashMap<>())
                  .computeIfAbsent(prefix, x -> termCount++);
          return new PresenceCondition.TermOccurs(id);
        }
      }
      return PresenceCondition.ALWAYS;
    }

    /**
     * What every term {@code wildcard} accepts starts with, cut before the first non-ASCII
     * character: a binary automaton's labels are UTF-8 bytes, which equal characters only there.
     */
    private static String literalPrefix(AutomatonQuery wildcard) {
      String prefix = Operations.getCommonPrefix(wildcard.getAutomaton());
      int end = 0;
      while (end < prefix.length() && prefix.charAt(end) < 0x80) {
        end++;
      }
      return prefix.substring(0, end);
    }

    private PresenceCondition bool(BooleanQuery bool) {
      List<PresenceCondition> required = new ArrayList<>();
      List<PresenceCondition> optional = new ArrayList<>();
      for (BooleanClause clause : bool.clauses()) {
        switch (clause.occur()) {
          case MUST, FILTER -> required.add(condition(clause.query()));
          case SHOULD -> optional.add(condition(clause.query()));
          case MUST_NOT -> {}
        }
      }
      if (required.isEmpty()) {
        // Without required clauses, at least one optional clause must match.
        return PresenceCondition.anyOf(optional);
      }
      if (bool.getMinimumNumberShouldMatch() > 0) {
        required.add(PresenceCondition.anyOf(optional));
      }
      return PresenceCondition.allOf(required);
    }

    private List<PresenceCondition> terms(Term[] terms) {
      List<PresenceCondition> conditions = new ArrayList<>(terms.length);
      for (Term t : terms) {
        conditions.add(term(t));
      }
      return conditions;
    }

    private PresenceCondition term(Term t) {
      int id =
          termIds
              .computeIfAbsent(t.field(), f -> new HashMap<>())
              .computeIfAbsent(t.text(), x -> termCount++);
      return new PresenceCondition.TermOccurs(id);
    }
  }

  /** The literal prefixes of one field's wildcard terms, each with its id among the terms. */
  private record TokenPrefixes(char[][] prefixes, int[] ids) {
    static TokenPrefixes of(Map<String, Integer> ids) {
      char[][] prefixes = new char[ids.size()][];
      int[] out = new int[ids.size()];
      int i = 0;
      for (Map.Entry<String, Integer> e : ids.entrySet()) {
        prefixes[i] = e.getKey().toCharArray();
        out[i++] = e.getValue();
      }
      return new TokenPrefixes(prefixes, out);
    }

    void mark(char[] token, int length, BitSet seen) {
      for (int p = 0; p < prefixes.length; p++) {
        if (startsWith(token, length, prefixes[p])) {
          seen.set(ids[p]);
        }
      }
    }

    private static boolean startsWith(char[] token, int length, char[] prefix) {
      if (length < prefix.length) {
        return false;
      }
      for (int i = 0; i < prefix.length; i++) {
        if (token[i] != prefix[i]) {
          return false;
        }
      }
      return true;
    }
  }

  private static final class TermMarker extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CharArrayMap<Integer> ids;
    private final TokenPrefixes prefixes;
    private final BitSet seen;

    TermMarker(TokenStream input, CharArrayMap<Integer> ids, TokenPrefixes prefixes, BitSet seen) {
      super(input);
      this.ids = ids;
      this.prefixes = prefixes;
      this.seen = seen;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      Integer id = ids.get(term.buffer(), 0, term.length());
      if (id != null) {
        seen.set(id);
      }
      if (prefixes != null) {
        prefixes.mark(term.buffer(), term.length(), seen);
      }
      return true;
    }
  }
}
