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
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.day;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.Test;

public class IgnoredRuleTest {
  private static final ReviewPolicy DEFAULT = ReviewPolicy.DEFAULT;
  private static final ZoneOffset UTC = ZoneOffset.UTC;

  static ReviewPolicy policy(
      Duration ignoredAfter, Duration newcomerIgnoredAfter, boolean working) {
    return new ReviewPolicy(
        ignoredAfter,
        newcomerIgnoredAfter,
        working,
        Optional.empty(),
        true,
        Escalation.MAINTAINERS,
        Pattern.compile(ReviewPolicy.DEFAULT_AWAY_PATTERN),
        false);
  }

  @Test
  public void notWaitingIsNeverIgnored() {
    IgnoredVerdict verdict = IgnoredRule.evaluate(Optional.empty(), day(100), false, DEFAULT, UTC);
    assertThat(verdict.ignored()).isFalse();
    assertThat(verdict.waitingSince()).isEmpty();
    assertThat(verdict.waited()).isEqualTo(Duration.ZERO);
    assertThat(verdict.ignoredFrom()).isEmpty();
    assertThat(verdict.threshold()).isEqualTo(Duration.ofDays(7));
  }

  @Test
  public void belowTheThresholdIsNotIgnored() {
    IgnoredVerdict verdict =
        IgnoredRule.evaluate(Optional.of(day(0)), day(6, 22), false, DEFAULT, UTC);
    assertThat(verdict.ignored()).isFalse();
    assertThat(verdict.waited()).isEqualTo(Duration.ofDays(6).plusHours(12));
    assertThat(verdict.ignoredFrom()).hasValue(day(7));
  }

  @Test
  public void exactlyAtTheThresholdIsIgnored() {
    IgnoredVerdict verdict = IgnoredRule.evaluate(Optional.of(day(0)), day(7), false, DEFAULT, UTC);
    assertThat(verdict.ignored()).isTrue();
    assertThat(verdict.threshold()).isEqualTo(Duration.ofDays(7));
    assertThat(verdict.newcomerThreshold()).isFalse();
    assertThat(verdict.workingDays()).isFalse();
  }

  @Test
  public void newcomersUseTheShorterThreshold() {
    IgnoredVerdict newcomer = IgnoredRule.evaluate(Optional.of(day(0)), day(2), true, DEFAULT, UTC);
    assertThat(newcomer.ignored()).isTrue();
    assertThat(newcomer.threshold()).isEqualTo(Duration.ofDays(2));
    assertThat(newcomer.newcomerThreshold()).isTrue();
    assertThat(newcomer.ignoredFrom()).hasValue(day(2));
    assertThat(IgnoredRule.evaluate(Optional.of(day(0)), day(2), false, DEFAULT, UTC).ignored())
        .isFalse();
  }

  @Test
  public void workingDaysLeaveTheWeekendOut() {
    Instant friday = Instant.parse("2026-11-06T10:00:00Z");
    Instant tuesday = Instant.parse("2026-11-10T10:00:00Z");
    ReviewPolicy working = policy(Duration.ofDays(3), Duration.ofDays(2), true);
    ReviewPolicy allDays = policy(Duration.ofDays(3), Duration.ofDays(2), false);

    IgnoredVerdict verdict =
        IgnoredRule.evaluate(Optional.of(friday), tuesday, false, working, UTC);
    assertThat(verdict.waited()).isEqualTo(Duration.ofDays(2));
    assertThat(verdict.ignored()).isFalse();
    assertThat(verdict.workingDays()).isTrue();
    assertThat(verdict.ignoredFrom()).hasValue(Instant.parse("2026-11-11T10:00:00Z"));

    assertThat(IgnoredRule.evaluate(Optional.of(friday), tuesday, false, allDays, UTC).ignored())
        .isTrue();
    assertThat(IgnoredRule.evaluate(Optional.of(friday), tuesday, true, working, UTC).ignored())
        .isTrue();
  }

  @Test
  public void theOwnersOffsetDecidesTheWeekend() {
    // Friday 20:00 UTC is already Saturday 05:00 in Tokyo.
    Instant since = Instant.parse("2026-11-06T20:00:00Z");
    Instant now = Instant.parse("2026-11-09T08:00:00Z");
    ReviewPolicy policy = policy(Duration.ofHours(15), Duration.ofHours(15), true);
    IgnoredVerdict utc = IgnoredRule.evaluate(Optional.of(since), now, false, policy, UTC);
    IgnoredVerdict tokyo =
        IgnoredRule.evaluate(Optional.of(since), now, false, policy, ZoneOffset.ofHours(9));
    assertThat(utc.waited()).isEqualTo(Duration.ofHours(12));
    assertThat(utc.ignored()).isFalse();
    assertThat(tokyo.waited()).isEqualTo(Duration.ofHours(17));
    assertThat(tokyo.ignored()).isTrue();
  }

  @Test
  public void waitingSinceInTheFutureCountsAsNoWaitYet() {
    IgnoredVerdict verdict = IgnoredRule.evaluate(Optional.of(day(5)), day(4), true, DEFAULT, UTC);
    assertThat(verdict.waited()).isEqualTo(Duration.ZERO);
    assertThat(verdict.ignored()).isFalse();
  }
}
