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

package com.googlesource.gerrit.plugins.communityhealth.signals;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusHit;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.Clue;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.Neighbour;
import java.util.Optional;

/**
 * A focus area a change matches, with the area's weight from the policy.
 *
 * @param name the area
 * @param score 0..1
 * @param weight the area's configured weight
 * @param hits what in the patch set matched the area's query
 * @param linkedBy the clause of the area's {@code link} that selects the change; present: the
 *     change is in the area outright
 * @param neighbours the area's linked changes nearest to this one, when they made it match (not
 *     filtered by visibility: whoever shows them must)
 * @param clues the change's terms those neighbours share, with their worth
 */
public record FocusSignal(
    String name,
    double score,
    double weight,
    ImmutableList<FocusHit> hits,
    Optional<String> linkedBy,
    ImmutableList<Neighbour> neighbours,
    ImmutableList<Clue> clues) {
  public FocusSignal {
    requireNonNull(name, "name");
    requireNonNull(hits, "hits");
    requireNonNull(linkedBy, "linkedBy");
    requireNonNull(neighbours, "neighbours");
    requireNonNull(clues, "clues");
  }

  /** A match by the area's query alone. */
  public FocusSignal(String name, double score, double weight, ImmutableList<FocusHit> hits) {
    this(name, score, weight, hits, Optional.empty(), ImmutableList.of(), ImmutableList.of());
  }
}
