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

import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;

/**
 * A patch set as {@link org.apache.lucene.queries.mlt.MoreLikeThis#like(int)} reads it: document 0
 * with the terms the matcher's analysis pass gave it (term vectors of the analysed patch set), and
 * each term's document frequency, and the document count, of the learned index. MoreLikeThis then
 * weighs the patch set's terms without analysing its text a second time.
 *
 * <p>Made per patch set, over the analysed patch set's own reader, so that no reader shared between
 * threads gains a parent.
 */
final class PatchSetTermsReader extends FilterLeafReader {
  private final LearnedFrequencies learned;

  /**
   * @param analysed the patch set as the matcher indexed it, document 0
   * @param learned the learned index's frequencies
   */
  PatchSetTermsReader(LeafReader analysed, LearnedFrequencies learned) {
    super(analysed);
    this.learned = learned;
  }

  @Override
  public Terms terms(String field) {
    return learned.terms(field);
  }

  @Override
  public int numDocs() {
    return learned.numDocs();
  }

  @Override
  public int maxDoc() {
    return learned.maxDoc();
  }

  @Override
  public CacheHelper getCoreCacheHelper() {
    return null;
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    return null;
  }
}
