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
 * The learned index as {@link org.apache.lucene.queries.mlt.MoreLikeThis} reads it: every term's
 * document frequency from a hash table built once at learning time. MoreLikeThis looks up the
 * frequency of each term of the patch set; through the terms dictionary each lookup costs a seek,
 * and a hundred of them cost several times the analysis of the patch set itself.
 */
final class DocFreqTableReader extends FilterLeafReader {
  private final Map<String, Map<BytesRef, Integer>> docFreqs = new HashMap<>();

  DocFreqTableReader(LeafReader in) throws IOException {
    super(in);
    for (FieldInfo field : in.getFieldInfos()) {
      Terms terms = in.terms(field.name);
      if (terms == null) {
        continue;
      }
      Map<BytesRef, Integer> table = new HashMap<>();
      TermsEnum te = terms.iterator();
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        table.put(BytesRef.deepCopyOf(term), te.docFreq());
      }
      docFreqs.put(field.name, table);
    }
  }

  @Override
  public Terms terms(String field) throws IOException {
    Terms terms = super.terms(field);
    Map<BytesRef, Integer> table = docFreqs.get(field);
    if (terms == null || table == null) {
      return terms;
    }
    return new FilterTerms(terms) {
      @Override
      public TermsEnum iterator() {
        return new LookupTermsEnum(table);
      }
    };
  }

  @Override
  public CacheHelper getCoreCacheHelper() {
    return null;
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    return null;
  }

  /**
   * Answers {@link #seekExact(BytesRef)} and {@link #docFreq()} only, which is all a lookup needs.
   */
  private static final class LookupTermsEnum extends BaseTermsEnum {
    private final Map<BytesRef, Integer> table;
    private int docFreq;

    LookupTermsEnum(Map<BytesRef, Integer> table) {
      this.table = table;
    }

    @Override
    public boolean seekExact(BytesRef text) {
      Integer df = table.get(text);
      docFreq = df == null ? 0 : df;
      return df != null;
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
