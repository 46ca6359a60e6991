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

package com.googlesource.gerrit.plugins.communityhealth.chaoss;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A project's {@code [dashboard]} section.
 *
 * @param reviewerStats who may read {@code ~reviewers}
 * @param coreGuide a link to what the project expects of a core reviewer, shown beside the table
 */
public record DashboardPolicy(ReviewerStatsAccess reviewerStats, Optional<String> coreGuide) {
  public static final DashboardPolicy DEFAULT =
      new DashboardPolicy(ReviewerStatsAccess.OWNERS, Optional.empty());

  /** Who may read the per-reviewer statistics. */
  public enum ReviewerStatsAccess {
    /** The project's owners (and administrators). */
    OWNERS,
    /** Everyone who can see the project. */
    EVERYONE,
    /** Nobody: the endpoint answers 404. */
    OFF
  }

  public DashboardPolicy {
    requireNonNull(reviewerStats, "reviewerStats");
    requireNonNull(coreGuide, "coreGuide");
  }
}
