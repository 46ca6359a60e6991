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

package com.googlesource.gerrit.plugins.communityhealth.api;

import java.sql.Timestamp;
import java.util.List;

/**
 * The dashboard's community metrics, as returned by {@code GET
 * /projects/{project}/community-health~metrics}; CHAOSS definitions over human activity.
 */
public class MetricsInfo {
  public String project;
  public Integer windowDays;
  public Timestamp generated;
  public List<BucketInfo> backlog;
  public TimeToFirstReviewInfo timeToFirstReview;
  public ChangeRequestDurationInfo changeRequestDuration;
  public ChangeRequestReviewDurationInfo changeRequestReviewDuration;
  public FocusCoverageInfo focusCoverage;
  public List<MonthInfo> newContributors;
  public List<RegionInfo> timeZones;
  public List<HourInfo> reviewHours;

  /** True when the project has more changes than one request reads; absent otherwise. */
  public Boolean truncated;

  /** Open changes waiting on reviewers for min_days <= days < max_days. */
  public static class BucketInfo {
    public String label;
    public Integer minDays;
    public Integer maxDays;
    public Integer waiting;
    public Integer newcomer;
    public Integer ignored;
  }

  public static class TimeToFirstReviewInfo {
    public ResponseInfo newcomers;
    public ResponseInfo others;
  }

  public static class ResponseInfo {
    public Integer changes;
    public Integer responded;
    public Double medianHours;
    public Double p90Hours;
  }

  /** CHAOSS Change Requests Duration: upload to merge, of changes created in the window. */
  public static class ChangeRequestDurationInfo {
    public DurationInfo newcomers;
    public DurationInfo others;
  }

  public static class DurationInfo {
    public Integer changes;
    public Integer merged;
    public Integer abandoned;
    public Double medianHours;
    public Double p90Hours;
  }

  /**
   * CHAOSS Change Request Review Duration: upload to first review of each review cycle of the
   * changes created in the window.
   */
  public static class ChangeRequestReviewDurationInfo {
    public CyclesInfo newcomers;
    public CyclesInfo others;
  }

  public static class CyclesInfo {
    public Integer cycles;
    public Integer reviewed;
    public Integer superseded;
    public Double medianHours;
    public Double p90Hours;
  }

  public static class FocusCoverageInfo {
    public Integer openChanges;
    public Integer unmatched;
    public List<AreaInfo> areas;
  }

  public static class AreaInfo {
    public String name;
    public String description;
    public Double weight;
    public Integer open;
  }

  public static class MonthInfo {
    /** {@code yyyy-MM}, UTC. */
    public String month;

    public Integer newContributors;
    public Integer returned;
  }

  /** Time to first response of changes whose owners work in one region (by UTC offset). */
  public static class RegionInfo {
    /** {@code americas}, {@code europe_africa}, {@code asia_pacific} or {@code unknown}. */
    public String region;

    public String label;
    public Integer changes;
    public Integer responded;
    public Double medianHours;
    public Double p90Hours;
    public Integer ignored;
  }

  /** Human review actions in one hour of the day, UTC, over the window. */
  public static class HourInfo {
    public Integer hour;
    public Integer actions;
    public Integer reviewers;
  }
}
