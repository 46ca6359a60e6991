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

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * A working day in local time, the same for everyone, used to compare time zones: two people
 * overlap by the hours in which both are inside their working day at the same instant.
 *
 * <p>Both windows repeat every 24 hours, so a shift of {@code d} hours between two people gives an
 * overlap of {@code max(0, L - d) + max(0, L - (24 - d))} for a window of length {@code L} and
 * {@code d} reduced to {@code [0, 24)}. With the default 09:00–17:00 window: equal offsets overlap
 * 8 h, UTC+05:30 and UTC+04:00 overlap 6 h 30 min, UTC+05:30 and UTC−08:00 (13 h 30 min apart)
 * overlap not at all. Weekdays are ignored: offsets more than 12 hours apart share most working
 * hours but not always the same weekday, which matters little for mentoring.
 *
 * @param start when the working day begins, local time
 * @param end when it ends, local time, after {@code start} (no windows across midnight)
 */
public record WorkingHours(LocalTime start, LocalTime end) {
  public static final WorkingHours DEFAULT =
      new WorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0));

  private static final long DAY_SECONDS = Duration.ofDays(1).toSeconds();

  public WorkingHours {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    checkArgument(
        start.isBefore(end), "working hours must end after they start: %s-%s", start, end);
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  /** How long the working days of people at these two offsets overlap, each day. */
  public Duration overlap(ZoneOffset a, ZoneOffset b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    long length = length().toSeconds();
    long shift = Math.floorMod((long) a.getTotalSeconds() - b.getTotalSeconds(), DAY_SECONDS);
    long overlap = Math.max(0, length - shift) + Math.max(0, length - (DAY_SECONDS - shift));
    return Duration.ofSeconds(overlap);
  }

  /** Whether someone at {@code offset} is inside their working day at {@code moment}. */
  public boolean includes(ZoneOffset offset, Instant moment) {
    requireNonNull(offset, "offset");
    requireNonNull(moment, "moment");
    LocalTime local = moment.atOffset(offset).toLocalTime();
    return !local.isBefore(start) && local.isBefore(end);
  }
}
