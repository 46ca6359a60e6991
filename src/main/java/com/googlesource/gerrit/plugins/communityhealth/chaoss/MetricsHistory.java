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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A project's change history as the dashboard's metrics read it: every change, oldest first, with
 * whether its owner was a newcomer when it was created.
 *
 * <p>Newcomer is the signal's rule at the time of the change (service users and exempt groups are
 * never newcomers; merged changes count as the signal counts them), decided by the caller's {@link
 * NewcomerJudge}: the same rule as the newcomer flag, not a second one.
 */
public final class MetricsHistory {
  /** Whether {@code owner} was a newcomer when they created a change at {@code created}. */
  @FunctionalInterface
  public interface NewcomerJudge {
    boolean newcomer(int owner, Instant created);
  }

  /**
   * @param changes every change of the project the caller can see, in any order
   * @param newcomers the signal's newcomer rule at a change's creation
   */
  public static ImmutableList<JudgedChange> judge(
      List<ChangeDigest> changes, NewcomerJudge newcomers) {
    List<ChangeDigest> byCreation = new ArrayList<>(changes);
    byCreation.sort(Comparator.comparing(ChangeDigest::created));
    ImmutableList.Builder<JudgedChange> out = ImmutableList.builderWithExpectedSize(changes.size());
    for (ChangeDigest c : byCreation) {
      out.add(new JudgedChange(c, newcomers.newcomer(c.owner(), c.created())));
    }
    return out.build();
  }

  /** The older metrics' view of the same history. */
  public static ImmutableList<ChangeHistory> histories(List<JudgedChange> judged) {
    return judged.stream().map(JudgedChange::history).collect(ImmutableList.toImmutableList());
  }

  private MetricsHistory() {}
}
