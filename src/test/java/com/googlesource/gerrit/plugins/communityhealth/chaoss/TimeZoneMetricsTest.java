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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.Test;

public class TimeZoneMetricsTest {
  private static final Instant TO = T0.plus(Duration.ofDays(30));
  private static final TimeZoneMetrics.Thresholds THRESHOLDS =
      new TimeZoneMetrics.Thresholds(Duration.ofDays(2), Duration.ofDays(1));

  private static TimeZoneMetrics.RegionResponse region(
      List<TimeZoneMetrics.RegionResponse> all, Region r) {
    return all.stream().filter(x -> x.region() == r).findFirst().orElseThrow();
  }

  @Test
  public void ownersAtPlusNineWaitLongerThanOwnersAtMinusSeven() {
    List<ChangeDigest> changes =
        List.of(
            owner(1).offset("+09:00").createdHours(1).reviewed(9, 30).build(),
            owner(1).offset("+09:00").createdHours(2).reviewed(9, 50).build(),
            owner(2).offset("+05:30").createdHours(3).reviewed(9, 10).build(),
            owner(3).offset("-07:00").createdHours(4).reviewed(9, 1).build(),
            owner(3).offset("-07:00").createdHours(5).reviewed(9, 3).build(),
            owner(4).offset("-08:00").createdHours(6).reviewed(9, 2).build(),
            owner(5).offset("+13:45").createdHours(7).build(),
            owner(6).createdHours(8).reviewed(9, 4).build());

    ImmutableList<TimeZoneMetrics.RegionResponse> out =
        TimeZoneMetrics.byRegion(
            MetricsHistory.judge(changes, MergedBeforeJudge.of(changes, 0)), T0, TO, THRESHOLDS);

    assertThat(out.stream().map(TimeZoneMetrics.RegionResponse::region).toList())
        .containsExactly(Region.AMERICAS, Region.EUROPE_AFRICA, Region.ASIA_PACIFIC, Region.UNKNOWN)
        .inOrder();
    TimeZoneMetrics.RegionResponse asia = region(out, Region.ASIA_PACIFIC);
    assertThat(asia.response().changes()).isEqualTo(4);
    assertThat(asia.response().responded()).isEqualTo(3);
    assertThat(asia.response().medianHours()).hasValue(30.0); // 10, 30, 50
    assertThat(asia.response().p90Hours()).hasValue(50.0);
    TimeZoneMetrics.RegionResponse americas = region(out, Region.AMERICAS);
    assertThat(americas.response().changes()).isEqualTo(3);
    assertThat(americas.response().medianHours()).hasValue(2.0); // 1, 2, 3
    assertThat(americas.response().p90Hours()).hasValue(3.0);
    assertThat(asia.response().medianHours().get())
        .isGreaterThan(americas.response().medianHours().get());
    assertThat(region(out, Region.EUROPE_AFRICA).response().changes()).isEqualTo(0);
    assertThat(region(out, Region.EUROPE_AFRICA).response().medianHours()).isEmpty();
    assertThat(region(out, Region.UNKNOWN).response().changes()).isEqualTo(1);
  }

  @Test
  public void ignoredCountsWaitsBeyondTheThresholdIncludingUnanswered() {
    List<ChangeDigest> changes =
        List.of(
            // 50 h > 2 days: ignored
            owner(1).offset("+09:00").createdHours(0).reviewed(9, 50).build(),
            // 40 h < 2 days: not ignored
            owner(1).offset("+09:00").createdHours(1).reviewed(9, 40).build(),
            // never answered, open until the end of the window: ignored
            owner(1).offset("+09:00").createdHours(2).build(),
            // never answered, abandoned after 3 h: not ignored
            owner(1).offset("+09:00").createdHours(3).abandoned(3).build());

    TimeZoneMetrics.RegionResponse asia =
        region(
            TimeZoneMetrics.byRegion(
                MetricsHistory.judge(changes, MergedBeforeJudge.of(changes, 0)),
                T0,
                TO,
                THRESHOLDS),
            Region.ASIA_PACIFIC);

    assertThat(asia.ignored()).isEqualTo(2);
  }

  @Test
  public void newcomersUseTheirOwnThreshold() {
    // 30 h: beyond a newcomer's 1 day, within everyone else's 2 days
    List<ChangeDigest> changes =
        List.of(owner(1).offset("-08:00").createdHours(0).reviewed(9, 30).build());

    assertThat(
            region(
                    TimeZoneMetrics.byRegion(
                        MetricsHistory.judge(changes, MergedBeforeJudge.of(changes, 1)),
                        T0,
                        TO,
                        THRESHOLDS),
                    Region.AMERICAS)
                .ignored())
        .isEqualTo(1);
    assertThat(
            region(
                    TimeZoneMetrics.byRegion(
                        MetricsHistory.judge(changes, MergedBeforeJudge.of(changes, 0)),
                        T0,
                        TO,
                        THRESHOLDS),
                    Region.AMERICAS)
                .ignored())
        .isEqualTo(0);
  }

  @Test
  public void changesOutsideTheWindowDoNotCount() {
    List<ChangeDigest> changes =
        List.of(
            owner(1).offset("+05:30").createdAt(T0.minusSeconds(1)).reviewed(9, 1).build(),
            owner(1).offset("+05:30").createdAt(TO).reviewed(9, 1).build());

    assertThat(
            region(
                    TimeZoneMetrics.byRegion(
                        MetricsHistory.judge(changes, MergedBeforeJudge.of(changes, 0)),
                        T0,
                        TO,
                        THRESHOLDS),
                    Region.ASIA_PACIFIC)
                .response()
                .changes())
        .isEqualTo(0);
  }
}
