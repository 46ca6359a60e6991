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

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusMatch;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.LearnedFocus;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.LearnedMatch;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Joins the three kinds of evidence for a change's focus areas: the area's query (the admin's words
 * and paths), its link (the change is in the area outright, score 1), and what the area learned
 * from its linked changes (the nearest neighbours' vote). A link is enough; so is the neighbours'
 * vote; a query match stands when it is strong or the neighbours support it, or when the area has
 * no linked changes to learn from ({@link LearnedFocus#queryMatchStands}). The score is the
 * strongest evidence that stands. The accuracy benchmark replays real traffic through this same
 * join.
 */
public final class FocusEvidence {
  /** The score of a change that an area's link selects. */
  static final double LINKED_SCORE = 1.0;

  public static ImmutableList<FocusSignal> combine(
      List<FocusAreaDefinition> areas,
      Set<String> active,
      List<FocusMatch> query,
      Map<String, String> linkedBy,
      LearnedFocus learnedFocus,
      List<LearnedMatch> learned) {
    Map<String, FocusMatch> byQuery =
        query.stream().collect(Collectors.toMap(FocusMatch::area, Function.identity()));
    Map<String, LearnedMatch> byNeighbours =
        learned.stream().collect(Collectors.toMap(LearnedMatch::area, Function.identity()));
    List<FocusSignal> out = new ArrayList<>();
    for (FocusAreaDefinition area : areas) {
      String name = area.name();
      if (!active.contains(name)) {
        continue;
      }
      Optional<String> link = Optional.ofNullable(linkedBy.get(name));
      LearnedMatch l = byNeighbours.get(name);
      FocusMatch q = byQuery.get(name);
      if (q != null && !learnedFocus.queryMatchStands(name, q.score(), Optional.ofNullable(l))) {
        q = null;
      }
      boolean neighbours = l != null && learnedFocus.neighboursMatch(l);
      if (q == null && link.isEmpty() && !neighbours) {
        continue;
      }
      double score =
          Math.max(
              q != null ? q.score() : 0,
              Math.max(link.isPresent() ? LINKED_SCORE : 0, neighbours ? l.vote() : 0));
      out.add(
          new FocusSignal(
              name,
              score,
              area.weight(),
              q != null ? q.hits() : ImmutableList.of(),
              link,
              l != null ? l.neighbours() : ImmutableList.of(),
              l != null ? l.clues() : ImmutableList.of()));
    }
    out.sort(Comparator.comparingDouble(FocusSignal::score).reversed());
    return ImmutableList.copyOf(out);
  }

  private FocusEvidence() {}
}
