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

import com.google.common.collect.ImmutableList;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Change;
import com.google.gerrit.extensions.restapi.BadRequestException;
import com.google.gerrit.extensions.restapi.Response;
import com.google.gerrit.extensions.restapi.RestReadView;
import com.google.gerrit.server.project.ProjectResource;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.gerrit.server.query.change.ChangePredicates;
import com.google.gerrit.server.query.change.InternalChangeQuery;
import com.google.gerrit.server.util.time.TimeUtil;
import com.google.inject.Inject;
import com.google.inject.Provider;
import com.googlesource.gerrit.plugins.communityhealth.api.MetricsInfo;
import com.googlesource.gerrit.plugins.communityhealth.change.FirstResponseLoader;
import com.googlesource.gerrit.plugins.communityhealth.change.OwnerStandingLoader;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.BacklogBucket;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.ChangeHistory;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.CommunityMetrics;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.MonthlyNewContributors;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.ResponseTimes;
import com.googlesource.gerrit.plugins.communityhealth.config.ProjectPolicy;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.NewcomerPolicy;
import com.googlesource.gerrit.plugins.communityhealth.signals.SignalEvaluator;
import com.googlesource.gerrit.plugins.communityhealth.signals.Signals;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kohsuke.args4j.Option;

/**
 * Handles {@code GET /projects/{project}/community-health~metrics}: the dashboard's charts, over
 * the changes the caller can see (the index query enforces the caller's visibility).
 */
public class GetMetrics implements RestReadView<ProjectResource> {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  /** Changes read per request; the dashboard covers the most recently updated ones beyond it. */
  static final int MAX_CHANGES = 5_000;

  private final Provider<InternalChangeQuery> queryProvider;
  private final SignalEvaluator evaluator;
  private final FirstResponseLoader firstResponses;
  private final OwnerStandingLoader standings;
  private final HealthMetrics metrics;
  private int windowDays = 90;

  @Option(name = "--window", metaVar = "DAYS", usage = "days of history, 1 to 365 (default 90)")
  void setWindow(int days) {
    this.windowDays = days;
  }

  @Inject
  GetMetrics(
      Provider<InternalChangeQuery> queryProvider,
      SignalEvaluator evaluator,
      FirstResponseLoader firstResponses,
      OwnerStandingLoader standings,
      HealthMetrics metrics) {
    this.standings = standings;
    this.queryProvider = queryProvider;
    this.evaluator = evaluator;
    this.firstResponses = firstResponses;
    this.metrics = metrics;
  }

