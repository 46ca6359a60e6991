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

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A newcomer rule for pure tests and benchmarks, where no Gerrit answers the signal's rule: an
 * owner is a newcomer while fewer than {@code maxMergedChanges} of their changes in {@code
 * changes}, created earlier, were merged.
 */
public final class MergedBeforeJudge {
  private record Key(int owner, Instant created) {}

  public static MetricsHistory.NewcomerJudge of(List<ChangeDigest> changes, int maxMergedChanges) {
    List<ChangeDigest> byCreation = new ArrayList<>(changes);
    byCreation.sort(Comparator.comparing(ChangeDigest::created));
    Map<Integer, Integer> mergedSoFar = new HashMap<>();
    Map<Key, Boolean> newcomer = new HashMap<>();
    for (ChangeDigest c : byCreation) {
      newcomer.putIfAbsent(
          new Key(c.owner(), c.created()),
          mergedSoFar.getOrDefault(c.owner(), 0) < maxMergedChanges);
      if (c.outcome() == ChangeDigest.Outcome.MERGED) {
        mergedSoFar.merge(c.owner(), 1, Integer::sum);
      }
    }
    return (owner, created) -> newcomer.getOrDefault(new Key(owner, created), false);
  }

  private MergedBeforeJudge() {}
}
