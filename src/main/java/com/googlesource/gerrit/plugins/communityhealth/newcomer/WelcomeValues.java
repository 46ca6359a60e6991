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

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.text.HumanDuration;
import java.time.Duration;
import java.util.Optional;

/**
 * The values a welcome template refers to, raw as users and configuration supplied them: {@link
 * WelcomeMessage} escapes them.
 *
 * @param owner the change owner's display name ({@code ${owner}})
 * @param project the project name ({@code ${project}})
 * @param mentors the chosen mentors' display names, best first ({@code ${mentors}})
 * @param guide the contributor guide URL ({@code ${guide}}); left out unless it is http(s)
 * @param ignoredAfter after how long a waiting newcomer's change is brought to a reviewer's
 *     attention, in words as {@link #ignoredAfterText} writes it, e.g. {@code 2 days} ({@code
 *     ${ignoredAfter}}); empty when reminders are off
 */
public record WelcomeValues(
    String owner,
    String project,
    ImmutableList<String> mentors,
    Optional<String> guide,
    Optional<String> ignoredAfter) {
  public WelcomeValues {
    requireNonNull(owner, "owner");
    requireNonNull(project, "project");
    requireNonNull(mentors, "mentors");
    requireNonNull(guide, "guide");
    requireNonNull(ignoredAfter, "ignoredAfter");
  }

  /**
   * The {@code ${ignoredAfter}} text for a project's {@code newcomerIgnoredAfter}: the words the
   * reminder uses for the same threshold ("2 days", "2 working days"), not the configuration form
   * ("2d").
   */
  public static String ignoredAfterText(Duration newcomerIgnoredAfter, boolean workingDays) {
    return HumanDuration.exact(newcomerIgnoredAfter, workingDays);
  }
}
