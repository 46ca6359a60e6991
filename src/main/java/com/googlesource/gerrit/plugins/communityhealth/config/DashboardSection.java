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

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.DashboardPolicy;
import com.googlesource.gerrit.plugins.communityhealth.text.MessageText;
import java.util.Optional;

/** Parses {@code [dashboard]}. */
final class DashboardSection {
  static final String SECTION = "dashboard";
  static final String KEY_REVIEWER_STATS = "reviewerStats";
  static final String KEY_CORE_GUIDE = "coreGuide";
  static final ImmutableList<String> KEYS = ImmutableList.of(KEY_REVIEWER_STATS, KEY_CORE_GUIDE);

  static DashboardPolicy parse(SectionReader r) {
    DashboardPolicy d = DashboardPolicy.DEFAULT;
    r.rejectUnknownKeys(KEYS);
    Optional<String> guide = r.string(KEY_CORE_GUIDE);
    Optional<String> problem = guide.flatMap(MessageText::linkProblem);
    problem.ifPresent(p -> r.problem(KEY_CORE_GUIDE, p));
    return new DashboardPolicy(
        r.enumValue(
            KEY_REVIEWER_STATS, DashboardPolicy.ReviewerStatsAccess.class, d.reviewerStats()),
        problem.isPresent() ? Optional.empty() : guide);
  }

  private DashboardSection() {}
}
