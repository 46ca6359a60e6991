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

package com.googlesource.gerrit.plugins.communityhealth.preview;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Project;
import com.google.gerrit.index.query.Predicate;
import com.google.gerrit.server.permissions.ChangePermission;
import com.google.gerrit.server.permissions.PermissionBackend;
import com.google.gerrit.server.permissions.PermissionBackendException;
import com.google.gerrit.server.project.NoSuchProjectException;
import com.google.gerrit.server.project.ProjectCache;
import com.google.gerrit.server.project.ProjectState;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.gerrit.server.query.change.ChangePredicates;
import com.google.gerrit.server.query.change.ChangeStatusPredicate;
import com.google.gerrit.server.query.change.InternalChangeQuery;
import com.google.gerrit.server.util.time.TimeUtil;
import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.access.ConfigVisibility;
import com.googlesource.gerrit.plugins.communityhealth.change.ChangeFactsLoader;
import com.googlesource.gerrit.plugins.communityhealth.config.CandidatePolicies;
import com.googlesource.gerrit.plugins.communityhealth.config.ConfigEnums;
import com.googlesource.gerrit.plugins.communityhealth.config.LoadedPolicy;
import com.googlesource.gerrit.plugins.communityhealth.config.PolicyLoader;
import com.googlesource.gerrit.plugins.communityhealth.config.ProjectPolicy;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import com.googlesource.gerrit.plugins.communityhealth.review.ReminderRule;
import com.googlesource.gerrit.plugins.communityhealth.review.ReviewPolicy;
import com.googlesource.gerrit.plugins.communityhealth.review.Timeline;
import com.googlesource.gerrit.plugins.communityhealth.signals.FocusSignal;
import com.googlesource.gerrit.plugins.communityhealth.signals.SignalEvaluator;
import com.googlesource.gerrit.plugins.communityhealth.signals.Signals;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Previews a candidate {@code community-health.config} on a project's open changes: checks it as a
 * push would, then evaluates the open changes a viewer can see under the policy in force and under
 * the candidate (through {@link SignalEvaluator}'s own evaluation, with the candidate's results
 * kept out of every cache) and hands both to {@link PolicyDiff}. Nothing is claimed or posted.
 *
 * <p>Bounded: at most {@link #MAX_EXAMINED} changes (the most recently updated) are evaluated under
 * the candidate, each a full evaluation (about 0.5 to 1.5 ms on a quiet machine), and evaluation
 * stops after {@link #TIME_BUDGET} whatever the load; lists hold at most {@link
 * PolicyDiff#MAX_LISTED} changes. What was left out is reported as {@code truncated}.
 */
@Singleton
public class ConfigPreviewer {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  /** Open changes evaluated under the candidate; more are counted as {@code truncated}. */
  public static final int MAX_EXAMINED = 2_000;

  /** Evaluation stops after this long; the changes compared so far are reported. */
  public static final Duration TIME_BUDGET = Duration.ofSeconds(10);

  /** A previewed text: its problems, or what it would change. */
  public record Outcome(ImmutableList<String> errors, Optional<PreviewResult> result) {
    public Outcome {
      requireNonNull(errors, "errors");
      requireNonNull(result, "result");
    }
  }

  /**
   * Who reads a preview.
   *
   * @param user whose visibility decides which changes are listed
   * @param publicOnly also leave out private changes (for a message other people read)
   * @param config how much of the configuration the readers may see ({@link ConfigVisibility}, the
   *     rule of {@code ~config}): the push warnings name matrix files and branches, so they are
   *     shown only to readers of {@code refs/meta/config}
   */
  public record Viewer(
      PermissionBackend.WithUser user, boolean publicOnly, ConfigVisibility config) {
    public Viewer {
      requireNonNull(user, "user");
      requireNonNull(config, "config");
    }
  }

  private final ProjectCache projectCache;
  private final CandidatePolicies candidates;
  private final PolicyLoader policyLoader;
  private final SignalEvaluator evaluator;
  private final ChangeFactsLoader factsLoader;
  private final Provider<InternalChangeQuery> queryProvider;
  private final ServerSettings settings;
  private final HealthMetrics metrics;

  @Inject
  ConfigPreviewer(
      ProjectCache projectCache,
      CandidatePolicies candidates,
      PolicyLoader policyLoader,
      SignalEvaluator evaluator,
      ChangeFactsLoader factsLoader,
      Provider<InternalChangeQuery> queryProvider,
      ServerSettings settings,
      HealthMetrics metrics) {
    this.projectCache = projectCache;
    this.candidates = candidates;
    this.policyLoader = policyLoader;
    this.evaluator = evaluator;
    this.factsLoader = factsLoader;
    this.queryProvider = queryProvider;
    this.settings = settings;
    this.metrics = metrics;
  }

  /**
   * What {@code text}, as {@code project}'s file, would change on the changes {@code viewer} sees.
   */
  public Outcome preview(Project.NameKey project, String text, Viewer viewer)
      throws IOException, NoSuchProjectException, PermissionBackendException {
    ProjectState state =
        projectCache.get(project).orElseThrow(() -> new NoSuchProjectException(project));
    CandidatePolicies.Candidate candidate = candidates.check(state, text);
    if (!candidate.valid()) {
      return new Outcome(candidate.errors(), Optional.empty());
    }
    LoadedPolicy after = candidate.policy().orElseThrow();
    LoadedPolicy before = policyLoader.load(state);

    List<ChangeData> visible = new ArrayList<>();
    boolean truncated = false;
    Predicate<ChangeData> open =
        Predicate.and(ChangePredicates.project(project), ChangeStatusPredicate.open());
    // The index lists open changes most recently updated first.
    for (ChangeData cd : queryProvider.get().setNoLimit(true).query(open)) {
      if (viewer.publicOnly() && cd.change().isPrivate()) {
        continue;
      }
      if (!viewer.user().change(cd).test(ChangePermission.READ)) {
        continue;
      }
      if (visible.size() == MAX_EXAMINED) {
        truncated = true;
        break;
      }
      visible.add(cd);
    }

    Instant now = TimeUtil.now();
    SignalEvaluator.Batch inForce = evaluator.batch(now);
    SignalEvaluator.Batch underCandidate = evaluator.batch(now, after);
    List<PreviewedChange> changes = new ArrayList<>(visible.size());
    long deadline = System.nanoTime() + TIME_BUDGET.toNanos();
    for (ChangeData cd : visible) {
      if (System.nanoTime() > deadline) {
        truncated = true;
        break;
      }
      try {
        Signals b = inForce.evaluate(cd);
        Signals a = underCandidate.evaluate(cd);
        Optional<Timeline> timeline = Optional.empty();
        if (remindable(cd, b, before) || remindable(cd, a, after)) {
          timeline = Optional.of(factsLoader.timeline(cd));
        }
        changes.add(
            new PreviewedChange(
                cd.getId().get(),
                cd.change().getSubject(),
                state(cd, b, before, timeline),
                state(cd, a, after, timeline)));
      } catch (RuntimeException e) {
        metrics.errors.increment(HealthMetrics.Component.SIGNALS);
        logger.atWarning().withCause(e).log("change %s left out of the preview", cd.getId());
      }
    }
    return new Outcome(
        ImmutableList.of(),
        Optional.of(
            PolicyDiff.diff(
                changes,
                truncated,
                switches(before.policy()),
                switches(after.policy()),
                settings.maxRemindersPerSweep(),
                viewer.config().full() ? candidate.warnings() : ImmutableList.of())));
  }

  /** Whether a sweep would consider the change for a reminder under the policy. */
  private static boolean remindable(ChangeData cd, Signals s, LoadedPolicy policy) {
    ReviewPolicy review = policy.policy().review();
    return s.ignored().ignored()
        && review.remind()
        && !review.dryRun()
        && !cd.change().isWorkInProgress()
        && !cd.change().isPrivate();
  }

  private static PreviewedChange.State state(
      ChangeData cd, Signals s, LoadedPolicy policy, Optional<Timeline> timeline) {
    boolean due =
        remindable(cd, s, policy)
            && timeline.isPresent()
            && ReminderRule.decide(timeline.get(), s.ignored(), policy.policy().review()).due();
    return new PreviewedChange.State(
        s.change().focus().stream().map(FocusSignal::name).collect(ImmutableSet.toImmutableSet()),
        s.change().tier().tier().map(ConfigEnums::name),
        s.change().tier().untestedUpstream(),
        s.newcomer().newcomer(),
        s.ignored().ignored(),
        due);
  }

  private static PreviewedChange.Switches switches(ProjectPolicy p) {
    return new PreviewedChange.Switches(
        p.focusAreas().stream()
            .map(FocusAreaDefinition::name)
            .collect(ImmutableList.toImmutableList()),
        p.newcomer().welcome(),
        p.review().remind(),
        p.review().dryRun());
  }
}
