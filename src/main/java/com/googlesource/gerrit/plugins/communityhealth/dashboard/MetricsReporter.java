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
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.server.project.ProjectState;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.change.OwnerStandingLoader;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.ChangeHistory;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.ChangeRequestDurations;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.CommunityMetrics;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.JudgedChange;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.MetricsHistory;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.ReviewCycleDurations;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.ReviewHours;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.TimeZoneMetrics;
import com.googlesource.gerrit.plugins.communityhealth.config.PolicyLoader;
import com.googlesource.gerrit.plugins.communityhealth.config.ProjectPolicy;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import com.googlesource.gerrit.plugins.communityhealth.signals.SignalEvaluator;
import com.googlesource.gerrit.plugins.communityhealth.signals.Signals;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the dashboard's {@link MetricsReport}: the project's history ({@link
 * ProjectHistoryLoader}) through the pure CHAOSS rules, and the open changes through the signals.
 * The caller's visibility applies: only changes the current user can see count.
 */
@Singleton
public class MetricsReporter {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  private final ProjectHistoryLoader historyLoader;
  private final PolicyLoader policyLoader;
  private final SignalEvaluator evaluator;
  private final HealthMetrics metrics;
  private final OwnerStandingLoader standings;

  @Inject
  MetricsReporter(
      ProjectHistoryLoader historyLoader,
      PolicyLoader policyLoader,
      SignalEvaluator evaluator,
      HealthMetrics metrics,
      OwnerStandingLoader standings) {
    this.standings = standings;
    this.historyLoader = historyLoader;
    this.policyLoader = policyLoader;
    this.evaluator = evaluator;
    this.metrics = metrics;
  }

  /** The project's metrics over the {@code window} that ends {@code now}. */
  public MetricsReport report(ProjectState project, Duration window, Instant now) {
    Instant from = now.minus(window);
    ProjectPolicy policy = policyLoader.load(project).policy();
    ProjectHistoryLoader.Loaded loaded = historyLoader.load(project.getNameKey(), from);

    ImmutableList<JudgedChange> judged =
        MetricsHistory.judge(loaded.changes(), standings.newcomerJudge(policy.newcomer()));
    List<ChangeHistory> history = MetricsHistory.histories(judged);
    TimeZoneMetrics.Thresholds thresholds =
        new TimeZoneMetrics.Thresholds(
            policy.review().ignoredAfter(), policy.review().newcomerIgnoredAfter());
    OpenChanges open = open(loaded.open(), policy, now);
    return new MetricsReport(
        now,
        (int) window.toDays(),
        CommunityMetrics.backlog(open.waiting()),
        open.focus(),
        CommunityMetrics.timeToFirstResponse(history, from, now, true),
        CommunityMetrics.timeToFirstResponse(history, from, now, false),
        ChangeRequestDurations.of(judged, from, now, true),
        ChangeRequestDurations.of(judged, from, now, false),
        ReviewCycleDurations.of(judged, from, now, true),
        ReviewCycleDurations.of(judged, from, now, false),
        CommunityMetrics.newContributors(history, from, now),
        TimeZoneMetrics.byRegion(judged, from, now, thresholds),
        ReviewHours.byHour(loaded.changes(), from, now),
        loaded.truncated());
  }

  private record OpenChanges(
      List<CommunityMetrics.Waiting> waiting, MetricsReport.FocusCoverage focus) {}

  private OpenChanges open(List<ChangeData> open, ProjectPolicy policy, Instant now) {
    List<CommunityMetrics.Waiting> waiting = new ArrayList<>();
    Map<String, Integer> openPerArea = new HashMap<>();
    int count = 0;
    int unmatched = 0;
    SignalEvaluator.Batch signals = evaluator.batch(now);
    for (ChangeData cd : open) {
      try {
        Signals s = signals.evaluate(cd);
        count++;
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
    ImmutableList.Builder<MetricsReport.Area> areas = ImmutableList.builder();
    for (FocusAreaDefinition a : policy.focusAreas()) {
      if (!a.isActiveOn(now.atOffset(ZoneOffset.UTC).toLocalDate())) {
        continue;
      }
      areas.add(
          new MetricsReport.Area(
              a.name(),
              a.description().isEmpty() ? Optional.empty() : Optional.of(a.description()),
              a.weight(),
              openPerArea.getOrDefault(a.name(), 0)));
    }
    return new OpenChanges(
        waiting, new MetricsReport.FocusCoverage(count, unmatched, areas.build()));
  }
}
