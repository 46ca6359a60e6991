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

package com.googlesource.gerrit.plugins.communityhealth.review;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.expectThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.Test;

public class WorkingDaysClockTest {
  private static final ZoneOffset UTC = ZoneOffset.UTC;
  private static final ZoneOffset TOKYO = ZoneOffset.ofHours(9);
  private static final ZoneOffset CALIFORNIA = ZoneOffset.ofHours(-8);
  private static final ZoneOffset INDIA = ZoneOffset.ofHoursMinutes(5, 30);
  private static final ZoneOffset KIRIBATI = ZoneOffset.ofHours(14);
  private static final ZoneOffset BAKER_ISLAND = ZoneOffset.ofHours(-12);

  // 2026-11-02 is a Monday; 2026-11-07/08 the weekend after it.
  private static final Instant FRIDAY_18H = Instant.parse("2026-11-06T18:00:00Z");
  private static final Instant MONDAY_09H = Instant.parse("2026-11-09T09:00:00Z");

  private static Duration working(ZoneOffset offset, String from, String to) {
    return new WorkingDaysClock(true, offset).elapsed(Instant.parse(from), Instant.parse(to));
  }

  @Test
  public void allDaysCountsPlainElapsedTime() {
    assertThat(WorkingDaysClock.allDays().elapsed(FRIDAY_18H, MONDAY_09H))
        .isEqualTo(Duration.ofHours(63));
    assertThat(new WorkingDaysClock(false, TOKYO).elapsed(FRIDAY_18H, MONDAY_09H))
        .isEqualTo(Duration.ofHours(63));
  }

  @Test
  public void weekendIsLeftOut() {
    assertThat(new WorkingDaysClock(true, UTC).elapsed(FRIDAY_18H, MONDAY_09H))
        .isEqualTo(Duration.ofHours(15));
  }

  @Test
  public void withinOneWeekday() {
    assertThat(working(UTC, "2026-11-03T08:00:00Z", "2026-11-03T17:30:00Z"))
        .isEqualTo(Duration.ofMinutes(9 * 60 + 30));
  }

  @Test
  public void acrossAWeeksTurn() {
    assertThat(working(UTC, "2026-11-04T10:00:00Z", "2026-11-11T10:00:00Z"))
        .isEqualTo(Duration.ofDays(5));
  }

  @Test
  public void startInsideAWeekend() {
    assertThat(working(UTC, "2026-11-07T12:00:00Z", "2026-11-09T10:00:00Z"))
        .isEqualTo(Duration.ofHours(10));
  }

  @Test
  public void endInsideAWeekend() {
    assertThat(working(UTC, "2026-11-06T20:00:00Z", "2026-11-08T23:00:00Z"))
        .isEqualTo(Duration.ofHours(4));
  }

  @Test
  public void bothInsideTheSameWeekend() {
    assertThat(working(UTC, "2026-11-07T01:00:00Z", "2026-11-08T22:00:00Z"))
        .isEqualTo(Duration.ZERO);
    assertThat(working(UTC, "2026-11-07T00:00:00Z", "2026-11-09T00:00:00Z"))
        .isEqualTo(Duration.ZERO);
    assertThat(working(UTC, "2026-11-06T00:00:00Z", "2026-11-09T00:00:00Z"))
        .isEqualTo(Duration.ofDays(1));
  }

  @Test
  public void aYearOfWeeks() {
    assertThat(working(UTC, "2026-11-02T00:00:00Z", "2027-11-01T00:00:00Z"))
        .isEqualTo(Duration.ofDays(52 * 5));
  }

  @Test
  public void eastOfUtcTheWeekendStartsEarlier() {
    // Friday 20:00 UTC is Saturday 05:00 in Tokyo; Monday 02:00 UTC is Monday 11:00 there.
    assertThat(working(TOKYO, "2026-11-06T20:00:00Z", "2026-11-09T02:00:00Z"))
        .isEqualTo(Duration.ofHours(11));
    assertThat(working(UTC, "2026-11-06T20:00:00Z", "2026-11-09T02:00:00Z"))
        .isEqualTo(Duration.ofHours(6));
  }

  @Test
  public void westOfUtcTheWeekendEndsLater() {
    // Friday 12:00 to Sunday 18:00 in California.
    assertThat(working(CALIFORNIA, "2026-11-06T20:00:00Z", "2026-11-09T02:00:00Z"))
        .isEqualTo(Duration.ofHours(12));
  }

