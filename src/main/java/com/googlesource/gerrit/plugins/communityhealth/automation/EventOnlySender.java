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

import com.google.common.collect.ImmutableList;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.server.notedb.ChangeNotes;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.gerrit.server.util.time.TimeUtil;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.events.IgnoredEventPoster;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import com.googlesource.gerrit.plugins.communityhealth.review.IgnoredVerdict;
import com.googlesource.gerrit.plugins.communityhealth.signals.SignalEvaluator;
import java.util.concurrent.TimeUnit;

/**
 * The stream event of an ignored change whose project does not remind: sent alone, once per waiting
 * period, through the same claim as a reminder's event ({@link IgnoredEventPoster}), so that
 * listeners hear of every ignored change whatever the project's {@code remind}.
 *
 * <p>A dry run (the sweep's or the project's {@code [review] dryRun}) sends nothing and takes no
 * claim: listeners and the refs are seen by others. A fault costs the event, counted under the
 * {@code event} errors component, never the sweep.
 */
@Singleton
class EventOnlySender {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  /** What became of the event of one ignored change that got no reminder. */
  enum Outcome {
    SENT,
    ALREADY_SENT,
    DRY_RUN,
    CAPPED,
    NO_LONGER_IGNORED,
    ERROR
  }

  private final SignalEvaluator evaluator;
  private final ChangeData.Factory changeDataFactory;
  private final ChangeNotes.Factory notesFactory;
  private final IgnoredEventPoster events;
  private final HealthMetrics metrics;

  @Inject
  EventOnlySender(
      SignalEvaluator evaluator,
      ChangeData.Factory changeDataFactory,
      ChangeNotes.Factory notesFactory,
      IgnoredEventPoster events,
      HealthMetrics metrics) {
    this.evaluator = evaluator;
    this.changeDataFactory = changeDataFactory;
    this.notesFactory = notesFactory;
    this.events = events;
    this.metrics = metrics;
  }

  /**
   * Sends the event of {@code cd}, which {@code verdict} says is ignored and which its project does
   * not remind.
   *
   * @param capReached the sweep has sent as many events as it may
   */
  Outcome send(ChangeData cd, IgnoredVerdict verdict, boolean dryRun, boolean capReached) {
    try {
      if (dryRun || evaluator.policyOf(cd).policy().review().dryRun()) {
        return Outcome.DRY_RUN;
      }
      // A read before the cap, so that periods already announced do not count against it.
      if (events.sent(cd.project(), cd.getId(), verdict)) {
        return Outcome.ALREADY_SENT;
      }
      if (capReached) {
        return Outcome.CAPPED;
      }
      // The sweep judged on what it read when it began; an answer since ends the waiting period.
      ChangeNotes fresh = notesFactory.createChecked(cd.project(), cd.getId());
      IgnoredVerdict now =
          evaluator.evaluate(changeDataFactory.create(fresh), TimeUtil.now()).ignored();
      if (!now.ignored() || !now.waitingSince().equals(verdict.waitingSince())) {
        return Outcome.NO_LONGER_IGNORED;
      }
      return events.post(fresh, now, ImmutableList.of(), false)
          ? Outcome.SENT
          : Outcome.ALREADY_SENT;
    } catch (Exception e) {
      metrics.errors.increment(HealthMetrics.Component.EVENT);
      logger.atWarning().atMostEvery(10, TimeUnit.SECONDS).withCause(e).log(
          "cannot send the ignored event of change %s in %s", cd.getId(), cd.project());
      return Outcome.ERROR;
    }
  }
}
