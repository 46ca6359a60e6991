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
import com.googlesource.gerrit.plugins.communityhealth.review.Escalation;
import com.googlesource.gerrit.plugins.communityhealth.review.ReviewPolicy;
import java.util.Optional;

/** Parses {@code [review]}. */
final class ReviewSection {
  static final String SECTION = "review";
  static final String KEY_IGNORED_AFTER = "ignoredAfter";
  static final String KEY_NEWCOMER_IGNORED_AFTER = "newcomerIgnoredAfter";
  static final String KEY_WORKING_DAYS = "workingDays";
  static final String KEY_EXEMPT = "exempt";
  static final String KEY_REMIND = "remind";
  static final String KEY_ESCALATE = "escalate";
  static final String KEY_AWAY_PATTERN = "awayPattern";
  static final String KEY_DRY_RUN = "dryRun";
  static final ImmutableList<String> KEYS =
      ImmutableList.of(
          KEY_IGNORED_AFTER,
          KEY_NEWCOMER_IGNORED_AFTER,
          KEY_WORKING_DAYS,
          KEY_EXEMPT,
          KEY_REMIND,
          KEY_ESCALATE,
          KEY_AWAY_PATTERN,
          KEY_DRY_RUN);

  static ReviewPolicy parse(SectionReader r, ReferenceChecker refs) {
    ReviewPolicy d = ReviewPolicy.DEFAULT;
    r.rejectUnknownKeys(KEYS);
    Optional<String> exempt = r.string(KEY_EXEMPT);
    exempt.flatMap(refs::checkChangeQuery).ifPresent(p -> r.problem(KEY_EXEMPT, p));
    return new ReviewPolicy(
        r.duration(KEY_IGNORED_AFTER, d.ignoredAfter()),
        r.duration(KEY_NEWCOMER_IGNORED_AFTER, d.newcomerIgnoredAfter()),
        r.bool(KEY_WORKING_DAYS, d.workingDays()),
        exempt,
        r.bool(KEY_REMIND, d.remind()),
        r.enumValue(KEY_ESCALATE, Escalation.class, d.escalate()),
        r.regex(KEY_AWAY_PATTERN, ReviewPolicy.DEFAULT_AWAY_PATTERN),
        r.bool(KEY_DRY_RUN, d.dryRun()));
  }

  private ReviewSection() {}
}
