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
 * CHAOSS Change Request Review Duration over a group of changes: for each review cycle, the time
 * from its start to its first review. A review cycle starts when a patch set is uploaded (CHAOSS
 * Review Cycle Duration: "when a change request is submitted or updated") and its first review is
 * the first human comment or vote by someone other than the owner after that upload (the digest's
 * review actions, by the one definition of human activity).
 *
 * <p>A cycle that a newer patch set replaced before anyone reviewed it was never reviewed: the
 * review that came later belongs to the newer cycle, which the reviewer read. It is counted as
 * superseded, without a duration, so that a rework before review neither hides nor doubles a wait.
 * A cycle still waiting (or whose change was closed without review) is counted and not timed.
 *
 * @param cycles review cycles (patch sets) of the group's changes created in the window
 * @param reviewed how many of them got a first review before the next patch set; each is timed
 * @param superseded how many of them a newer patch set replaced before any review (the others of
 *     the unreviewed are awaiting review, or closed without it)
 * @param medianHours median hours from upload to first review; empty when none reviewed
 * @param p90Hours 90th percentile (nearest rank); empty when none reviewed
 */
public record ReviewCycleDurations(
    int cycles,
    int reviewed,
    int superseded,
    Optional<Double> medianHours,
    Optional<Double> p90Hours) {
  /**
   * The cycles of the changes created in [from, to) whose owner was ({@code newcomers}) or was not
   * a newcomer at creation, as for time to first response: a change's every patch set counts with
   * it, also those uploaded after the window ends, and none of a change created before it.
   */
  public static ReviewCycleDurations of(
      List<JudgedChange> changes, Instant from, Instant to, boolean newcomers) {
    List<Duration> waits = new ArrayList<>();
    int cycles = 0;
    int superseded = 0;
    for (JudgedChange j : changes) {
      if (!j.inGroup(from, to, newcomers)) {
        continue;
      }
      ChangeDigest c = j.change();
      List<Instant> uploads = c.patchSetUploads();
      for (int i = 0; i < uploads.size(); i++) {
        cycles++;
        Instant start = uploads.get(i);
        Optional<Instant> next =
            i + 1 < uploads.size() ? Optional.of(uploads.get(i + 1)) : Optional.empty();
        Optional<Instant> review = firstReviewFrom(c, start);
        if (review.isPresent() && (next.isEmpty() || review.get().isBefore(next.get()))) {
          waits.add(Duration.between(start, review.get()));
        } else if (next.isPresent()) {
          superseded++;
        }
      }
    }
    ResponseTimes times = ResponseTimes.of(cycles, waits);
    return new ReviewCycleDurations(
        cycles, times.responded(), superseded, times.medianHours(), times.p90Hours());
  }

  /** The first review action at or after {@code start}; review actions are oldest first. */
  private static Optional<Instant> firstReviewFrom(ChangeDigest c, Instant start) {
    for (ChangeDigest.ReviewAction a : c.reviewActions()) {
      if (!a.when().isBefore(start)) {
        return Optional.of(a.when());
      }
    }
    return Optional.empty();
  }
}
