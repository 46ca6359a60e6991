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

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import org.apache.lucene.index.memory.MemoryIndex;

/**
 * Lends out {@link MemoryIndex} instances, which are not thread-safe, one caller at a time, and
 * takes them back reset for reuse: a reset index keeps its memory blocks, so the next patch set is
 * indexed without allocating them again. No thread-locals: an index returns to a shared bounded
 * queue, so plugin threads that come and go leave nothing behind.
 */
public final class MemoryIndexPool {
  /**
   * Bytes of block memory an index keeps across resets: four 32 KiB blocks each of bytes and of
   * ints, where an ordinary patch set fills one of each; what a huge one allocates beyond this is
   * released.
   */
  static final long REUSED_BYTES = 256 * 1024;

  private final ArrayBlockingQueue<MemoryIndex> idle;

  /**
   * @param capacity how many idle indexes to keep, each holding up to 256 KiB; more callers than
   *     this at once still get an index each, freshly made
   */
  public MemoryIndexPool(int capacity) {
    idle = new ArrayBlockingQueue<>(capacity);
  }

  /** An empty index that stores offsets, for this caller alone until {@link #release}. */
  public MemoryIndex borrow() {
    MemoryIndex index = idle.poll();
    return index != null ? index : newIndex();
  }

  /** Resets {@code index} and keeps it for the next caller; the caller must not use it again. */
  public void release(MemoryIndex index) {
    index.reset();
    idle.offer(index);
  }

  /** A fresh index that stores offsets (for match explanations) and reuses its blocks. */
  public static MemoryIndex newIndex() {
    // The constructor taking maxReusedBytes is package-private; fromDocument exposes it.
    return MemoryIndex.fromDocument(List.of(), null, true, false, REUSED_BYTES);
  }
}
