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

package com.googlesource.gerrit.plugins.communityhealth.tier;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One row of the support matrix: a feature's declared tier beside what was observed.
 *
 * @param feature the feature as declared (maturity, testing, docs, maintainers)
 * @param mergedInWindow changes merged within the window
 * @param openedInWindow changes created within the window, whatever their status now
 * @param openNow changes open now, however old
 * @param lastMaintainerReview the latest review by a maintainer, ever observed
 * @param lastMaintainerMerge the latest merge by a maintainer, ever observed
 * @param medianTimeToFirstReview over changes created within the window that got a human review
 * @param firstReviewSamples how many changes that median is over
 * @param maintenance whether anybody looks after the feature
 * @param ciVotes per CI account that voted within the window, its last vote, by account name
 * @param ciVotedChanges per CI account of {@code ciVotes}, on how many of the changes it voted
 *     within the window
 * @param testingClaimUnbacked the feature claims regularly-tested or checked, but no CI account
 *     voted on a change touching it within the window (also when no change touched it)
 */
public record FeatureSupport(
    FeatureDefinition feature,
    int mergedInWindow,
    int openedInWindow,
    int openNow,
    Optional<MaintainerAction> lastMaintainerReview,
    Optional<MaintainerAction> lastMaintainerMerge,
    Optional<Duration> medianTimeToFirstReview,
    int firstReviewSamples,
    Maintenance maintenance,
    ImmutableMap<String, Instant> ciVotes,
    ImmutableMap<String, Integer> ciVotedChanges,
    boolean testingClaimUnbacked) {
  public FeatureSupport {
    requireNonNull(feature, "feature");
    requireNonNull(lastMaintainerReview, "lastMaintainerReview");
    requireNonNull(lastMaintainerMerge, "lastMaintainerMerge");
    requireNonNull(medianTimeToFirstReview, "medianTimeToFirstReview");
    requireNonNull(maintenance, "maintenance");
    requireNonNull(ciVotes, "ciVotes");
    requireNonNull(ciVotedChanges, "ciVotedChanges");
  }

  /** A deprecation candidate: no maintainers, or none of them active. */
  public boolean unmaintained() {
    return maintenance.isUnmaintained();
  }
}
