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

package com.googlesource.gerrit.plugins.communityhealth.access;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.googlesource.gerrit.plugins.communityhealth.config.EffectiveConfig;
import java.util.Optional;
import org.junit.Test;

public class ConfigVisibilityTest {
  private static final ImmutableList<EffectiveConfig.Section> SECTIONS =
      ImmutableList.of(
          section(
              "feature",
              "db",
              ImmutableMap.of(
                  "title", "Database",
                  "maturity", "complete",
                  "testing", "checked",
                  "maintainer", "vera@example.com",
                  "path", "db/**")),
          section(
              "focusArea", "upgrades", ImmutableMap.of("description", "Upgrades", "query", "q")),
          section("newcomer", null, ImmutableMap.of("mentor", "mia@example.com")),
          section("review", null, ImmutableMap.of("awayPattern", "(?i)ooo", "exempt", "x")));

  @Test
  public void fullShowsEverythingWithSources() {
    assertThat(ConfigVisibility.FULL.visible(SECTIONS)).isEqualTo(SECTIONS);
  }

  @Test
  public void signalsOnlyShowsWhatTheSignalsShow() {
    ImmutableList<EffectiveConfig.Section> visible =
        ConfigVisibility.SIGNALS_ONLY.visible(SECTIONS);
    assertThat(visible).hasSize(2);
    assertThat(visible.get(0).values().keySet()).containsExactly("maturity", "testing");
    assertThat(visible.get(1).values().keySet()).containsExactly("description");
    assertThat(visible.get(0).name()).hasValue("db");
    assertThat(visible.get(1).name()).hasValue("upgrades");
    for (EffectiveConfig.Section s : visible) {
      assertThat(s.source()).isEqualTo(ConfigVisibility.HIDDEN_SOURCE);
      s.values().values().forEach(v -> assertThat(v.source()).isEqualTo("hidden"));
    }
    assertThat(visible.toString()).doesNotContain("example.com");
    assertThat(visible.toString()).doesNotContain("ooo");
  }

  private static EffectiveConfig.Section section(
      String section, String name, ImmutableMap<String, String> values) {
    ImmutableMap.Builder<String, EffectiveConfig.Value> v = ImmutableMap.builder();
    values.forEach((k, x) -> v.put(k, new EffectiveConfig.Value(x, "demo")));
    return new EffectiveConfig.Section(
        section, Optional.ofNullable(name), "demo", v.buildOrThrow());
  }
}
