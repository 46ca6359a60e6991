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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Human review activity by hour of day in UTC: the comments and votes people other than the owner
 * gave in a window, so that hours in which nobody reviews stand out.
 */
public final class ReviewHours {
  /**
   * One hour of the day.
   *
   * @param hour 0 to 23, UTC
   * @param actions human comments and votes given in that hour, over the window
   * @param reviewers different people who gave them
   */
  public record Hour(int hour, int actions, int reviewers) {}

  /** All 24 hours, 00 first, counting review actions in [from, to) on the given changes. */
  public static ImmutableList<Hour> byHour(List<ChangeDigest> changes, Instant from, Instant to) {
    int[] actions = new int[24];
    List<Set<Integer>> reviewers = new ArrayList<>(24);
    for (int h = 0; h < 24; h++) {
      reviewers.add(new HashSet<>());
    }
    for (ChangeDigest c : changes) {
      for (ChangeDigest.ReviewAction a : c.reviewActions()) {
        if (a.when().isBefore(from) || !a.when().isBefore(to)) {
          continue;
        }
        int h = a.when().atOffset(ZoneOffset.UTC).getHour();
        actions[h]++;
        reviewers.get(h).add(a.reviewer());
      }
    }
    ImmutableList.Builder<Hour> out = ImmutableList.builder();
    for (int h = 0; h < 24; h++) {
      out.add(new Hour(h, actions[h], reviewers.get(h).size()));
    }
    return out.build();
  }

  private ReviewHours() {}
}
