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

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class CommunityMetricsTest {
  private static final Instant T0 = Instant.parse("2026-09-01T00:00:00Z");

  private static ChangeHistory change(
      int owner, int day, Optional<Integer> responseHours, boolean newcomer) {
    Instant created = T0.plus(Duration.ofDays(day));
    return new ChangeHistory(
        owner, created, responseHours.map(h -> created.plus(Duration.ofHours(h))), newcomer);
  }

  @Test
  public void timeToFirstResponseSeparatesNewcomersAndSkipsUnanswered() {
    List<ChangeHistory> changes =
        List.of(
            change(1, 1, Optional.of(10), true),
            change(2, 2, Optional.of(30), true),
            change(3, 3, Optional.empty(), true),
            change(4, 4, Optional.of(2), false),
            change(5, 200, Optional.of(1), true)); // outside the window

    ResponseTimes newcomers =
        CommunityMetrics.timeToFirstResponse(changes, T0, T0.plus(Duration.ofDays(90)), true);
    ResponseTimes others =
        CommunityMetrics.timeToFirstResponse(changes, T0, T0.plus(Duration.ofDays(90)), false);

    assertThat(newcomers.changes()).isEqualTo(3);
    assertThat(newcomers.responded()).isEqualTo(2);
    assertThat(newcomers.medianHours()).hasValue(20.0);
    assertThat(newcomers.p90Hours()).hasValue(30.0);
    assertThat(others.medianHours()).hasValue(2.0);
  }

  @Test
  public void noResponsesGiveNoMedian() {
    ResponseTimes r =
        CommunityMetrics.timeToFirstResponse(
            List.of(change(1, 1, Optional.empty(), true)), T0, T0.plus(Duration.ofDays(9)), true);
    assertThat(r.changes()).isEqualTo(1);
    assertThat(r.medianHours()).isEmpty();
  }

  @Test
  public void newContributorsPerMonthWithReturners() {
    List<ChangeHistory> changes =
        List.of(
            change(1, 2, Optional.empty(), true),
            change(1, 40, Optional.empty(), false), // owner 1 came back
            change(2, 5, Optional.empty(), true),
            change(3, 35, Optional.empty(), true),
            change(9, -100, Optional.empty(), false), // a veteran from before the window
            change(9, 10, Optional.empty(), false));

    ImmutableList<MonthlyNewContributors> months =
        CommunityMetrics.newContributors(changes, T0, T0.plus(Duration.ofDays(60)));

    assertThat(months)
        .containsExactly(
            new MonthlyNewContributors(YearMonth.of(2026, 9), 2, 1),
            new MonthlyNewContributors(YearMonth.of(2026, 10), 1, 0))
        .inOrder();
  }

  @Test
  public void backlogBucketsByDaysWaited() {
    ImmutableList<BacklogBucket> buckets =
        CommunityMetrics.backlog(
            List.of(
                new CommunityMetrics.Waiting(Duration.ofHours(5), true, false),
                new CommunityMetrics.Waiting(Duration.ofDays(2), false, false),
                new CommunityMetrics.Waiting(Duration.ofDays(8), true, true),
                new CommunityMetrics.Waiting(Duration.ofDays(100), false, true)));

    assertThat(buckets).hasSize(6);
    assertThat(buckets.get(0).waiting()).isEqualTo(1);
    assertThat(buckets.get(0).newcomer()).isEqualTo(1);
    assertThat(buckets.get(1).waiting()).isEqualTo(1);
    assertThat(buckets.get(3).waiting()).isEqualTo(1);
    assertThat(buckets.get(3).ignored()).isEqualTo(1);
    assertThat(buckets.get(5).waiting()).isEqualTo(1);
    assertThat(buckets.get(5).maxDays()).isEmpty();
    assertThat(buckets.get(2).waiting()).isEqualTo(0);
  }
}
