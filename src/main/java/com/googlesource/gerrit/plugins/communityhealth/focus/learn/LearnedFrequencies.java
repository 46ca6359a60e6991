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
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The learned index's statistics as {@link org.apache.lucene.queries.mlt.MoreLikeThis} reads them
 * ({@link PatchSetTermsReader}): every term's document frequency from the table of {@link
 * LearnedTerms}, and the document count. MoreLikeThis looks up the frequency of each term of the
 * patch set; through the terms dictionary each lookup costs a seek, and a hundred of them cost
 * several times the analysis of the patch set itself.
 */
final class LearnedFrequencies {
  /** Per field, made once: MoreLikeThis asks for a field's terms at every lookup. */
  private final Map<String, Terms> fields = new HashMap<>();

  private final int numDocs;
  private final int maxDoc;

  /** The statistics of {@code learned} with the frequencies of {@code table}, read from it. */
  LearnedFrequencies(LeafReader learned, LearnedTerms table) throws IOException {
    for (FieldInfo field : learned.getFieldInfos()) {
      Terms terms = learned.terms(field.name);
      if (terms != null) {
        fields.put(
            field.name,
            new FilterLeafReader.FilterTerms(terms) {
              @Override
              public TermsEnum iterator() {
                return new LookupTermsEnum(table, field.name);
              }
            });
      }
    }
    this.numDocs = learned.numDocs();
    this.maxDoc = learned.maxDoc();
  }

  /** {@code field}'s terms, whose enumeration answers document frequencies only; null if none. */
  Terms terms(String field) {
    return fields.get(field);
  }

  int numDocs() {
    return numDocs;
  }

  int maxDoc() {
    return maxDoc;
  }

  /**
   * Answers {@link #seekExact(BytesRef)} and {@link #docFreq()} only, which is all a lookup needs.
   */
  private static final class LookupTermsEnum extends BaseTermsEnum {
    private final LearnedTerms table;
    private final String field;
    private int docFreq;

    LookupTermsEnum(LearnedTerms table, String field) {
      this.table = table;
      this.field = field;
    }

    @Override
    public boolean seekExact(BytesRef text) {
      docFreq = table.docFreq(field, text);
      return docFreq > 0;
    }

    @Override
    public int docFreq() {
      return docFreq;
    }

    @Override
    public SeekStatus seekCeil(BytesRef text) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void seekExact(long ord) {
      throw new UnsupportedOperationException();
    }

    @Override
    public BytesRef term() {
      throw new UnsupportedOperationException();
    }

    @Override
    public long ord() {
      throw new UnsupportedOperationException();
    }

    @Override
    public long totalTermFreq() {
      throw new UnsupportedOperationException();
    }

    @Override
    public PostingsEnum postings(PostingsEnum reuse, int flags) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ImpactsEnum impacts(int flags) {
      throw new UnsupportedOperationException();
    }

    @Override
    public BytesRef next() {
      throw new UnsupportedOperationException();
    }
  }
}
