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

package com.googlesource.gerrit.plugins.communityhealth.dashboard;

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.BacklogBucket;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.ChangeRequestDurations;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.MonthlyNewContributors;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.ResponseTimes;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.ReviewCycleDurations;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.ReviewHours;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.TimeZoneMetrics;
import java.time.Instant;
import java.util.Optional;

/**
 * The dashboard's community metrics of one project over one window, ready to format.
 *
 * @param generated when they were computed
 * @param windowDays the window, in days
 * @param backlog open changes waiting on reviewers, by age
 * @param focus open changes by focus area
 * @param newcomers time to first response of newcomers' changes created in the window
 * @param others the same for everyone else's
 * @param newcomerChangeRequestDuration upload to merge of newcomers' changes created in the window
 * @param otherChangeRequestDuration the same for everyone else's
 * @param newcomerReviewCycles upload to first review of each review cycle of newcomers' changes
 *     created in the window
 * @param otherReviewCycles the same for everyone else's
 * @param newContributors per month of the window
 * @param timeZones time to first response by the owner's region
 * @param reviewHours human review actions by hour of day, UTC
 * @param truncated whether the project had more changes than were read
 */
public record MetricsReport(
    Instant generated,
    int windowDays,
    ImmutableList<BacklogBucket> backlog,
    FocusCoverage focus,
    ResponseTimes newcomers,
    ResponseTimes others,
    ChangeRequestDurations newcomerChangeRequestDuration,
    ChangeRequestDurations otherChangeRequestDuration,
    ReviewCycleDurations newcomerReviewCycles,
    ReviewCycleDurations otherReviewCycles,
    ImmutableList<MonthlyNewContributors> newContributors,
    ImmutableList<TimeZoneMetrics.RegionResponse> timeZones,
    ImmutableList<ReviewHours.Hour> reviewHours,
    boolean truncated) {
  /** Open changes by the project's active focus areas. */
  public record FocusCoverage(int openChanges, int unmatched, ImmutableList<Area> areas) {}

  /** One active focus area and its open changes. */
  public record Area(String name, Optional<String> description, double weight, int open) {}
}
