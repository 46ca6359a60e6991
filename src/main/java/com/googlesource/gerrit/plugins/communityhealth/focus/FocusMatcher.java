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

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;

/**
 * Matches patch sets against a policy's focus areas (Lucene's percolator pattern): each patch set
 * is indexed once into a {@link MemoryIndex}, and the compiled query of every area that could match
 * ({@link Presearcher}) runs against it.
 *
 * <p>Built once per policy: queries are parsed once, areas whose {@code until} is before the given
 * day are left out, areas whose query does not parse (a stored configuration from before
 * validation) are left out and listed by {@link #invalidAreas()}. Immutable and thread-safe: each
 * call borrows its own index from a {@link MemoryIndexPool}.
 */
public final class FocusMatcher {
  private final ImmutableList<CompiledFocusArea> areas;
  private final ImmutableMap<String, String> invalidAreas;
  private final Presearcher presearcher;
  private final PatchSetIndexer indexer;
  private final MemoryIndexPool pool;
  private final Similarity similarity = FocusScore.similarity();

  private FocusMatcher(
      ImmutableList<CompiledFocusArea> areas,
      ImmutableMap<String, String> invalidAreas,
      FocusAnalyzer analyzer,
      MemoryIndexPool pool) {
    this.areas = areas;
    this.invalidAreas = invalidAreas;
    this.presearcher =
        Presearcher.of(
            areas.stream().map(CompiledFocusArea::query).collect(ImmutableList.toImmutableList()));
    this.indexer = new PatchSetIndexer(analyzer);
    this.pool = pool;
  }

  /**
   * Compiles the areas that apply on {@code today}, with a pool of indexes of its own (one per
   * core).
   *
   * @param definitions the policy's focus areas
   * @param today the day to judge {@code until} against
   */
  public static FocusMatcher create(
      ImmutableList<FocusAreaDefinition> definitions, LocalDate today) {
    return create(
        definitions, today, new MemoryIndexPool(Runtime.getRuntime().availableProcessors()));
  }

  /**
   * Compiles the areas that apply on {@code today}, borrowing indexes from {@code pool}, which
   * matchers of many policies may share.
   */
  public static FocusMatcher create(
      ImmutableList<FocusAreaDefinition> definitions, LocalDate today, MemoryIndexPool pool) {
    requireNonNull(definitions, "definitions");
    requireNonNull(today, "today");
    requireNonNull(pool, "pool");
    FocusAnalyzer analyzer = new FocusAnalyzer();
    FocusQueryParser parser = new FocusQueryParser(analyzer);
    ImmutableList.Builder<CompiledFocusArea> compiled = ImmutableList.builder();
    ImmutableMap.Builder<String, String> invalid = ImmutableMap.builder();
    for (FocusAreaDefinition area : definitions) {
      if (!area.isActiveOn(today)) {
        continue;
      }
      try {
        compiled.add(CompiledFocusArea.compile(area, parser));
      } catch (InvalidFocusQueryException e) {
        invalid.put(area.name(), e.getMessage());
      }
    }
    return new FocusMatcher(compiled.build(), invalid.buildKeepingLast(), analyzer, pool);
  }

  /** The names of the areas this matcher runs, in configuration order. */
  public ImmutableList<String> activeAreas() {
    return areas.stream().map(CompiledFocusArea::name).collect(ImmutableList.toImmutableList());
  }

  /** Areas left out because their query does not parse: name to what is wrong. */
  public ImmutableMap<String, String> invalidAreas() {
    return invalidAreas;
  }

  /**
   * The focus areas {@code text} serves, strongest first (ties in configuration order), each with a
   * score of at least {@link FocusScore#THRESHOLD} and what matched.
   */
  public ImmutableList<FocusMatch> match(PatchSetText text) {
    return match(text, analysed -> null).matches();
  }

  /**
   * What {@link #match(PatchSetText)} gives, and what {@code reader} reads of the same analysis
   * pass, so that evidence read from the patch set's terms (what the areas learned) costs no second
   * pass. The reader is not called when no area is active: then there is nothing to match.
   */
  public <T> Matched<T> match(PatchSetText text, AnalysisReader<T> reader) {
    requireNonNull(text, "text");
    requireNonNull(reader, "reader");
    if (areas.isEmpty()) {
      return new Matched<>(ImmutableList.of(), Optional.empty());
    }
    MemoryIndex index = pool.borrow();
    try {
      index.setSimilarity(similarity);
      BitSet seenTerms = presearcher.newSeenTerms();
      BoundedPatchSet bounded =
          indexer.index(
              BoundedPatchSet.of(text),
              index,
              (field, tokens) -> presearcher.watch(field, tokens, seenTerms));
      IndexSearcher searcher = index.createSearcher();
      LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
      BitSet candidates = presearcher.candidates(seenTerms, bounded.sortedPaths());
      ImmutableList<FocusMatch> matches =
          candidates.isEmpty() ? ImmutableList.of() : score(candidates, searcher, leaf, bounded);
      return new Matched<>(matches, Optional.ofNullable(reader.read(leaf.reader())));
    } catch (IOException e) {
      // A MemoryIndex does no I/O; Lucene's signatures declare it anyway.
      throw new UncheckedIOException(e);
    } finally {
      pool.release(index);
    }
  }

  private ImmutableList<FocusMatch> score(
      BitSet candidates, IndexSearcher searcher, LeafReaderContext leaf, BoundedPatchSet bounded)
      throws IOException {
    List<FocusMatch> matches = new ArrayList<>();
    for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
      CompiledFocusArea area = areas.get(i);
      Weight weight = searcher.createWeight(area.rewrittenFor(searcher), ScoreMode.COMPLETE, 1f);
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null || scorer.iterator().nextDoc() != 0) {
        continue;
      }
      double score = FocusScore.of(scorer.score());
      if (score >= FocusScore.THRESHOLD) {
        matches.add(
            new FocusMatch(area.name(), score, MatchExplainer.explain(weight, leaf, bounded)));
      }
    }
    matches.sort(Comparator.comparingDouble(FocusMatch::score).reversed());
    return ImmutableList.copyOf(matches);
  }

  /**
   * Reads a patch set as one analysis pass indexed it: document 0 of {@code analysed}, whose term
   * vectors hold every field of {@link FocusFields#INDEXED_FIELDS} the patch set has, analysed as
   * the matcher indexes them ({@link FocusAnalyzer#indexing()}). Valid only during the call.
   */
  @FunctionalInterface
  public interface AnalysisReader<T> {
    /** What was read; null for nothing. */
    T read(LeafReader analysed) throws IOException;
  }

  /**
   * The query matches of one patch set and what an {@link AnalysisReader} read of it (empty when it
   * read nothing or was not called).
   */
  public record Matched<T>(ImmutableList<FocusMatch> matches, Optional<T> read) {}
}
