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

package com.googlesource.gerrit.plugins.communityhealth.change;

import static com.google.common.truth.Truth.assertThat;

import org.junit.Test;

public class ChangeQueryClausesTest {
  @Test
  public void splitsAtTopLevelOrOnly() {
    assertThat(
            ExemptionMatcher.topLevelAlternatives(
                "message:\"blueprint kilo-objects\" OR topic:bp/kilo-objects OR hashtag:objects"))
        .containsExactly(
            "message:\"blueprint kilo-objects\"", "topic:bp/kilo-objects", "hashtag:objects")
        .inOrder();
  }

  @Test
  public void keepsOrInsideQuotesAndParentheses() {
    assertThat(
            ExemptionMatcher.topLevelAlternatives(
                "(topic:a OR topic:b) OR message:\"this OR that\""))
        .containsExactly("(topic:a OR topic:b)", "message:\"this OR that\"")
        .inOrder();
  }

  @Test
  public void aQueryWithoutTopLevelOrIsOneClause() {
    assertThat(ExemptionMatcher.topLevelAlternatives("topic:a status:open"))
        .containsExactly("topic:a status:open");
    assertThat(ExemptionMatcher.topLevelAlternatives("topic:ORACLE"))
        .containsExactly("topic:ORACLE");
  }
}
