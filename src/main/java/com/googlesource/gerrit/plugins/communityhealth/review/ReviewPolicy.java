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

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code [review]} section.
 *
 * @param ignoredAfter how long a change may wait on reviewers before it counts as ignored
 * @param newcomerIgnoredAfter the same for changes owned by newcomers
 * @param workingDays whether only Monday to Friday in the owner's time zone count
 * @param exempt a Gerrit change query; matching changes are never flagged or reminded
 * @param remind whether the sweeper posts reminders
 * @param escalate who is added to the attention set of an ignored change
 * @param awayPattern account status that marks a person as away
 * @param dryRun compute and report, post nothing
 */
public record ReviewPolicy(
    Duration ignoredAfter,
    Duration newcomerIgnoredAfter,
    boolean workingDays,
    Optional<String> exempt,
    boolean remind,
    Escalation escalate,
    Pattern awayPattern,
    boolean dryRun) {
  public static final Duration DEFAULT_IGNORED_AFTER = Duration.ofDays(7);
  public static final Duration DEFAULT_NEWCOMER_IGNORED_AFTER = Duration.ofDays(2);
  public static final String DEFAULT_AWAY_PATTERN = "(?i)\\b(ooo|out of office|vacation|away)\\b";

  public static final ReviewPolicy DEFAULT =
      new ReviewPolicy(
          DEFAULT_IGNORED_AFTER,
          DEFAULT_NEWCOMER_IGNORED_AFTER,
          false,
          Optional.empty(),
          false,
          Escalation.MAINTAINERS,
          Pattern.compile(DEFAULT_AWAY_PATTERN),
          false);

  public ReviewPolicy {
    requireNonNull(ignoredAfter, "ignoredAfter");
    requireNonNull(newcomerIgnoredAfter, "newcomerIgnoredAfter");
    requireNonNull(exempt, "exempt");
    requireNonNull(escalate, "escalate");
    requireNonNull(awayPattern, "awayPattern");
  }
}
