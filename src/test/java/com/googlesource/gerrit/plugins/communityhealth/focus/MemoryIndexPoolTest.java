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

import static com.google.common.truth.Truth.assertThat;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.TermQuery;
import org.junit.Test;

public class MemoryIndexPoolTest {
  private final FocusAnalyzer analyzer = new FocusAnalyzer();

  @Test
  public void releasedIndexComesBackEmpty() {
    MemoryIndexPool pool = new MemoryIndexPool(1);
    MemoryIndex first = pool.borrow();
    first.addField("message", "upgrade", analyzer);
    assertThat(first.search(new TermQuery(new Term("message", "upgrad")))).isGreaterThan(0f);
    pool.release(first);

    MemoryIndex second = pool.borrow();
    assertThat(second).isSameInstanceAs(first);
    assertThat(second.search(new TermQuery(new Term("message", "upgrad")))).isEqualTo(0f);
  }

  @Test
  public void concurrentBorrowersGetDistinctIndexes() {
    MemoryIndexPool pool = new MemoryIndexPool(1);
    MemoryIndex a = pool.borrow();
    MemoryIndex b = pool.borrow();
    assertThat(a).isNotSameInstanceAs(b);
    pool.release(a);
    pool.release(b);
    // Only one is kept; the other is dropped for the garbage collector.
    assertThat(pool.borrow()).isSameInstanceAs(a);
    assertThat(pool.borrow()).isNotSameInstanceAs(b);
  }
}
