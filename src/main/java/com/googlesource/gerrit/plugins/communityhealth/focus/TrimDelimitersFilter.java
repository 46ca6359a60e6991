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
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Trims {@code .}, {@code _} and {@code -} from both ends of a word: inside an identifier they join
 * its parts ({@code instance.flavor}), at its ends they are punctuation ({@code flavors.}). Offsets
 * follow the trimmed word; a word of nothing but delimiters is dropped.
 */
final class TrimDelimitersFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);

  TrimDelimitersFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    int skipped = 0;
    while (input.incrementToken()) {
      char[] b = term.buffer();
      int n = term.length();
      int start = 0;
      int end = n;
      while (start < end && isDelimiter(b[start])) {
        start++;
      }
      while (end > start && isDelimiter(b[end - 1])) {
        end--;
      }
      if (start == end) {
        skipped += position.getPositionIncrement();
        continue;
      }
      if (start > 0 || end < n) {
        boolean exactOffsets = offset.endOffset() - offset.startOffset() == n;
        if (start > 0) {
          System.arraycopy(b, start, b, 0, end - start);
        }
        term.setLength(end - start);
        if (exactOffsets) {
          offset.setOffset(offset.startOffset() + start, offset.endOffset() - (n - end));
        }
      }
      position.setPositionIncrement(position.getPositionIncrement() + skipped);
      return true;
    }
    return false;
  }

  private static boolean isDelimiter(char c) {
    return c == '.' || c == '_' || c == '-';
  }
}
