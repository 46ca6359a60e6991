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

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Measures time on a clock that, when {@code workingDays} is on, stops from Saturday 00:00 to
 * Monday 00:00 at the given UTC offset (the change owner's), so a change uploaded on Friday evening
 * is not "ignored" by Monday morning. With {@code workingDays} off it is plain elapsed time.
 *
 * <p>Both directions are O(1): an instant maps to the working time elapsed since a fixed Monday
 * (whole weeks count five days, the current week its weekdays so far), and an elapsed time maps
 * back the same way. A fixed offset has no daylight saving time, so every day has 24 hours.
 *
 * @param workingDays whether Saturdays and Sundays are left out
 * @param offset the UTC offset whose calendar decides what is a weekend
 */
public record WorkingDaysClock(boolean workingDays, ZoneOffset offset) {
  private static final long SECONDS_PER_DAY = 86_400;
  private static final long WORKING_DAYS_PER_WEEK = 5;
  private static final long WORKING_SECONDS_PER_WEEK = WORKING_DAYS_PER_WEEK * SECONDS_PER_DAY;
  // 1970-01-01 was a Thursday: three days after the Monday that starts its week.
  private static final long EPOCH_DAY_TO_MONDAY_WEEK = 3;

  public WorkingDaysClock {
    requireNonNull(offset, "offset");
  }

  /** A clock that counts all time. */
  public static WorkingDaysClock allDays() {
    return new WorkingDaysClock(false, ZoneOffset.UTC);
  }

  /**
   * The time counted between {@code from} and {@code to}; zero when {@code to} is not after {@code
   * from} (a clock skew must not produce a negative wait).
   */
  public Duration elapsed(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    if (!workingDays) {
      return Duration.between(from, to);
    }
    return workingTimeSinceEpochWeek(to).minus(workingTimeSinceEpochWeek(from));
  }

  /**
   * The earliest instant, not before {@code from}, at which {@code amount} has been counted since
   * {@code from}. With working days on, an amount that runs out exactly at a Friday midnight is
   * reached then, not on Monday.
   */
  public Instant plus(Instant from, Duration amount) {
    checkArgument(!amount.isNegative(), "amount %s is negative", amount);
    if (!workingDays) {
      return from.plus(amount);
    }
    Instant reached = instantAtWorkingTime(workingTimeSinceEpochWeek(from).plus(amount));
    return reached.isBefore(from) ? from : reached;
  }

  /** Working time since the Monday 00:00 (local) that starts the week of 1970-01-01. */
  private Duration workingTimeSinceEpochWeek(Instant instant) {
    long localSeconds = Math.addExact(instant.getEpochSecond(), offset.getTotalSeconds());
    long daysSinceMonday = Math.floorDiv(localSeconds, SECONDS_PER_DAY) + EPOCH_DAY_TO_MONDAY_WEEK;
    long week = Math.floorDiv(daysSinceMonday, 7);
    long dayOfWeek = Math.floorMod(daysSinceMonday, 7); // 0 = Monday
    long weekStart = week * WORKING_SECONDS_PER_WEEK;
    if (dayOfWeek >= WORKING_DAYS_PER_WEEK) {
      // Weekend: the clock stands at Friday midnight.
      return Duration.ofSeconds(weekStart + WORKING_SECONDS_PER_WEEK);
    }
    long secondOfDay = Math.floorMod(localSeconds, SECONDS_PER_DAY);
    return Duration.ofSeconds(
        weekStart + dayOfWeek * SECONDS_PER_DAY + secondOfDay, instant.getNano());
  }

  /** The earliest instant whose working time since the epoch's week is {@code workingTime}. */
  private Instant instantAtWorkingTime(Duration workingTime) {
    long seconds = workingTime.getSeconds();
    int nanos = workingTime.getNano();
    long week = Math.floorDiv(seconds, WORKING_SECONDS_PER_WEEK);
    long intoWeek = Math.floorMod(seconds, WORKING_SECONDS_PER_WEEK);
    if (intoWeek == 0 && nanos == 0) {
      // Monday 00:00 reads the same as the Friday midnight before it, which comes first.
      week -= 1;
      intoWeek = WORKING_SECONDS_PER_WEEK;
    }
    long daysSinceEpochMonday = week * 7 + intoWeek / SECONDS_PER_DAY;
    long localSeconds =
        (daysSinceEpochMonday - EPOCH_DAY_TO_MONDAY_WEEK) * SECONDS_PER_DAY
            + intoWeek % SECONDS_PER_DAY;
    return Instant.ofEpochSecond(localSeconds - offset.getTotalSeconds(), nanos);
  }
}
