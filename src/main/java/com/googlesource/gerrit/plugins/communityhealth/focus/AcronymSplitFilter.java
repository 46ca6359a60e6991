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

/**
 * Marks where an acronym ends and a capitalised word begins ({@code NUMATopology} becomes {@code
 * NUMA_Topology}), so that {@link
 * org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter}, which splits {@code
 * getFlavor} but keeps {@code NUMATopology} whole, splits it into {@code NUMA} and {@code
 * Topology}. Query and index text go through the same mark, so the identifier still matches whole.
 */
final class AcronymSplitFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  AcronymSplitFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] b = term.buffer();
    int n = term.length();
    int marks = 0;
    for (int i = 1; i + 1 < n; i++) {
      if (isBoundary(b, i)) {
        marks++;
      }
    }
    if (marks == 0) {
      return true;
    }
    char[] original = Arrays.copyOf(b, n);
    char[] out = term.resizeBuffer(n + marks);
    int o = 0;
    for (int i = 0; i < n; i++) {
      if (i > 0 && i + 1 < n && isBoundary(original, i)) {
        out[o++] = '_';
      }
      out[o++] = original[i];
    }
    term.setLength(o);
    return true;
  }

  /** An upper-case letter after an upper-case letter and before a lower-case one. */
  private static boolean isBoundary(char[] b, int i) {
    return Character.isUpperCase(b[i])
        && Character.isUpperCase(b[i - 1])
        && Character.isLowerCase(b[i + 1]);
  }
}
