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

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Where every term of the learned index is, read once at learning time: its document frequency and
 * its place in the postings. Each similarity search would otherwise seek each of its terms in the
 * terms dictionary twice (MoreLikeThis for the frequency, the term query for the postings), and
 * those seeks cost more than the patch set's analysis.
 */
final class LearnedTerms {
  /** A term's place in the postings and the statistics a term query scores with. */
  record Entry(TermState state, int docFreq, long totalTermFreq) {}

  private final Map<String, Map<BytesRef, Entry>> entries = new HashMap<>();

  /** Reads every term of {@code leaf}, the only segment of the learned index. */
  LearnedTerms(LeafReader leaf) throws IOException {
    for (FieldInfo field : leaf.getFieldInfos()) {
      Terms terms = leaf.terms(field.name);
      if (terms == null) {
        continue;
      }
      Map<BytesRef, Entry> table = new HashMap<>();
      TermsEnum te = terms.iterator();
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        // TermsEnum#seekExact(BytesRef, TermState) copies a term state, never changes it: one
        // instance serves every search at once.
        table.put(
            BytesRef.deepCopyOf(term), new Entry(te.termState(), te.docFreq(), te.totalTermFreq()));
      }
      entries.put(field.name, table);
    }
  }

  /** How many documents hold {@code text} in {@code field}; 0 when none does. */
  int docFreq(String field, BytesRef text) {
    Entry entry = entry(field, text);
    return entry == null ? 0 : entry.docFreq();
  }

  /**
   * The term's states in {@code top} (the learned index's reader context, whose only leaf is the
   * one read), for a {@link org.apache.lucene.search.TermQuery} that need not seek the term; null
   * when no document holds it.
   */
  TermStates termStates(IndexReaderContext top, Term term) {
    Entry entry = entry(term.field(), term.bytes());
    return entry == null
        ? null
        : new TermStates(top, entry.state(), 0, entry.docFreq(), entry.totalTermFreq());
  }

  /** The term in {@code field}; null when no document holds it. */
  Entry entry(String field, BytesRef text) {
    Map<BytesRef, Entry> table = entries.get(field);
    return table == null ? null : table.get(text);
  }
}
