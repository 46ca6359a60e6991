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

package com.googlesource.gerrit.plugins.communityhealth.newcomer;

import static com.google.common.truth.Truth.assertThat;
import static com.googlesource.gerrit.plugins.communityhealth.newcomer.Thrown.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.Test;

public class WorkingHoursTest {
  private static final WorkingHours NINE_TO_FIVE = WorkingHours.DEFAULT;

  @Test
  public void defaultIsNineToFive() {
    assertThat(NINE_TO_FIVE.start()).isEqualTo(LocalTime.of(9, 0));
    assertThat(NINE_TO_FIVE.end()).isEqualTo(LocalTime.of(17, 0));
    assertThat(NINE_TO_FIVE.length()).isEqualTo(Duration.ofHours(8));
  }

  @Test
  public void sameOffsetOverlapsAllDay() {
    assertThat(NINE_TO_FIVE.overlap(offset(5, 30), offset(5, 30))).isEqualTo(Duration.ofHours(8));
  }

  @Test
  public void ninetyMinutesApartOverlapSixAndAHalfHours() {
    assertThat(NINE_TO_FIVE.overlap(offset(5, 30), offset(4, 0)))
        .isEqualTo(Duration.ofMinutes(390));
  }

  @Test
  public void overlapIsSymmetric() {
    assertThat(NINE_TO_FIVE.overlap(offset(4, 0), offset(5, 30)))
        .isEqualTo(NINE_TO_FIVE.overlap(offset(5, 30), offset(4, 0)));
  }

  @Test
  public void indiaAndCaliforniaDoNotOverlap() {
    assertThat(NINE_TO_FIVE.overlap(offset(5, 30), offset(-8, 0))).isEqualTo(Duration.ZERO);
  }

  @Test
  public void overlapWrapsAroundMidnightUtc() {
    // UTC+10 works 23:00-07:00 UTC, UTC-10 works 19:00-03:00 UTC: 23:00-03:00 together.
    assertThat(NINE_TO_FIVE.overlap(offset(10, 0), offset(-10, 0))).isEqualTo(Duration.ofHours(4));
    // A full day apart: the same wall clock.
    assertThat(NINE_TO_FIVE.overlap(offset(14, 0), offset(-10, 0))).isEqualTo(Duration.ofHours(8));
  }

  @Test
  public void longWorkingDaysOverlapOnBothSides() {
    WorkingHours long16 = new WorkingHours(LocalTime.of(4, 0), LocalTime.of(20, 0));

    // 12 hours apart: 4 hours at each end of the day.
    assertThat(long16.overlap(offset(6, 0), offset(-6, 0))).isEqualTo(Duration.ofHours(8));
  }

  @Test
  public void endMustFollowStart() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new WorkingHours(LocalTime.of(17, 0), LocalTime.of(9, 0)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new WorkingHours(LocalTime.of(9, 0), LocalTime.of(9, 0)));
  }

  private static ZoneOffset offset(int hours, int minutes) {
    return ZoneOffset.ofHoursMinutes(hours, hours < 0 ? -minutes : minutes);
  }

  @Test
  public void includesTheMomentInLocalTimeStartInclusiveEndExclusive() {
    Instant threeUtc = Instant.parse("2026-12-07T03:00:00Z");
    assertThat(NINE_TO_FIVE.includes(ZoneOffset.of("+08:00"), threeUtc)).isTrue(); // 11:00
    assertThat(NINE_TO_FIVE.includes(ZoneOffset.of("-05:00"), threeUtc)).isFalse(); // 22:00
    assertThat(NINE_TO_FIVE.includes(ZoneOffset.of("+13:45"), threeUtc)).isTrue(); // 16:45
    assertThat(NINE_TO_FIVE.includes(ZoneOffset.of("+05:30"), threeUtc)).isFalse(); // 08:30
    assertThat(NINE_TO_FIVE.includes(ZoneOffset.of("+06:00"), threeUtc)).isTrue(); // 09:00
    assertThat(NINE_TO_FIVE.includes(ZoneOffset.of("+14:00"), threeUtc)).isFalse(); // 17:00
    assertThat(
            NINE_TO_FIVE.includes(ZoneOffset.of("-08:00"), Instant.parse("2026-12-07T20:00:00Z")))
        .isTrue(); // 12:00
  }
}
