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

package com.googlesource.gerrit.plugins.communityhealth.focus;

import static com.google.common.truth.Truth.assertThat;

import org.junit.Test;

public class FocusScoreTest {
  @Test
  public void documentedValues() {
    assertThat(FocusScore.of(1)).isWithin(0.005).of(0.39);
    assertThat(FocusScore.of(2)).isWithin(0.005).of(0.63);
    assertThat(FocusScore.of(3)).isWithin(0.005).of(0.78);
    assertThat(FocusScore.of(4)).isWithin(0.005).of(0.86);
  }

  @Test
  public void noEvidenceIsZeroAndMuchEvidenceStaysBelowOne() {
    assertThat(FocusScore.of(0)).isEqualTo(0.0);
    assertThat(FocusScore.of(-1)).isEqualTo(0.0);
    assertThat(FocusScore.of(30)).isLessThan(1.0);
  }

  @Test
  public void thresholdSitsBetweenHalfAClauseAndOneClause() {
    assertThat(FocusScore.of(0.5)).isLessThan(FocusScore.THRESHOLD);
    assertThat(FocusScore.of(1)).isAtLeast(FocusScore.THRESHOLD);
  }

  @Test
  public void monotonic() {
    double previous = 0;
    for (double e = 0.1; e < 20; e += 0.1) {
      assertThat(FocusScore.of(e)).isGreaterThan(previous);
      previous = FocusScore.of(e);
    }
  }
}
