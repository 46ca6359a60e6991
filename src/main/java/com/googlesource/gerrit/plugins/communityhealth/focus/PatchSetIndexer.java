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

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.memory.MemoryIndex;

/**
 * Indexes a patch set into a {@link MemoryIndex}: one analysis pass over its bounded text, which
 * every focus query then runs against.
 */
public final class PatchSetIndexer {
  /** Lets the caller look at each field's tokens as they go into the index. */
  @FunctionalInterface
  interface TokenWatch {
    TokenStream watch(String field, TokenStream tokens);
  }

  private static final TokenWatch NO_WATCH = (field, tokens) -> tokens;

  private final FocusAnalyzer analyzer;

  public PatchSetIndexer(FocusAnalyzer analyzer) {
    this.analyzer = requireNonNull(analyzer, "analyzer").indexing();
  }

  /**
   * Adds {@code text}, bounded, to {@code index}, which must store offsets for match explanations
   * to work; returns the bounded text that offsets point into.
   */
  public BoundedPatchSet index(PatchSetText text, MemoryIndex index) {
    return index(BoundedPatchSet.of(text), index, NO_WATCH);
  }

  BoundedPatchSet index(BoundedPatchSet bounded, MemoryIndex index, TokenWatch watch) {
    for (String field : FocusFields.INDEXED_FIELDS) {
      add(index, field, bounded.text(field), watch);
    }
    return bounded;
  }

  private void add(MemoryIndex index, String field, String text, TokenWatch watch) {
    if (text.isEmpty()) {
      return;
    }
    TokenStream tokens = analyzer.tokenStream(field, text);
    index.addField(
        field,
        watch.watch(field, tokens),
        analyzer.getPositionIncrementGap(field),
        analyzer.getOffsetGap(field));
  }
}
