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

import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * What one clue of a focus query is worth as evidence: a specific clue counts for more than a
 * single word, which many changes contain.
 *
 * <ul>
 *   <li>{@link #PHRASE} (1.5): several words in a row, as typed in quotes ({@code "online
 *       migration"}) or as a code word's parts ({@code numa_topology}, {@code NUMATopology}, {@code
 *       live-migration});
 *   <li>{@link #AREA_PATH} (1.5): a path glob with a directory ({@code path:nova/db/**}), the
 *       area's own code;
 *   <li>{@link #WORD} (1): a single word, a file or directory name ({@code path:libvirt}), a topic
 *       or hashtag.
 * </ul>
 *
 * <p>A boost in the query ({@code ^2}) multiplies the worth. Every clue is still enough on its own
 * to reach {@link FocusScore#THRESHOLD}: worth ranks matches, it does not hide them. Deterministic:
 * the worth depends on the query alone, never on other changes.
 */
public final class ClueWorth {
  public static final double WORD = 1.0;
  public static final double PHRASE = 1.5;
  public static final double AREA_PATH = 1.5;

  private ClueWorth() {}

  /** {@code clue} weighted by its worth. */
  static Query weigh(Query clue) {
    double worth = of(clue);
    return worth == WORD ? clue : new BoostQuery(clue, (float) worth);
  }

  /** The worth of one clue, as parsed. */
  static double of(Query clue) {
    double[] worth = {WORD};
    clue.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }

          @Override
          public void consumeTerms(Query query, Term... terms) {
            if ((query instanceof PhraseQuery || query instanceof MultiPhraseQuery)
                && terms.length > 1) {
              worth[0] = Math.max(worth[0], PHRASE);
            } else if (terms.length > 0 && FocusFields.PATH.equals(terms[0].field())) {
              worth[0] = Math.max(worth[0], AREA_PATH);
            }
          }

          @Override
          public void consumeTermsMatching(
              Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            if (FocusFields.PATH.equals(field)) {
              worth[0] = Math.max(worth[0], AREA_PATH);
            }
          }
        });
    return worth[0];
  }

  /**
   * The worth of what a clue matched, as {@link MatchExplainer} sees it: a whole path ({@code path}
   * field), several words, or one word or name.
   */
  static double ofHit(String indexedField, int matchedTokens) {
    if (FocusFields.PATH.equals(indexedField)) {
      return AREA_PATH;
    }
    return matchedTokens > 1 ? PHRASE : WORD;
  }
}
