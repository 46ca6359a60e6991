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

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Decides whether a change waiting on reviewers is ignored: it has waited at least {@code
 * ignoredAfter}, or {@code newcomerIgnoredAfter} when its owner is a newcomer, counting only
 * working days in the owner's time zone when the project says so.
 *
 * <p>The answer depends on the time, so it is computed when read, from a cached {@code
 * waiting_since}.
 */
public final class IgnoredRule {
  /**
   * @param waitingSince from {@link WaitingClock}
   * @param now the current time
   * @param newcomer whether the change owner is a newcomer
   * @param policy the project's {@code [review]} section
   * @param ownerOffset the UTC offset of the owner's commits, which decides their weekend
   */
  public static IgnoredVerdict evaluate(
      Optional<Instant> waitingSince,
      Instant now,
      boolean newcomer,
      ReviewPolicy policy,
      ZoneOffset ownerOffset) {
    Duration threshold = newcomer ? policy.newcomerIgnoredAfter() : policy.ignoredAfter();
    if (waitingSince.isEmpty()) {
      return new IgnoredVerdict(
          false,
          Optional.empty(),
          Duration.ZERO,
          threshold,
          newcomer,
          policy.workingDays(),
          Optional.empty());
    }
    WorkingDaysClock clock = new WorkingDaysClock(policy.workingDays(), ownerOffset);
    Instant since = waitingSince.get();
    Duration waited = clock.elapsed(since, now);
    return new IgnoredVerdict(
        waited.compareTo(threshold) >= 0,
        waitingSince,
        waited,
        threshold,
        newcomer,
        policy.workingDays(),
        Optional.of(clock.plus(since, threshold)));
  }

  private IgnoredRule() {}
}
