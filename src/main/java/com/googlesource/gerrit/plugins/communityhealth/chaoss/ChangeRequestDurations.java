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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CHAOSS Change Requests Duration (the Evolution working group's metric, first published as
 * "Reviews Duration") over a group of changes: for each change created in the window that has been
 * merged, the time from its upload to its merge. Its Gerrit definition starts the clock when the
 * change is opened and stops it when its commits are merged; events after the merge do not count.
 *
 * <p>Only accepted changes have a duration, as CHAOSS defines it: abandoned changes and changes
 * still open are counted beside it so that a short median over few merges reads as what it is. A
 * change abandoned and restored keeps its clock running from its upload; a reverted change stays
 * merged (the revert is a change of its own).
 *
 * @param changes changes of the group created in the window
 * @param merged how many of them are merged; each has a duration
 * @param abandoned how many of them are abandoned (the rest are open)
 * @param medianHours median hours from upload to merge; empty when none merged
 * @param p90Hours 90th percentile (nearest rank); empty when none merged
 */
public record ChangeRequestDurations(
    int changes,
    int merged,
    int abandoned,
    Optional<Double> medianHours,
    Optional<Double> p90Hours) {
  /**
   * The changes created in [from, to) whose owner was ({@code newcomers}) or was not a newcomer at
   * creation. The window goes by creation, as CHAOSS's period does: a change created before the
   * window and merged in it belongs to an earlier window.
   */
  public static ChangeRequestDurations of(
      List<JudgedChange> changes, Instant from, Instant to, boolean newcomers) {
    List<Duration> durations = new ArrayList<>();
    int count = 0;
    int abandoned = 0;
    for (JudgedChange j : changes) {
      if (!j.inGroup(from, to, newcomers)) {
        continue;
      }
      ChangeDigest c = j.change();
      count++;
      switch (c.outcome()) {
        case MERGED -> c.closed().ifPresent(m -> durations.add(Duration.between(c.created(), m)));
        case ABANDONED -> abandoned++;
        case OPEN -> {}
      }
    }
    ResponseTimes times = ResponseTimes.of(count, durations);
    return new ChangeRequestDurations(
        count, times.responded(), abandoned, times.medianHours(), times.p90Hours());
  }
}
