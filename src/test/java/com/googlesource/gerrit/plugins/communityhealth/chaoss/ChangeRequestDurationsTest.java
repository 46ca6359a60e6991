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

import static com.google.common.truth.Truth.assertThat;
import static com.googlesource.gerrit.plugins.communityhealth.chaoss.Digests.T0;
import static com.googlesource.gerrit.plugins.communityhealth.chaoss.Digests.owner;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class ChangeRequestDurationsTest {
  private static final Instant TO = T0.plus(Duration.ofDays(30));

  /** Owners below 100 were newcomers when they created their changes; the others were not. */
  private static ChangeRequestDurations of(List<ChangeDigest> changes, boolean newcomers) {
    List<JudgedChange> judged =
        changes.stream().map(c -> new JudgedChange(c, c.owner() < 100)).toList();
    return ChangeRequestDurations.of(judged, T0, TO, newcomers);
  }

  @Test
  public void onlyMergedChangesHaveADurationFromUploadToMerge() {
    List<ChangeDigest> changes =
        List.of(
            owner(1).createdHours(1).reviewed(9, 2).merged(10).build(),
            owner(1).createdHours(2).merged(30).build(),
            owner(2).createdHours(3).reviewed(9, 1).merged(20).build(),
            // Abandoned after a day: no duration, counted beside it.
            owner(2).createdHours(4).reviewed(9, 1).abandoned(24).build(),
            // Still open: no duration either.
            owner(3).createdHours(5).reviewed(9, 1).build());

    ChangeRequestDurations d = of(changes, true);

    assertThat(d.changes()).isEqualTo(5);
    assertThat(d.merged()).isEqualTo(3);
    assertThat(d.abandoned()).isEqualTo(1);
    assertThat(d.medianHours()).hasValue(20.0); // 10, 20, 30
    assertThat(d.p90Hours()).hasValue(30.0);
  }

  @Test
  public void medianOfAnEvenCountIsTheMeanOfTheMiddleTwoAndP90IsTheNearestRank() {
    List<ChangeDigest> changes =
        List.of(
            owner(1).createdHours(1).merged(1).build(),
            owner(1).createdHours(2).merged(2).build(),
            owner(1).createdHours(3).merged(4).build(),
            owner(1).createdHours(4).merged(100).build());

    ChangeRequestDurations d = of(changes, true);

    assertThat(d.medianHours()).hasValue(3.0); // (2 + 4) / 2
    assertThat(d.p90Hours()).hasValue(100.0);
  }

  @Test
  public void aChangeAbandonedAndRestoredRunsFromItsUploadToItsMerge() {
    // Gerrit keeps one change through abandon and restore: the digest says merged, and the clock
    // ran while it lay abandoned, as CHAOSS starts it when the change request is opened.
    ChangeDigest restored = owner(1).createdHours(0).reviewed(9, 1).merged(72).build();

    assertThat(of(List.of(restored), true).medianHours()).hasValue(72.0);
  }

  @Test
  public void aRevertedChangeStaysMergedAndItsRevertIsAChangeOfItsOwn() {
    ChangeDigest original = owner(1).createdHours(0).merged(5).build();
    ChangeDigest revert = owner(2).createdHours(10).merged(1).build();

    ChangeRequestDurations d = of(List.of(original, revert), true);

    assertThat(d.changes()).isEqualTo(2);
    assertThat(d.merged()).isEqualTo(2);
    assertThat(d.medianHours()).hasValue(3.0); // 1, 5
  }

  @Test
  public void theWindowGoesByCreationNotByMerge() {
    List<ChangeDigest> changes =
        List.of(
            // Created a day before the window, merged inside it: an earlier window's.
            owner(1).createdAt(T0.minus(Duration.ofDays(1))).merged(48).build(),
            // Created on the window's first instant: in.
            owner(1).createdAt(T0).merged(6).build(),
            // Created on its end: out (the window is half open).
            owner(1).createdAt(TO).merged(1).build());

    ChangeRequestDurations d = of(changes, true);

    assertThat(d.changes()).isEqualTo(1);
    assertThat(d.merged()).isEqualTo(1);
    assertThat(d.medianHours()).hasValue(6.0);
  }

  @Test
  public void newcomersAndOthersAreSeparateGroups() {
    List<ChangeDigest> changes =
        List.of(
            owner(1).createdHours(1).merged(40).build(),
            owner(100).createdHours(2).merged(4).build(),
            owner(101).createdHours(3).abandoned(1).build());

    ChangeRequestDurations newcomers = of(changes, true);
    ChangeRequestDurations others = of(changes, false);

    assertThat(newcomers.changes()).isEqualTo(1);
    assertThat(newcomers.medianHours()).hasValue(40.0);
    assertThat(others.changes()).isEqualTo(2);
    assertThat(others.merged()).isEqualTo(1);
    assertThat(others.abandoned()).isEqualTo(1);
    assertThat(others.medianHours()).hasValue(4.0);
  }

  @Test
  public void withoutAMergeThereIsNoMedianButTheCountsStay() {
    List<ChangeDigest> changes =
        List.of(owner(1).createdHours(1).abandoned(3).build(), owner(1).createdHours(2).build());

    ChangeRequestDurations d = of(changes, true);

    assertThat(d.changes()).isEqualTo(2);
    assertThat(d.merged()).isEqualTo(0);
    assertThat(d.abandoned()).isEqualTo(1);
    assertThat(d.medianHours()).isEmpty();
    assertThat(d.p90Hours()).isEmpty();
  }

  @Test
  public void aWindowWithoutChangesHasNothing() {
    ChangeDigest before = owner(1).createdAt(T0.minus(Duration.ofDays(3))).merged(5).build();

    assertThat(of(List.of(before), true))
        .isEqualTo(new ChangeRequestDurations(0, 0, 0, Optional.empty(), Optional.empty()));
    assertThat(of(List.of(), false))
        .isEqualTo(new ChangeRequestDurations(0, 0, 0, Optional.empty(), Optional.empty()));
  }
}
