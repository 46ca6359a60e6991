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

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.Test;

public class ReviewerStatsAndHoursTest {
  private static final Instant TO = T0.plus(Duration.ofDays(30));

  @Test
  public void reviewHoursCountActionsByUtcHour() {
    List<ChangeDigest> changes =
        List.of(
            // created 00:00 UTC; reviews at 03:00 and 03:30 by two people, 14:00 by one
            owner(1).createdHours(0).reviewed(7, 3).reviewed(8, 3.5).reviewed(7, 14).build(),
            // the next day at 03:10 by a person already counted in that hour
            owner(2).createdHours(24).reviewed(7, 3.2).build(),
            // before the window
            owner(2).createdHours(-10).reviewed(7, 1).build());

    ImmutableList<ReviewHours.Hour> hours = ReviewHours.byHour(changes, T0, TO);

    assertThat(hours).hasSize(24);
    assertThat(hours.get(3)).isEqualTo(new ReviewHours.Hour(3, 3, 2));
    assertThat(hours.get(14)).isEqualTo(new ReviewHours.Hour(14, 1, 1));
    assertThat(hours.get(15)).isEqualTo(new ReviewHours.Hour(15, 0, 0));
    assertThat(hours.stream().mapToInt(ReviewHours.Hour::actions).sum()).isEqualTo(4);
  }

  @Test
  public void reviewerCountsVotesFirstResponsesNewcomersAndAgreement() {
    List<ChangeDigest> changes =
        List.of(
            // reviewer 7's own change: their region
            owner(7).offset("+09:00").createdHours(0).merged(5).build(),
            // newcomer 1's change: 7 answers first after 4 h, +1, merged: agrees
            owner(1)
                .offset("-08:00")
                .createdHours(1)
                .reviewed(7, 4)
                .reviewed(8, 6)
                .voted(7, 1)
                .voted(8, 2)
                .merged(10)
                .build(),
            // 7 answers first after 2 h, -1, merged: disagrees
            owner(2).createdHours(2).reviewed(7, 2).reviewed(7, 3).voted(7, -1).merged(10).build(),
            // 7 answers 8 h later with -2, abandoned: agrees
            owner(2).createdHours(3).reviewed(7, 8).voted(7, -2).abandoned(20).build(),
            // open: the +1 is not decided yet
            owner(2).createdHours(4).reviewed(8, 1).reviewed(7, 2).voted(7, 1).build());

    ImmutableList<ReviewerStats.Reviewer> out =
        ReviewerStats.reviewers(
            MetricsHistory.judge(changes, MergedBeforeJudge.of(changes, 1)), T0, TO);

    assertThat(out.stream().map(ReviewerStats.Reviewer::account).toList())
        .containsExactly(7, 8)
        .inOrder();
    ReviewerStats.Reviewer r = out.get(0);
    assertThat(r.changesReviewed()).isEqualTo(4);
    assertThat(r.votes()).isEqualTo(ImmutableSortedMap.of(-2, 1, -1, 1, 1, 2));
    assertThat(r.firstResponse().responded()).isEqualTo(3);
    assertThat(r.firstResponse().medianHours()).hasValue(4.0); // 2, 4, 8
    // owner 1's first change, and owner 2's first (nothing merged before it)
    assertThat(r.newcomerChanges()).isEqualTo(2);
    assertThat(r.decided()).isEqualTo(3);
    assertThat(r.agreed()).isEqualTo(2);
    assertThat(r.agreement()).hasValue(0.667);
    assertThat(r.region()).isEqualTo(Region.ASIA_PACIFIC);

    ReviewerStats.Reviewer other = out.get(1);
    assertThat(other.changesReviewed()).isEqualTo(2);
    assertThat(other.firstResponse().responded()).isEqualTo(1);
    assertThat(other.region()).isEqualTo(Region.UNKNOWN);
    assertThat(other.agreement()).hasValue(1.0);
  }

  @Test
  public void reviewsOutsideTheWindowDoNotCount() {
    List<ChangeDigest> changes =
        List.of(owner(1).createdHours(-48).reviewed(7, 1).voted(7, 1).merged(2).build());

    assertThat(
            ReviewerStats.reviewers(
                MetricsHistory.judge(changes, MergedBeforeJudge.of(changes, 1)), T0, TO))
        .isEmpty();
  }

  @Test
  public void newcomerJudgedAtCreationFromMergedChangesBefore() {
    List<ChangeDigest> changes =
        List.of(
            owner(1).createdHours(5).build(),
            owner(1).createdHours(0).merged(1).build(),
            owner(1).createdHours(2).merged(1).build());

    assertThat(
            MetricsHistory.judge(changes, MergedBeforeJudge.of(changes, 2)).stream()
                .map(JudgedChange::newcomerAtCreation)
                .toList())
        .containsExactly(true, true, false)
        .inOrder();
  }
}
