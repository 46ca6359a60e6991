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

package com.googlesource.gerrit.plugins.communityhealth.text;

import static com.google.common.truth.Truth.assertThat;

import java.time.Duration;
import org.junit.Test;

public class HumanDurationTest {
  @Test
  public void exactUsesTheLargestUnitThatStatesItExactly() {
    assertThat(HumanDuration.exact(Duration.ofDays(7), false)).isEqualTo("7 days");
    assertThat(HumanDuration.exact(Duration.ofDays(1), false)).isEqualTo("1 day");
    assertThat(HumanDuration.exact(Duration.ofDays(14), false)).isEqualTo("14 days");
    assertThat(HumanDuration.exact(Duration.ofHours(36), false)).isEqualTo("36 hours");
    assertThat(HumanDuration.exact(Duration.ofMinutes(90), false)).isEqualTo("90 minutes");
    assertThat(HumanDuration.exact(Duration.ofSeconds(30), false)).isEqualTo("30 seconds");
    assertThat(HumanDuration.exact(Duration.ZERO, false)).isEqualTo("0 minutes");
  }

  @Test
  public void roundedDownKeepsTheLargestWholeUnit() {
    assertThat(HumanDuration.roundedDown(Duration.ofDays(8).plusHours(20), false))
        .isEqualTo("8 days");
    assertThat(HumanDuration.roundedDown(Duration.ofHours(1).plusMinutes(59), false))
        .isEqualTo("1 hour");
    assertThat(HumanDuration.roundedDown(Duration.ofMinutes(5), false)).isEqualTo("5 minutes");
    assertThat(HumanDuration.roundedDown(Duration.ofSeconds(59), false))
        .isEqualTo("less than a minute");
  }

  @Test
  public void workingQualifiesDaysOnly() {
    assertThat(HumanDuration.exact(Duration.ofDays(7), true)).isEqualTo("7 working days");
    assertThat(HumanDuration.roundedDown(Duration.ofDays(1), true)).isEqualTo("1 working day");
    assertThat(HumanDuration.exact(Duration.ofHours(36), true)).isEqualTo("36 hours");
  }
}