  @Override
  public Response<MetricsInfo> apply(ProjectResource resource) throws Exception {
    if (windowDays < 1 || windowDays > 365) {
      throw new BadRequestException("window must be 1 to 365 days, was " + windowDays);
    }
    Instant now = TimeUtil.now();
    Instant from = now.minus(Duration.ofDays(windowDays));
    ImmutableList<ChangeData> all =
        queryProvider
            .get()
            .enforceVisibility(true)
            .setLimit(MAX_CHANGES)
            .query(ChangePredicates.project(resource.getNameKey()));

    MetricsInfo info = new MetricsInfo();
    info.project = resource.getName();
    info.windowDays = windowDays;
    info.generated = Timestamp.from(now);
    ProjectPolicy policy = null;
    List<CommunityMetrics.Waiting> waiting = new ArrayList<>();
    Map<String, Integer> openPerArea = new HashMap<>();
    int open = 0;
    int unmatched = 0;
    SignalEvaluator.Batch signals = evaluator.batch(now);
    for (ChangeData cd : all) {
      if (cd.change().getStatus() != Change.Status.NEW) {
        continue;
      }
      try {
        Signals s = signals.evaluate(cd);
        policy = policy != null ? policy : evaluator.policyOf(cd).policy();
        open++;
        if (s.change().focus().isEmpty()) {
          unmatched++;
        }
        s.change().focus().forEach(f -> openPerArea.merge(f.name(), 1, Integer::sum));
        s.change()
            .waitingSince()
            .ifPresent(
                w ->
                    waiting.add(
                        new CommunityMetrics.Waiting(
                            Duration.between(w, now),
                            s.newcomer().newcomer(),
                            s.ignored().ignored())));
      } catch (RuntimeException e) {
        metrics.errors.increment(HealthMetrics.Component.SIGNALS);
        logger.atWarning().withCause(e).log("change %s left out of the metrics", cd.getId());
      }
    }
    info.backlog = CommunityMetrics.backlog(waiting).stream().map(GetMetrics::bucket).toList();
    info.focusCoverage = new MetricsInfo.FocusCoverageInfo();
    info.focusCoverage.openChanges = open;
    info.focusCoverage.unmatched = unmatched;
    info.focusCoverage.areas = new ArrayList<>();
    if (policy == null && !all.isEmpty()) {
      policy = evaluator.policyOf(all.get(0)).policy();
    }
    if (policy != null) {
      for (FocusAreaDefinition a : policy.focusAreas()) {
        if (!a.isActiveOn(now.atOffset(java.time.ZoneOffset.UTC).toLocalDate())) {
          continue;
        }
        MetricsInfo.AreaInfo area = new MetricsInfo.AreaInfo();
        area.name = a.name();
        area.description = a.description().isEmpty() ? null : a.description();
        area.weight = a.weight();
        area.open = openPerArea.getOrDefault(a.name(), 0);
        info.focusCoverage.areas.add(area);
      }
    }

    List<ChangeHistory> history = history(all, from, policy);
    info.timeToFirstReview = new MetricsInfo.TimeToFirstReviewInfo();
    info.timeToFirstReview.newcomers =
        response(CommunityMetrics.timeToFirstResponse(history, from, now, true));
    info.timeToFirstReview.others =
        response(CommunityMetrics.timeToFirstResponse(history, from, now, false));
    info.newContributors =
        CommunityMetrics.newContributors(history, from, now).stream()
            .map(GetMetrics::month)
            .toList();
    return Response.ok(info);
  }

  /**
   * Every change as a {@link ChangeHistory}. Only changes created in the window have their messages
   * read (for the first response). Whether the owner was a newcomer when the change was created is
   * the signal's rule at that time (issue 16: service users and exempt groups are never newcomers;
   * merged changes count as the signal counts them, those merged before the change was created).
   */
  private List<ChangeHistory> history(List<ChangeData> all, Instant from, ProjectPolicy policy) {
    OwnerStandingLoader.NewcomerAtCreation newcomers =
        standings.atCreation(policy != null ? policy.newcomer() : NewcomerPolicy.DEFAULT);
    List<ChangeData> byCreation = new ArrayList<>(all);
    byCreation.sort(Comparator.comparing(cd -> cd.change().getCreatedOn()));
    List<ChangeHistory> out = new ArrayList<>(byCreation.size());
    for (ChangeData cd : byCreation) {
      Change c = cd.change();
      int owner = c.getOwner().get();
      boolean newcomer = newcomers.newcomer(c.getOwner(), c.getDest(), c.getCreatedOn());
      Optional<Instant> firstResponse = Optional.empty();
      if (!c.getCreatedOn().isBefore(from)) {
        try {
          firstResponse = firstResponses.firstResponse(cd);
        } catch (RuntimeException e) {
          metrics.errors.increment(HealthMetrics.Component.SIGNALS);
          logger.atWarning().withCause(e).log("first response of %s not read", cd.getId());
        }
      }
      out.add(new ChangeHistory(owner, c.getCreatedOn(), firstResponse, newcomer));
    }
    return out;
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

  private static MetricsInfo.ResponseInfo response(ResponseTimes r) {
    MetricsInfo.ResponseInfo i = new MetricsInfo.ResponseInfo();
    i.changes = r.changes();
    i.responded = r.responded();
    i.medianHours = r.medianHours().orElse(null);
    i.p90Hours = r.p90Hours().orElse(null);
    return i;
  }

  private static MetricsInfo.MonthInfo month(MonthlyNewContributors m) {
    MetricsInfo.MonthInfo i = new MetricsInfo.MonthInfo();
    i.month = m.month().toString();
    i.newContributors = m.newContributors();
    i.returned = m.returned();
    return i;
  }
}
