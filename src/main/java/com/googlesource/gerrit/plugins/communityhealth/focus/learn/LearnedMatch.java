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

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * An area a patch set matches because its nearest neighbours are the area's linked changes.
 *
 * @param area the focus area
 * @param vote the linked changes' share of the neighbours' similarity, in [{@link
 *     LearnerSettings#minSupport()}, 1]
 * @param neighbours the area's linked changes among the neighbours, nearest first
 * @param clues the patch set's terms that those neighbours share, most telling first, at most
 *     {@link #MAX_CLUES}
 */
public record LearnedMatch(
    String area, double vote, ImmutableList<Neighbour> neighbours, ImmutableList<Clue> clues) {
  public static final int MAX_CLUES = 8;

  public LearnedMatch {
    requireNonNull(area, "area");
    requireNonNull(neighbours, "neighbours");
    requireNonNull(clues, "clues");
  }
}
