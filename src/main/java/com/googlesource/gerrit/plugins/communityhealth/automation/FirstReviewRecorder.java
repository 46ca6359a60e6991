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

package com.googlesource.gerrit.plugins.communityhealth.automation;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import com.google.common.flogger.FluentLogger;
import com.google.gerrit.entities.Account;
import com.google.gerrit.entities.BranchNameKey;
import com.google.gerrit.entities.Change;
import com.google.gerrit.entities.Project;
import com.google.gerrit.server.notedb.ChangeNotes;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.change.ChangeFactsLoader;
import com.googlesource.gerrit.plugins.communityhealth.change.HumanActivityLoader;
import com.googlesource.gerrit.plugins.communityhealth.change.OwnerStandingLoader;
import com.googlesource.gerrit.plugins.communityhealth.config.PolicyLoader;
import com.googlesource.gerrit.plugins.communityhealth.config.ProjectPolicy;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.NewcomerRule;
import com.googlesource.gerrit.plugins.communityhealth.review.HumanActivity;
import com.googlesource.gerrit.plugins.communityhealth.review.Timeline;
import com.googlesource.gerrit.plugins.communityhealth.review.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Records the time to first review (CHAOSS Time to First Response): from a change's creation to the
 * first vote or comment by a human other than its owner, as {@link HumanActivity} defines human.
 * Recorded once per change, when that first response arrives.
 */
@Singleton
class FirstReviewRecorder {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  private final ChangeNotes.Factory notesFactory;
  private final ChangeData.Factory changeDataFactory;
  private final ChangeFactsLoader factsLoader;
  private final HumanActivityLoader humanActivity;
  private final PolicyLoader policyLoader;
  private final OwnerStandingLoader standings;
  private final HealthMetrics metrics;

  @Inject
  FirstReviewRecorder(
      ChangeNotes.Factory notesFactory,
      ChangeData.Factory changeDataFactory,
      ChangeFactsLoader factsLoader,
      HumanActivityLoader humanActivity,
      PolicyLoader policyLoader,
      OwnerStandingLoader standings,
      HealthMetrics metrics) {
    this.notesFactory = notesFactory;
    this.changeDataFactory = changeDataFactory;
    this.factsLoader = factsLoader;
    this.humanActivity = humanActivity;
    this.policyLoader = policyLoader;
    this.standings = standings;
    this.metrics = metrics;
  }

  /**
   * Records the time to first review if the reply at {@code when} was the change's first human
   * reviewer response.
   *
   * @return the recorded time, empty when this reply was not the first response
   */
  Optional<Duration> record(Project.NameKey project, Change.Id id, Instant when) {
    ChangeNotes notes = notesFactory.createChecked(project, id);
    Timeline timeline = factsLoader.timeline(changeDataFactory.create(notes));
    Optional<TimelineEvent> first =
        humanActivity.forTimeline(timeline).firstReviewerResponse(timeline);
    // NoteDb keeps whole seconds: the reply's message is at its event's second, or later.
    if (first.isEmpty() || first.get().when().isBefore(when.truncatedTo(ChronoUnit.SECONDS))) {
      return Optional.empty();
    }
    Instant created = notes.getChange().getCreatedOn();
    Duration waited = Duration.between(created, first.get().when());
    if (waited.isNegative()) {
      waited = Duration.ZERO;
    }
    boolean newcomer = isNewcomer(notes.getChange().getDest(), notes.getChange().getOwner());
    metrics.timeToFirstReview.record(newcomer, waited.toMillis(), MILLISECONDS);
    return Optional.of(waited);
  }

  private boolean isNewcomer(BranchNameKey branch, Account.Id owner) {
    Project.NameKey project = branch.project();
    try {
      ProjectPolicy policy = policyLoader.load(project).policy();
      return NewcomerRule.of(policy.newcomer())
          .decide(standings.standing(owner, branch, policy.newcomer()))
          .newcomer();
    } catch (Exception e) {
      // The metric is still worth recording; it lands among the others.
      logger.atWarning().withCause(e).log("newcomer status of %s in %s unknown", owner, project);
      return false;
    }
  }
}
