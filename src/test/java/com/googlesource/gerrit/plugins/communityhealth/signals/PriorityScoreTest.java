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

package com.googlesource.gerrit.plugins.communityhealth.signals;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.NewcomerDecision;
import com.googlesource.gerrit.plugins.communityhealth.review.IgnoredVerdict;
import com.googlesource.gerrit.plugins.communityhealth.tier.TierSignal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.Test;

public class PriorityScoreTest {
  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  private static String waitingDetail(Duration waited) {
    Instant since = NOW.minus(waited);
    Signals s =
        new Signals(
            new ChangeSignals(
                TierSignal.NONE, ImmutableList.of(), false, Optional.of(since), 1, ZoneOffset.UTC),
            new NewcomerDecision(false, NewcomerDecision.Basis.MERGED_CHANGES, "veteran"),
            new IgnoredVerdict(
                false,
                Optional.of(since),
                waited,
                Duration.ofDays(7),
                false,
                false,
                Optional.empty()));
    return PriorityScore.of(s, NOW).breakdown().stream()
        .filter(f -> f.factor().equals("waiting"))
        .findFirst()
        .orElseThrow()
        .detail();
  }

  @Test
  public void waitingDetailIsInTheWordsOfTheMessages() {
    assertThat(waitingDetail(Duration.ofDays(7).plusHours(3))).isEqualTo("waiting 7 days");
    // Was "waiting 1 days" and "waiting 0 days".
    assertThat(waitingDetail(Duration.ofDays(1).plusHours(3))).isEqualTo("waiting 1 day");
    assertThat(waitingDetail(Duration.ofHours(5))).isEqualTo("waiting 5 hours");
  }
}
