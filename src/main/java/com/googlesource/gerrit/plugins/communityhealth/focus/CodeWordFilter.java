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

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Splits a code word into its parts: at {@code _}, {@code .} and {@code -}, where a lower-case
 * letter meets a capital ({@code getFlavor}), and where an acronym ends before a capitalised word
 * ({@code NUMATopology}: {@code NUMA}, {@code Topology}; Lucene's word delimiter filter keeps that
 * one whole). Letters and digits stay together ({@code v2}). The parts take consecutive positions,
 * so that a query's code word is the phrase of its parts.
 *
 * <p>With {@code keepWhole} (the index) the word itself comes first, at the position of its first
 * part, so that it still matches whole; the positions are flat already, so no graph flattening is
 * needed. A word with one part passes untouched, which keeps plain prose cheap.
 */
final class CodeWordFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
  private final boolean keepWhole;

  private char[] word = new char[32];
  private int[] bounds = new int[16];
  private int parts;
  private int next;
  private int wordStart;
  private boolean exactOffsets;

  CodeWordFilter(TokenStream in, boolean keepWhole) {
    super(in);
    this.keepWhole = keepWhole;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (next < parts) {
      emitPart(next++);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    parts = split(term.buffer(), term.length());
    next = 0;
    if (parts <= 1) {
      parts = 0;
      return true;
    }
    int n = term.length();
    if (word.length < n) {
      word = new char[n];
    }
    System.arraycopy(term.buffer(), 0, word, 0, n);
    wordStart = offset.startOffset();
    exactOffsets = offset.endOffset() - wordStart == n;
    if (keepWhole) {
      length.setPositionLength(parts);
      return true;
    }
    int firstIncrement = position.getPositionIncrement();
    emitPart(next++);
    position.setPositionIncrement(firstIncrement);
    return true;
  }

  private void emitPart(int i) {
    int start = bounds[2 * i];
    int end = bounds[2 * i + 1];
    term.copyBuffer(word, start, end - start);
    position.setPositionIncrement(i == 0 ? 0 : 1);
    length.setPositionLength(1);
    if (exactOffsets) {
      offset.setOffset(wordStart + start, wordStart + end);
    }
  }

  /** Finds the parts of {@code b[0, n)} into {@link #bounds}; returns how many. */
  private int split(char[] b, int n) {
    int count = 0;
    int start = -1;
    for (int i = 0; i <= n; i++) {
      boolean delimiter = i == n || !isLetterOrDigit(b[i]);
      boolean boundary = !delimiter && start >= 0 && isCaseBoundary(b, i, n);
      if ((delimiter || boundary) && start >= 0) {
        count = add(count, start, i);
        start = -1;
      }
      if (!delimiter && start < 0) {
        start = i;
      }
    }
    return count;
  }

  private int add(int count, int start, int end) {
    if (bounds.length < 2 * count + 2) {
      bounds = Arrays.copyOf(bounds, bounds.length * 2);
    }
    bounds[2 * count] = start;
    bounds[2 * count + 1] = end;
    return count + 1;
  }

  /** {@code aB} (a capital after a lower-case letter), or {@code ABc} (an acronym's end). */
  private static boolean isCaseBoundary(char[] b, int i, int n) {
    char c = b[i];
    if (!isUpperCase(c)) {
      return false;
    }
    char before = b[i - 1];
    return isLowerCase(before) || (isUpperCase(before) && i + 1 < n && isLowerCase(b[i + 1]));
  }

  // ASCII first: almost every character of a commit message is, and Character's tables cost a
  // noticeable share of the analysis pass.

  static boolean isLetterOrDigit(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean isUpperCase(char c) {
    return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
  }

  private static boolean isLowerCase(char c) {
    return c < 0x80 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    parts = 0;
    next = 0;
  }
}
