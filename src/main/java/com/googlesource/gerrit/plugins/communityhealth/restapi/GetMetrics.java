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

package com.googlesource.gerrit.plugins.communityhealth.restapi;

import com.google.gerrit.extensions.restapi.BadRequestException;
import com.google.gerrit.extensions.restapi.ResourceConflictException;
import com.google.gerrit.extensions.restapi.Response;
import com.google.gerrit.extensions.restapi.RestReadView;
import com.google.gerrit.server.project.ProjectResource;
import com.google.gerrit.server.util.time.TimeUtil;
import com.google.inject.Inject;
import com.googlesource.gerrit.plugins.communityhealth.api.MetricsInfo;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.BacklogBucket;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.ChangeRequestDurations;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.MonthlyNewContributors;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.ResponseTimes;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.ReviewCycleDurations;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.ReviewHours;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.TimeZoneMetrics;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import com.googlesource.gerrit.plugins.communityhealth.dashboard.MetricsReport;
import com.googlesource.gerrit.plugins.communityhealth.dashboard.MetricsReporter;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import org.kohsuke.args4j.Option;

/**
 * Handles {@code GET /projects/{project}/community-health~metrics}: the dashboard's charts, over
 * the changes the caller can see. Computing is {@link MetricsReporter}'s; this view parses the
 * window, checks the switch and formats.
 */
public class GetMetrics implements RestReadView<ProjectResource> {
  private final ServerSettings settings;
  private final MetricsReporter reporter;
  private String window;

  @Option(name = "--window", metaVar = "DURATION", usage = WindowParam.USAGE)
  void setWindow(String window) {
    this.window = window;
  }

  @Inject
  GetMetrics(ServerSettings settings, MetricsReporter reporter) {
    this.settings = settings;
    this.reporter = reporter;
  }

  @Override
  public Response<MetricsInfo> apply(ProjectResource resource)
      throws BadRequestException, ResourceConflictException {
    PluginSwitch.checkEnabled(settings);
    Duration windowLength = WindowParam.parse(window);
    MetricsReport r = reporter.report(resource.getProjectState(), windowLength, TimeUtil.now());

    MetricsInfo info = new MetricsInfo();
    info.project = resource.getName();
    info.windowDays = r.windowDays();
    info.generated = Timestamp.from(r.generated());
    info.truncated = r.truncated() ? true : null;
    info.backlog = r.backlog().stream().map(GetMetrics::bucket).toList();
    info.focusCoverage = new MetricsInfo.FocusCoverageInfo();
    info.focusCoverage.openChanges = r.focus().openChanges();
    info.focusCoverage.unmatched = r.focus().unmatched();
    info.focusCoverage.areas = new ArrayList<>();
    for (MetricsReport.Area a : r.focus().areas()) {
      MetricsInfo.AreaInfo area = new MetricsInfo.AreaInfo();
      area.name = a.name();
      area.description = a.description().orElse(null);
      area.weight = a.weight();
      area.open = a.open();
      info.focusCoverage.areas.add(area);
    }
    info.timeToFirstReview = new MetricsInfo.TimeToFirstReviewInfo();
    info.timeToFirstReview.newcomers = response(r.newcomers());
    info.timeToFirstReview.others = response(r.others());
    info.changeRequestDuration = new MetricsInfo.ChangeRequestDurationInfo();
    info.changeRequestDuration.newcomers = duration(r.newcomerChangeRequestDuration());
    info.changeRequestDuration.others = duration(r.otherChangeRequestDuration());
    info.changeRequestReviewDuration = new MetricsInfo.ChangeRequestReviewDurationInfo();
    info.changeRequestReviewDuration.newcomers = cycles(r.newcomerReviewCycles());
    info.changeRequestReviewDuration.others = cycles(r.otherReviewCycles());
    info.newContributors = r.newContributors().stream().map(GetMetrics::month).toList();
    info.timeZones = r.timeZones().stream().map(GetMetrics::region).toList();
    info.reviewHours = r.reviewHours().stream().map(GetMetrics::hour).toList();
    return Response.ok(info);
  }

  private static MetricsInfo.BucketInfo bucket(BacklogBucket b) {
    MetricsInfo.BucketInfo i = new MetricsInfo.BucketInfo();
    i.label = b.label();
    i.minDays = b.minDays();
    i.maxDays = b.maxDays().orElse(null);
    i.waiting = b.waiting();
    i.newcomer = b.newcomer();
    i.ignored = b.ignored();
    return i;
  }

  static MetricsInfo.ResponseInfo response(ResponseTimes r) {
    MetricsInfo.ResponseInfo i = new MetricsInfo.ResponseInfo();
    i.changes = r.changes();
    i.responded = r.responded();
    i.medianHours = r.medianHours().orElse(null);
    i.p90Hours = r.p90Hours().orElse(null);
    return i;
  }

  private static MetricsInfo.DurationInfo duration(ChangeRequestDurations d) {
    MetricsInfo.DurationInfo i = new MetricsInfo.DurationInfo();
    i.changes = d.changes();
    i.merged = d.merged();
    i.abandoned = d.abandoned();
    i.medianHours = d.medianHours().orElse(null);
    i.p90Hours = d.p90Hours().orElse(null);
    return i;
  }

  private static MetricsInfo.CyclesInfo cycles(ReviewCycleDurations d) {
    MetricsInfo.CyclesInfo i = new MetricsInfo.CyclesInfo();
    i.cycles = d.cycles();
    i.reviewed = d.reviewed();
    i.superseded = d.superseded();
    i.medianHours = d.medianHours().orElse(null);
    i.p90Hours = d.p90Hours().orElse(null);
    return i;
  }

  private static MetricsInfo.MonthInfo month(MonthlyNewContributors m) {
    MetricsInfo.MonthInfo i = new MetricsInfo.MonthInfo();
    i.month = m.month().toString();
    i.newContributors = m.newContributors();
    i.returned = m.returned();
    return i;
  }

  private static MetricsInfo.RegionInfo region(TimeZoneMetrics.RegionResponse r) {
    MetricsInfo.RegionInfo i = new MetricsInfo.RegionInfo();
    i.region = r.region().key();
    i.label = r.region().label();
    i.changes = r.response().changes();
    i.responded = r.response().responded();
    i.medianHours = r.response().medianHours().orElse(null);
    i.p90Hours = r.response().p90Hours().orElse(null);
    i.ignored = r.ignored();
    return i;
  }

  private static MetricsInfo.HourInfo hour(ReviewHours.Hour h) {
    MetricsInfo.HourInfo i = new MetricsInfo.HourInfo();
    i.hour = h.hour();
    i.actions = h.actions();
    i.reviewers = h.reviewers();
    return i;
  }
}
