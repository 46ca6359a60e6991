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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * A focus area's query, parsed once and, where that does not depend on the patch set, rewritten
 * once, so that matching goes straight to building weights.
 *
 * @param name the focus area's name
 * @param query the query as parsed
 * @param rewritten the query rewritten for every patch set; empty when rewriting depends on the
 *     index (fuzzy terms enumerate the index's terms while rewriting)
 */
record CompiledFocusArea(String name, Query query, Optional<Query> rewritten) {
  CompiledFocusArea {
    requireNonNull(name, "name");
    requireNonNull(query, "query");
    requireNonNull(rewritten, "rewritten");
  }

  static CompiledFocusArea compile(FocusAreaDefinition area, FocusQueryParser parser)
      throws InvalidFocusQueryException {
    Query query = parser.parse(area.query());
    if (rewritesPerIndex(query)) {
      return new CompiledFocusArea(area.name(), query, Optional.empty());
    }
    try {
      // Rewriting against no documents: what is left only depends on the query.
      IndexSearcher empty = new IndexSearcher(new MultiReader());
      return new CompiledFocusArea(area.name(), query, Optional.of(empty.rewrite(query)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The query ready for {@link IndexSearcher#createWeight} on {@code searcher}. */
  Query rewrittenFor(IndexSearcher searcher) throws IOException {
    return rewritten.isPresent() ? rewritten.get() : searcher.rewrite(query);
  }

  /**
   * Whether rewriting {@code query} depends on the index: true for multi-term queries that
   * enumerate terms while rewriting (fuzzy terms); false for the constant-score ones (wildcards,
   * prefixes, globs, ranges), which leave that to their weight.
   */
  private static boolean rewritesPerIndex(Query query) {
    boolean[] perIndex = {false};
    query.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }

          @Override
          public void consumeTermsMatching(
              Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
            if (leaf instanceof MultiTermQuery mtq
                && mtq.getRewriteMethod() != MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE
                && mtq.getRewriteMethod() != MultiTermQuery.CONSTANT_SCORE_REWRITE) {
              perIndex[0] = true;
            }
          }

          @Override
          public void visitLeaf(Query leaf) {
            if (leaf instanceof MultiTermQuery) {
              perIndex[0] = true;
            }
          }
        });
    return perIndex[0];
  }
}
