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

package com.googlesource.gerrit.plugins.communityhealth.config;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.junit.Test;

public class InheritedConfigTest {
  private static final String ROOT =
      """
      [feature "libvirt"]
        path = nova/virt/libvirt/**
        maturity = complete
      [feature "hyperv"]
        path = nova/virt/hyperv/**
      [review]
        ignoredAfter = 3d
        remind = true
      """;
  private static final String CHILD =
      """
      [feature "libvirt"]
        path = nova/virt/libvirt/**
        maturity = experimental
      [review]
        ignoredAfter = 5d
      """;

  @Test
  public void childSectionReplacesParentSectionWhole() throws Exception {
    InheritedConfig merged = merge(ROOT, CHILD);
    ProjectPolicy policy =
        PolicyParser.parse(merged.config(), ReferenceChecker.ACCEPT_ALL).policy();

    assertThat(policy.features().stream().map(f -> f.name())).containsExactly("libvirt", "hyperv");
    assertThat(
            policy.features().stream()
                .filter(f -> f.name().equals("libvirt"))
                .findFirst()
                .get()
                .maturity()
                .name())
        .isEqualTo("EXPERIMENTAL");
    // The child's [review] replaces the parent's as a whole: remind falls back to its default.
    assertThat(policy.review().ignoredAfter().toDays()).isEqualTo(5);
    assertThat(policy.review().remind()).isFalse();
  }

  @Test
  public void remembersWhereEachSectionCameFrom() throws Exception {
    InheritedConfig merged = merge(ROOT, CHILD);
    assertThat(merged.source("feature", Optional.of("libvirt"))).hasValue("child");
    assertThat(merged.source("feature", Optional.of("hyperv"))).hasValue("All-Projects");
    assertThat(merged.source("review", Optional.empty())).hasValue("child");
    assertThat(merged.source("newcomer", Optional.empty())).isEmpty();
  }

  @Test
  public void effectiveConfigNamesTheSourceOfEveryValue() throws Exception {
    InheritedConfig merged = merge(ROOT, CHILD);
    ParsedPolicy parsed = PolicyParser.parse(merged.config(), ReferenceChecker.ACCEPT_ALL);
    ImmutableList<EffectiveConfig.Section> sections =
        EffectiveConfig.describe(LoadedPolicy.compile(parsed, merged, "test"));

    EffectiveConfig.Section review =
        sections.stream().filter(s -> s.section().equals("review")).findFirst().get();
    assertThat(review.source()).isEqualTo("child");
    assertThat(review.values().get("ignoredAfter"))
        .isEqualTo(new EffectiveConfig.Value("5d", "child"));
    assertThat(review.values().get("remind"))
        .isEqualTo(new EffectiveConfig.Value("false", EffectiveConfig.DEFAULT_SOURCE));

    EffectiveConfig.Section hyperv =
        sections.stream().filter(s -> s.name().equals(Optional.of("hyperv"))).findFirst().get();
    assertThat(hyperv.source()).isEqualTo("All-Projects");
    assertThat(hyperv.values().get("maturity"))
        .isEqualTo(new EffectiveConfig.Value("experimental", EffectiveConfig.DEFAULT_SOURCE));
    assertThat(hyperv.values().get("path"))
        .isEqualTo(
            new EffectiveConfig.Value(ImmutableList.of("nova/virt/hyperv/**"), "All-Projects"));
    assertThat(hyperv.values()).doesNotContainKey("maintainer");

    EffectiveConfig.Section newcomer =
        sections.stream().filter(s -> s.section().equals("newcomer")).findFirst().get();
    assertThat(newcomer.source()).isEqualTo(EffectiveConfig.DEFAULT_SOURCE);
  }

  @Test
  public void formatsDurationsInTheLargestWholeUnit() {
    assertThat(EffectiveConfig.format(java.time.Duration.ofDays(14))).isEqualTo("14d");
    assertThat(EffectiveConfig.format(java.time.Duration.ofHours(36))).isEqualTo("36h");
    assertThat(EffectiveConfig.format(java.time.Duration.ofMinutes(15))).isEqualTo("15min");
    assertThat(EffectiveConfig.format(java.time.Duration.ofSeconds(2))).isEqualTo("2s");
  }

  private static InheritedConfig merge(String root, String child) throws Exception {
    return InheritedConfig.merge(
        ImmutableList.of(
            new InheritedConfig.Level("All-Projects", PolicyParserTest.text(root)),
            new InheritedConfig.Level("child", PolicyParserTest.text(child))));
  }
}
