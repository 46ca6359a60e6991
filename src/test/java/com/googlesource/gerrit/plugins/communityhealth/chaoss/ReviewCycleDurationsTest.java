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

public class ReviewCycleDurationsTest {
  private static final Instant TO = T0.plus(Duration.ofDays(30));

  /** Owners below 100 were newcomers when they created their changes; the others were not. */
  private static ReviewCycleDurations of(List<ChangeDigest> changes, boolean newcomers) {
    List<JudgedChange> judged =
        changes.stream().map(c -> new JudgedChange(c, c.owner() < 100)).toList();
    return ReviewCycleDurations.of(judged, T0, TO, newcomers);
  }

  @Test
  public void eachCycleRunsFromItsUploadToItsFirstReview() {
    ChangeDigest change =
        owner(1)
            .createdHours(1)
            .reviewed(9, 2) // cycle 1: 2 h
            .reviewed(8, 3) // a second review of cycle 1: not its first
            .patchSet(10)
            .reviewed(9, 14) // cycle 2: 4 h
            .patchSet(30)
            .reviewed(8, 36) // cycle 3: 6 h
            .merged(40)
            .build();

    ReviewCycleDurations d = of(List.of(change), true);

    assertThat(d.cycles()).isEqualTo(3);
    assertThat(d.reviewed()).isEqualTo(3);
    assertThat(d.superseded()).isEqualTo(0);
    assertThat(d.medianHours()).hasValue(4.0);
    assertThat(d.p90Hours()).hasValue(6.0);
  }

  @Test
  public void aCycleReplacedBeforeAnyReviewIsSupersededNotTimed() {
    ChangeDigest change =
        owner(1).createdHours(1).patchSet(5).reviewed(9, 7).patchSet(9).patchSet(12).build();

    ReviewCycleDurations d = of(List.of(change), true);

    // Patch set 1 was replaced at 5 h, reviewed at 7 h: the review is patch set 2's (2 h).
    // Patch set 3 was replaced without review; patch set 4 is still waiting.
    assertThat(d.cycles()).isEqualTo(4);
    assertThat(d.reviewed()).isEqualTo(1);
    assertThat(d.superseded()).isEqualTo(2);
    assertThat(d.medianHours()).hasValue(2.0);
  }

  @Test
  public void aReviewAtTheNextUploadBelongsToTheNextCycle() {
    ChangeDigest change = owner(1).createdHours(1).patchSet(5).reviewed(9, 5).build();

    ReviewCycleDurations d = of(List.of(change), true);

    assertThat(d.reviewed()).isEqualTo(1);
    assertThat(d.superseded()).isEqualTo(1);
    assertThat(d.medianHours()).hasValue(0.0);
  }

  @Test
  public void cyclesAwaitingReviewAreCountedNotTimed() {
    List<ChangeDigest> changes =
        List.of(
            owner(1).createdHours(1).reviewed(9, 3).patchSet(4).build(),
            owner(2).createdHours(2).build(),
            owner(2).createdHours(3).abandoned(20).build());

    ReviewCycleDurations d = of(changes, true);

    assertThat(d.cycles()).isEqualTo(4);
    assertThat(d.reviewed()).isEqualTo(1);
    assertThat(d.superseded()).isEqualTo(0);
    assertThat(d.medianHours()).hasValue(3.0);
    assertThat(d.p90Hours()).hasValue(3.0);
  }

  @Test
  public void newcomersAndOthersApartAndTheWindowGoesByCreation() {
    List<ChangeDigest> changes =
        List.of(
            owner(1).createdHours(1).reviewed(9, 8).build(),
            owner(101).createdHours(1).reviewed(9, 1).patchSet(2).reviewed(9, 5).build(),
            // Created before the window: its cycles in the window belong to an earlier one.
            owner(101).createdAt(T0.minus(Duration.ofDays(2))).patchSet(50).reviewed(9, 51).build(),
            // Created after it.
            owner(1).createdAt(TO).reviewed(9, 1).build());

    ReviewCycleDurations newcomers = of(changes, true);
    ReviewCycleDurations others = of(changes, false);

    assertThat(newcomers.cycles()).isEqualTo(1);
    assertThat(newcomers.medianHours()).hasValue(8.0);
    assertThat(others.cycles()).isEqualTo(2);
    assertThat(others.reviewed()).isEqualTo(2);
    assertThat(others.medianHours()).hasValue(2.0); // 1 h and 3 h
    assertThat(others.p90Hours()).hasValue(3.0);
  }

  @Test
  public void anEmptyWindowHasNoCycles() {
    ChangeDigest before = owner(1).createdAt(T0.minus(Duration.ofDays(3))).reviewed(9, 1).build();
    ReviewCycleDurations none =
        new ReviewCycleDurations(0, 0, 0, Optional.empty(), Optional.empty());

    assertThat(of(List.of(before), true)).isEqualTo(none);
    assertThat(of(List.of(), false)).isEqualTo(none);
  }
}
