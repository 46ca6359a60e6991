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

package com.googlesource.gerrit.plugins.communityhealth.acceptance;

import static com.google.common.truth.Truth.assertThat;

import com.googlesource.gerrit.plugins.communityhealth.config.ParsedPolicy;
import com.googlesource.gerrit.plugins.communityhealth.config.PolicyParser;
import com.googlesource.gerrit.plugins.communityhealth.config.ReferenceChecker;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.MentorAs;
import com.googlesource.gerrit.plugins.communityhealth.review.ReviewPolicy;
import java.time.Duration;
import org.eclipse.jgit.lib.Config;
import org.junit.Test;

/** The fluent helper writes what the plugin's parser reads back, with no problem. */
public class HealthConfigTest {
  private static HealthConfig config() {
    return new HealthConfig(
        text -> {
          throw new AssertionError("not pushed in a unit test");
        });
  }

  private static ParsedPolicy parse(HealthConfig config) throws Exception {
    Config cfg = new Config();
    cfg.fromText(config.text());
    return PolicyParser.parse(cfg, ReferenceChecker.ACCEPT_ALL);
  }

  @Test
  public void everySectionReadsBackAsWritten() throws Exception {
    ParsedPolicy parsed =
        parse(
            config()
                .focusArea("upgrades")
                .query("path:\"nova/db/**\" OR subject:\"online migration\"")
                .description("Upgrades; without \\ downtime # really")
                .weight(2)
                .feature("xenapi")
                .path("nova/virt/xenapi/**")
                .path("nova/tests/xenapi/**")
                .maturity("experimental")
                .maintainer("vera")
                .maintainer("group:Xen Core")
                .newcomer()
                .welcome(true)
                .maxMergedChanges(1)
                .mentor("mo")
                .mentorAs("cc")
                .review()
                .remind(true)
                .ignoredAfter("2d")
                .newcomerIgnoredAfter("36h")
                .workingDays(true)
                .exempt("hashtag:frozen"));

    assertThat(parsed.problems()).isEmpty();
    FocusAreaDefinition area = parsed.policy().focusAreas().get(0);
    assertThat(area.name()).isEqualTo("upgrades");
    assertThat(area.query()).isEqualTo("path:\"nova/db/**\" OR subject:\"online migration\"");
    assertThat(area.description()).isEqualTo("Upgrades; without \\ downtime # really");
    assertThat(area.weight()).isEqualTo(2.0);
    assertThat(parsed.policy().features().get(0).name()).isEqualTo("xenapi");
    assertThat(parsed.policy().features().get(0).maintainers())
        .containsExactly("vera", "group:Xen Core")
        .inOrder();
    assertThat(parsed.policy().newcomer().welcome()).isTrue();
    assertThat(parsed.policy().newcomer().maxMergedChanges()).isEqualTo(1);
    assertThat(parsed.policy().newcomer().mentors()).containsExactly("mo");
    assertThat(parsed.policy().newcomer().mentorAs()).isEqualTo(MentorAs.CC);
    ReviewPolicy review = parsed.policy().review();
    assertThat(review.remind()).isTrue();
    assertThat(review.ignoredAfter()).isEqualTo(Duration.ofDays(2));
    assertThat(review.newcomerIgnoredAfter()).isEqualTo(Duration.ofHours(36));
    assertThat(review.workingDays()).isTrue();
    assertThat(review.exempt()).hasValue("hashtag:frozen");
  }

  @Test
  public void aKeyBeforeAnySectionIsAMistakeInTheTest() {
    try {
      config().remind(true);
    } catch (IllegalStateException e) {
      assertThat(e).hasMessageThat().contains("start a section");
      return;
    }
    throw new AssertionError("a key before any section was accepted");
  }
}
