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

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.Test;

public class LearnedTermsTest {
  private static final String[] MESSAGES = {
    "numa topology cells for guests numa",
    "fit numa topology onto host cells",
    "fix typo in api reference",
    "log the volume attachment id",
    "numa numa numa pinning"
  };

  private static DirectoryReader index() throws Exception {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (String m : MESSAGES) {
        Document d = new Document();
        d.add(new TextField("message", m, Field.Store.NO));
        d.add(new TextField("path", m.split(" ")[0] + ".py", Field.Store.NO));
        w.addDocument(d);
      }
      w.forceMerge(1);
    }
    return DirectoryReader.open(dir);
  }

  private static List<Term> allTerms(LeafReader leaf) throws Exception {
    List<Term> out = new ArrayList<>();
    for (String field : List.of("message", "path")) {
      TermsEnum te = leaf.terms(field).iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        out.add(new Term(field, BytesRef.deepCopyOf(t)));
      }
    }
    return out;
  }

  @Test
  public void everyTermHasTheIndexsDocumentFrequency() throws Exception {
    try (DirectoryReader reader = index()) {
      LeafReader leaf = reader.leaves().get(0).reader();
      LearnedTerms terms = new LearnedTerms(leaf);

      List<Term> all = allTerms(leaf);
      assertThat(all).hasSize(23);
      for (Term t : all) {
        assertThat(terms.docFreq(t.field(), t.bytes())).isEqualTo(leaf.docFreq(t));
      }
      assertThat(terms.docFreq("message", new BytesRef("nowhere"))).isEqualTo(0);
      assertThat(terms.docFreq("title", new BytesRef("numa"))).isEqualTo(0);
      assertThat(terms.termStates(reader.getContext(), new Term("message", "nowhere"))).isNull();
    }
  }

  @Test
  public void aTermQueryWithTheTermsStatesScoresAsOneThatSeeksIt() throws Exception {
    try (DirectoryReader reader = index()) {
      IndexSearcher searcher = new IndexSearcher(reader);
      LeafReader leaf = reader.leaves().get(0).reader();
      LearnedTerms terms = new LearnedTerms(leaf);

      for (Term t : allTerms(leaf)) {
        ScoreDoc[] sought = searcher.search(new TermQuery(t), MESSAGES.length).scoreDocs;
        ScoreDoc[] looked =
            searcher.search(
                    new TermQuery(t, terms.termStates(searcher.getTopReaderContext(), t)),
                    MESSAGES.length)
                .scoreDocs;
        assertThat(looked.length).isEqualTo(sought.length);
        for (int i = 0; i < sought.length; i++) {
          assertThat(looked[i].doc).isEqualTo(sought[i].doc);
          assertThat(looked[i].score).isEqualTo(sought[i].score);
        }
      }
    }
  }
}
