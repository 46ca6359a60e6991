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

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Weight;

/**
 * Says what a matching focus query matched, from Lucene's matches API: each match's character
 * offsets point into the bounded text, so a hit reads as the patch set wrote it ({@code upgrading},
 * not the stem {@code upgrad}; a phrase as its whole span). A path segment match is reported as its
 * whole path.
 */
final class MatchExplainer {
  private record Located(int fieldRank, int offset, FocusHit hit) {}

  private MatchExplainer() {}

  static ImmutableList<FocusHit> explain(
      Weight weight, LeafReaderContext leaf, BoundedPatchSet text) throws IOException {
    Matches matches = weight.matches(leaf, 0);
    if (matches == null) {
      return ImmutableList.of();
    }
    List<Located> found = new ArrayList<>();
    // Asking for each indexed field spares Lucene merging every clause's field names into a
    // de-duplicated stream; fields without matches answer null.
    for (String field : FocusFields.INDEXED_FIELDS) {
      MatchesIterator it = matches.getMatches(field);
      if (it == null) {
        continue;
      }
      String source = text.text(field);
      String reported = FocusFields.PATH_SEGMENT.equals(field) ? FocusFields.PATH : field;
      int rank = FocusFields.QUERY_FIELDS.indexOf(reported);
      // Each field contributes at most MAX_HITS; the overall cap applies after sorting.
      for (int n = 0; n < FocusMatch.MAX_HITS && it.next(); n++) {
        int start = it.startOffset();
        int end = it.endOffset();
        if (start < 0 || end > source.length() || start >= end) {
          continue;
        }
        if (reported.equals(FocusFields.PATH)) {
          start = source.lastIndexOf('\n', start - 1) + 1;
          int lineEnd = source.indexOf('\n', end);
          end = lineEnd < 0 ? source.length() : lineEnd;
        }
        double worth = ClueWorth.ofHit(field, it.endPosition() - it.startPosition() + 1);
        found.add(
            new Located(rank, start, new FocusHit(reported, oneLine(source, start, end), worth)));
      }
    }
    found.sort(Comparator.comparingInt(Located::fieldRank).thenComparingInt(Located::offset));
    Set<String> seen = new LinkedHashSet<>();
    ImmutableList.Builder<FocusHit> hits = ImmutableList.builder();
    int count = 0;
    for (Located l : found) {
      String key = l.hit().field() + '\0' + l.hit().text().toLowerCase(Locale.ROOT);
      if (count < FocusMatch.MAX_HITS && seen.add(key)) {
        hits.add(l.hit());
        count++;
      }
    }
    return hits.build();
  }

  /** {@code source[start, end)} with each run of whitespace as one space: a phrase may wrap. */
  private static String oneLine(String source, int start, int end) {
    StringBuilder b = null;
    boolean inSpace = false;
    for (int i = start; i < end; i++) {
      char c = source.charAt(i);
      boolean space = Character.isWhitespace(c);
      if (space && (c != ' ' || inSpace) && b == null) {
        b = new StringBuilder(end - start).append(source, start, i);
      }
      if (b != null && !(space && inSpace)) {
        b.append(space ? ' ' : c);
      }
      inSpace = space;
    }
    return b == null ? source.substring(start, end) : b.toString();
  }
}
