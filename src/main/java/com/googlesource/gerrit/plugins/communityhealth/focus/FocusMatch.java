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

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * A focus area that a patch set serves.
 *
 * @param area the focus area's name
 * @param score how strongly it matched, in [{@link FocusScore#THRESHOLD}, 1); see {@link
 *     FocusScore}
 * @param hits what matched, in field order, at most {@link #MAX_HITS}
 */
public record FocusMatch(String area, double score, ImmutableList<FocusHit> hits) {
  /** Enough to say why; a mass rename would otherwise list thousands of paths. */
  public static final int MAX_HITS = 10;

  public FocusMatch {
    requireNonNull(area, "area");
    requireNonNull(hits, "hits");
  }
}