  @Test
  public void halfHourOffset() {
    // Friday 23:30 to Saturday 05:30 in India: half an hour of Friday.
    assertThat(working(INDIA, "2026-11-06T18:00:00Z", "2026-11-07T00:00:00Z"))
        .isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  public void extremeOffsets() {
    // Thursday 17:00 to Sunday 17:00 at UTC-12; Friday 19:00 to Monday 19:00 at UTC+14.
    assertThat(working(BAKER_ISLAND, "2026-11-06T05:00:00Z", "2026-11-09T05:00:00Z"))
        .isEqualTo(Duration.ofHours(31));
    assertThat(working(KIRIBATI, "2026-11-06T05:00:00Z", "2026-11-09T05:00:00Z"))
        .isEqualTo(Duration.ofHours(24));
  }

  @Test
  public void beforeTheEpoch() {
    // 1969-12-26 was a Friday.
    assertThat(working(UTC, "1969-12-26T12:00:00Z", "1969-12-29T12:00:00Z"))
        .isEqualTo(Duration.ofHours(24));
  }

  @Test
  public void keepsSubSecondPrecision() {
    assertThat(working(UTC, "2026-11-03T10:00:00.500Z", "2026-11-03T10:00:01.250Z"))
        .isEqualTo(Duration.ofMillis(750));
  }

  @Test
  public void endNotAfterStartIsZero() {
    WorkingDaysClock clock = new WorkingDaysClock(true, UTC);
    assertThat(clock.elapsed(MONDAY_09H, FRIDAY_18H)).isEqualTo(Duration.ZERO);
    assertThat(clock.elapsed(MONDAY_09H, MONDAY_09H)).isEqualTo(Duration.ZERO);
    assertThat(WorkingDaysClock.allDays().elapsed(MONDAY_09H, FRIDAY_18H)).isEqualTo(Duration.ZERO);
  }

  @Test
  public void agreesWithADayByDayCountEverywhere() {
    Random random = new Random(20261102);
    long base = Instant.parse("2026-10-01T00:00:00Z").getEpochSecond();
    for (int i = 0; i < 3000; i++) {
      ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(26 * 4 + 1) - 12 * 4) * 900);
      Instant from =
          Instant.ofEpochSecond(base + random.nextInt(60 * 86_400), random.nextInt(1000));
      Instant to = from.plusSeconds(random.nextInt(30 * 86_400));
      assertWithMessage("%s to %s at %s", from, to, offset)
          .that(new WorkingDaysClock(true, offset).elapsed(from, to))
          .isEqualTo(dayByDay(from, to, offset));
    }
  }

  @Test
  public void plusStopsAtFridayMidnightRatherThanMonday() {
    WorkingDaysClock clock = new WorkingDaysClock(true, UTC);
    assertThat(clock.plus(Instant.parse("2026-11-02T00:00:00Z"), Duration.ofDays(5)))
        .isEqualTo(Instant.parse("2026-11-07T00:00:00Z"));
  }

  @Test
  public void plusSkipsTheWeekend() {
    WorkingDaysClock clock = new WorkingDaysClock(true, UTC);
    assertThat(clock.plus(Instant.parse("2026-11-06T20:00:00Z"), Duration.ofHours(10)))
        .isEqualTo(Instant.parse("2026-11-09T06:00:00Z"));
    assertThat(clock.plus(Instant.parse("2026-11-04T10:00:00Z"), Duration.ofDays(7)))
        .isEqualTo(Instant.parse("2026-11-13T10:00:00Z"));
  }

  @Test
  public void plusFromInsideAWeekend() {
    WorkingDaysClock clock = new WorkingDaysClock(true, UTC);
    Instant saturday = Instant.parse("2026-11-07T12:00:00Z");
    assertThat(clock.plus(saturday, Duration.ZERO)).isEqualTo(saturday);
    assertThat(clock.plus(saturday, Duration.ofHours(1)))
        .isEqualTo(Instant.parse("2026-11-09T01:00:00Z"));
    // Saturday 05:00 in Tokyo: one working hour later is Monday 01:00 there.
    assertThat(
            new WorkingDaysClock(true, TOKYO)
                .plus(Instant.parse("2026-11-06T20:00:00Z"), Duration.ofHours(1)))
        .isEqualTo(Instant.parse("2026-11-08T16:00:00Z"));
  }

  @Test
  public void plusWithAllDaysIsPlainAddition() {
    assertThat(WorkingDaysClock.allDays().plus(FRIDAY_18H, Duration.ofHours(63)))
        .isEqualTo(MONDAY_09H);
  }

  @Test
  public void plusIsTheEarliestInstantReachingTheAmount() {
    Random random = new Random(7);
    long base = Instant.parse("2026-10-01T00:00:00Z").getEpochSecond();
    for (int i = 0; i < 3000; i++) {
      ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(26 * 4 + 1) - 12 * 4) * 900);
      WorkingDaysClock clock = new WorkingDaysClock(true, offset);
      Instant from =
          Instant.ofEpochSecond(base + random.nextInt(60 * 86_400), random.nextInt(1000));
      Duration amount = Duration.ofSeconds(random.nextInt(20 * 86_400));
      Instant reached = clock.plus(from, amount);
      String context = from + " + " + amount + " at " + offset + " = " + reached;
      assertWithMessage(context).that(clock.elapsed(from, reached)).isEqualTo(amount);
      if (reached.isAfter(from)) {
        assertWithMessage(context)
            .that(clock.elapsed(from, reached.minusNanos(1)))
            .isLessThan(amount);
      }
    }
  }

  @Test
  public void plusRejectsNegativeAmounts() {
    expectThrows(
        IllegalArgumentException.class,
        () -> new WorkingDaysClock(true, UTC).plus(FRIDAY_18H, Duration.ofHours(-1)));
  }

  /** Reference: walk the calendar day by day with java.time and add each weekday's overlap. */
  private static Duration dayByDay(Instant from, Instant to, ZoneOffset offset) {
    Duration total = Duration.ZERO;
    LocalDate last = to.atOffset(offset).toLocalDate();
    for (LocalDate d = from.atOffset(offset).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
      if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      Instant dayStart = d.atStartOfDay().toInstant(offset);
      Instant dayEnd = d.plusDays(1).atStartOfDay().toInstant(offset);
      Instant start = from.isAfter(dayStart) ? from : dayStart;
      Instant end = to.isBefore(dayEnd) ? to : dayEnd;
      if (end.isAfter(start)) {
        total = total.plus(Duration.between(start, end));
      }
    }
    return total;
  }
}
