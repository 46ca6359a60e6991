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

package com.googlesource.gerrit.plugins.communityhealth.focus.learn;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAnalyzer;
import com.googlesource.gerrit.plugins.communityhealth.focus.PatchSetIndexer;
import com.googlesource.gerrit.plugins.communityhealth.focus.PatchSetText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * What a project's focus areas learned from their linked changes: an in-memory index of the
 * project's recent changes, each marked with the areas whose link selects it. Immutable and
 * thread-safe; holds no file or thread, so dropping it frees it.
 */
public final class LearnedFocus {
  /** Matches nothing: no area has a linked change. */
  public static final LearnedFocus EMPTY =
      new FocusLearner(LearnerSettings.DEFAULT).learn(List.of());

  private final LearnerSettings settings;
  private final PatchSetIndexer indexer;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final LeafReader leaf;
  private final LearnedTerms terms;
  private final LearnedFrequencies docFreqs;
  private final int[] numbers;
  private final String[] subjects;
  private final ImmutableList<ImmutableSet<String>> areas;
  private final ImmutableMap<String, Integer> linkedCounts;

  LearnedFocus(
      LearnerSettings settings,
      FocusAnalyzer analyzer,
      DirectoryReader reader,
      int[] numbers,
      String[] subjects,
      ImmutableList<ImmutableSet<String>> areas,
      ImmutableMap<String, Integer> linkedCounts) {
    this.settings = settings;
    this.indexer = new PatchSetIndexer(analyzer);
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    // Lucene caches no query over a segment this small; going without the cache also spares each
    // search its bookkeeping (and its lock, shared by every searcher in the JVM).
    searcher.setQueryCache(null);
    this.leaf = reader.leaves().isEmpty() ? null : reader.leaves().get(0).reader();
    try {
      this.terms = leaf == null ? null : new LearnedTerms(leaf);
      this.docFreqs = leaf == null ? null : new LearnedFrequencies(leaf, terms);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.numbers = numbers;
    this.subjects = subjects;
    this.areas = areas;
    this.linkedCounts = linkedCounts;
  }

  /** How this evidence was learned and is joined with the queries. */
  public LearnerSettings settings() {
    return settings;
  }

  /**
   * Whether a match of {@code area}'s query with {@code queryScore} stands, given what the
   * neighbours said ({@code learned}, this area's entry of {@link #match}, if any). A strong query
   * match stands whatever the neighbours say; so does any match of an area without linked changes
   * (it behaves as its query alone). A weaker one stands when the area's linked changes carry at
   * least {@link LearnerSettings#minSupport()} of the neighbours' similarity.
   */
  public boolean queryMatchStands(String area, double queryScore, Optional<LearnedMatch> learned) {
    return queryScore >= settings.strongQueryScore()
        || !linkedCounts.containsKey(area)
        || learned.map(l -> l.vote() + 1e-9 >= settings.minSupport()).orElse(false);
  }

  /** Whether the neighbours alone put the change in the match's area. */
  public boolean neighboursMatch(LearnedMatch learned) {
    return learned.vote() + 1e-9 >= settings.minVote();
  }

  /** How many recent changes each area's link selects (areas without any are absent). */
  public ImmutableMap<String, Integer> linkedCounts() {
    return linkedCounts;
  }

  /** Bytes the in-memory index of the recent changes holds. */
  public long indexBytes() {
    long bytes = 0;
    try {
      for (String file : reader.directory().listAll()) {
        bytes += reader.directory().fileLength(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes;
  }

  /** The index of the recent changes, for measuring alternatives to the neighbours. */
  IndexReader index() {
    return reader;
  }

  /** How many recent changes were indexed, linked or not. */
  public int changes() {
    return numbers.length;
  }

  /**
   * {@link #match(LeafReader, OptionalInt)} of {@code text}, analysed here as the matcher analyses
   * it. Gerrit reads the matcher's own analysis pass instead ({@link
   * com.googlesource.gerrit.plugins.communityhealth.focus.FocusMatcher#match(PatchSetText,
   * com.googlesource.gerrit.plugins.communityhealth.focus.FocusMatcher.AnalysisReader)}).
   */
  public ImmutableList<LearnedMatch> match(PatchSetText text, OptionalInt self) {
    requireNonNull(text, "text");
    MemoryIndex index = new MemoryIndex();
    indexer.index(text, index);
    return match(index.createSearcher().getIndexReader().leaves().get(0).reader(), self);
  }

  /**
   * The areas whose linked changes are among the analysed patch set's nearest neighbours with at
   * least {@link LearnerSettings#minSupport()} of their similarity, strongest vote first; {@link
   * #neighboursMatch} tells which of them the neighbours alone put the change in.
   *
   * @param analysed the patch set as the matcher's analysis pass indexed it (document 0, {@link
   *     com.googlesource.gerrit.plugins.communityhealth.focus.FocusMatcher.AnalysisReader})
   * @param self the change's own number, left out of its neighbours when it is among the recent
   *     changes; empty for a patch set that is not
   */
  public ImmutableList<LearnedMatch> match(LeafReader analysed, OptionalInt self) {
    requireNonNull(analysed, "analysed");
    requireNonNull(self, "self");
    if (linkedCounts.isEmpty() || docFreqs == null) {
      return ImmutableList.of();
    }
    try {
      BooleanQuery query = similarityQuery(analysed);
      if (query.clauses().isEmpty()) {
        return ImmutableList.of();
      }
      // The hit count is not wanted: without it (a threshold of the hits kept) the search skips the
      // documents that cannot enter the top from the first hits on, rather than after a thousand,
      // half of a learned index. The top hits are the same.
      int hits = settings.neighbours() + 1;
      ScoreDoc[] top =
          searcher.search(withTermStates(query), new TopScoreDocCollectorManager(hits, hits))
              .scoreDocs;
      List<ScoreDoc> neighbours = new ArrayList<>(settings.neighbours());
      double total = 0;
      for (ScoreDoc sd : top) {
        if (neighbours.size() == settings.neighbours()) {
          break;
        }
        if (self.isPresent() && numbers[sd.doc] == self.getAsInt()) {
          continue;
        }
        neighbours.add(sd);
        total += sd.score;
      }
      if (total <= 0) {
        return ImmutableList.of();
      }
      Map<String, Double> votes = new LinkedHashMap<>();
      for (ScoreDoc sd : neighbours) {
        for (String area : areas.get(sd.doc)) {
          votes.merge(area, sd.score / total, Double::sum);
        }
      }
      List<LearnedMatch> matches = new ArrayList<>();
      for (Map.Entry<String, Double> vote : votes.entrySet()) {
        if (vote.getValue() + 1e-9 >= settings.minSupport()) {
          matches.add(explain(vote.getKey(), vote.getValue(), neighbours, total, query));
        }
      }
      matches.sort(Comparator.comparingDouble(LearnedMatch::vote).reversed());
      return ImmutableList.copyOf(matches);
    } catch (IOException e) {
      // The index is in memory; Lucene's signatures declare I/O anyway.
      throw new UncheckedIOException(e);
    }
  }

  private BooleanQuery similarityQuery(LeafReader analysed) throws IOException {
    // The patch set's terms come from its analysis pass (term vectors), their frequencies from the
    // learned index; both were analysed alike, so no analyzer is needed here.
    return (BooleanQuery)
        moreLikeThis(
                new PatchSetTermsReader(analysed, docFreqs),
                settings.maxQueryTerms(),
                settings.maxDocFreqPercent())
            .like(0);
  }

  /**
   * MoreLikeThis over the learned fields of {@code reader}, as the learned evidence uses it: the
   * {@code maxQueryTerms} most telling terms, none in more than {@code maxDocFreqPercent} of the
   * documents, each boosted by its tf-idf.
   */
  static MoreLikeThis moreLikeThis(IndexReader reader, int maxQueryTerms, int maxDocFreqPercent)
      throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setFieldNames(FocusLearner.FIELDS.toArray(new String[0]));
    // Commit messages are short: a word said once is a clue.
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMaxDocFreqPct(maxDocFreqPercent);
    mlt.setMaxQueryTerms(maxQueryTerms);
    mlt.setBoost(true);
    return mlt;
  }

  /** {@code query} with each term's states from the table, so that no search seeks a term. */
  private Query withTermStates(BooleanQuery query) {
    BooleanQuery.Builder seeked = new BooleanQuery.Builder();
    for (BooleanClause clause : query.clauses()) {
      seeked.add(withTermStates(clause.query()), clause.occur());
    }
    return seeked.build();
  }

  private Query withTermStates(Query q) {
    if (q instanceof BoostQuery bq) {
      // MoreLikeThis boosts its least telling term by 1; Lucene's rewrite would drop that boost
      // and then rewrite the whole query once more.
      return bq.getBoost() == 1f
          ? withTermStates(bq.getQuery())
          : new BoostQuery(withTermStates(bq.getQuery()), bq.getBoost());
    }
    if (q instanceof TermQuery tq) {
      TermStates states = terms.termStates(searcher.getTopReaderContext(), tq.getTerm());
      return states == null ? q : new TermQuery(tq.getTerm(), states);
    }
    return q;
  }

  private LearnedMatch explain(
      String area, double vote, List<ScoreDoc> neighbours, double total, BooleanQuery query)
      throws IOException {
    ImmutableList.Builder<Neighbour> linked = ImmutableList.builder();
    List<Integer> linkedDocs = new ArrayList<>();
    for (ScoreDoc sd : neighbours) {
      if (areas.get(sd.doc).contains(area)) {
        linked.add(new Neighbour(numbers[sd.doc], subjects[sd.doc], sd.score / total));
        linkedDocs.add(sd.doc);
      }
    }
    // MoreLikeThis boosts each term by its tf-idf relative to the least telling one; worth is
    // relative to the most telling one, so that 1 is the best clue the patch set has.
    double maxBoost = 0;
    for (BooleanClause clause : query.clauses()) {
      maxBoost = Math.max(maxBoost, boost(clause.query()));
    }
    int[] ascending = linkedDocs.stream().mapToInt(Integer::intValue).sorted().toArray();
    List<Clue> clues = new ArrayList<>();
    for (BooleanClause clause : query.clauses()) {
      Query q = clause.query();
      double boost = boost(q);
      if (q instanceof BoostQuery bq) {
        q = bq.getQuery();
      }
      if (q instanceof TermQuery tq && occursInAny(tq.getTerm(), ascending)) {
        clues.add(new Clue(tq.getTerm().field(), tq.getTerm().text(), boost / maxBoost));
      }
    }
    clues.sort(Comparator.comparingDouble(Clue::worth).reversed());
    return new LearnedMatch(
        area,
        vote,
        linked.build(),
        ImmutableList.copyOf(clues.subList(0, Math.min(clues.size(), LearnedMatch.MAX_CLUES))));
  }

  private static double boost(Query q) {
    return q instanceof BoostQuery bq ? bq.getBoost() : 1;
  }

  /** Whether a document of {@code docs} (ascending) holds {@code term}. */
  private boolean occursInAny(Term term, int[] docs) throws IOException {
    LearnedTerms.Entry entry = terms.entry(term.field(), term.bytes());
    if (entry == null) {
      return false;
    }
    TermsEnum te = leaf.terms(term.field()).iterator();
    te.seekExact(term.bytes(), entry.state());
    PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
    for (int doc : docs) {
      int at = postings.docID() < doc ? postings.advance(doc) : postings.docID();
      if (at == doc) {
        return true;
      }
    }
    return false;
  }
}
