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

package com.googlesource.gerrit.plugins.communityhealth.chaoss;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A project's change history as the dashboard's metrics read it: every change, oldest first, with
 * whether its owner was a newcomer when it was created.
 *
 * <p>Newcomer here is judged from the project's own history: fewer merged changes created before
 * this one than {@code maxMergedChanges}.
 */
public final class MetricsHistory {
  /**
   * @param changes every change of the project the caller can see, in any order
   * @param maxMergedChanges the project's {@code [newcomer] maxMergedChanges}
   */
  public static ImmutableList<JudgedChange> judge(
      List<ChangeDigest> changes, int maxMergedChanges) {
    List<ChangeDigest> byCreation = new ArrayList<>(changes);
    byCreation.sort(Comparator.comparing(ChangeDigest::created));
    Map<Integer, Integer> mergedSoFar = new HashMap<>();
    ImmutableList.Builder<JudgedChange> out = ImmutableList.builderWithExpectedSize(changes.size());
    for (ChangeDigest c : byCreation) {
      boolean newcomer = mergedSoFar.getOrDefault(c.owner(), 0) < maxMergedChanges;
      out.add(new JudgedChange(c, newcomer));
      if (c.outcome() == ChangeDigest.Outcome.MERGED) {
        mergedSoFar.merge(c.owner(), 1, Integer::sum);
      }
    }
    return out.build();
  }

  /** The older metrics' view of the same history. */
  public static ImmutableList<ChangeHistory> histories(List<JudgedChange> judged) {
    return judged.stream().map(JudgedChange::history).collect(ImmutableList.toImmutableList());
  }

  private MetricsHistory() {}
}
