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

import com.google.common.annotations.VisibleForTesting;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.metrics.Timer0;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.gerrit.server.util.ManualRequestContext;
import com.google.gerrit.server.util.OneOffRequestContext;
import com.google.gerrit.server.util.time.TimeUtil;
import com.google.inject.Inject;
import com.google.inject.Module;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.automation.SweepCandidates.Evaluated;
import com.googlesource.gerrit.plugins.communityhealth.automation.SweepReport.Outcome;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import com.googlesource.gerrit.plugins.communityhealth.review.IgnoredVerdict;
import com.googlesource.gerrit.plugins.communityhealth.signals.Signals;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Looks at every open change and reminds reviewers of the ignored ones, in three steps: {@link
 * SweepCandidates} selects the open changes with their signals, {@link Reminder} reminds on each
 * ignored one (or, where the project does not remind, {@link EventOnlySender} sends its stream
 * event alone), {@link SweepTally} reports. A sweep runs on Gerrit's work queue ({@link
 * SweepQueues}), so {@code show-queue} lists it while it runs.
 */
@Singleton
public class Sweeper {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  /** Entries beyond this are counted but not listed: the report of a huge backlog stays small. */
  public static final int MAX_ENTRIES = 1000;

  static final String REMINDED_CACHE = Reminder.REMINDED_CACHE;

  /** Threads computing signals in a sweep: both cores of the spec's machine, never more. */
  public static final int EVALUATION_THREADS = 2;

  public static Module cacheModule() {
    return Reminder.cacheModule();
  }

  private final ServerSettings settings;
  private final OneOffRequestContext requestContext;
  private final SweepQueues queues;
  private final SweepCandidates candidates;
  private final Reminder reminder;
  private final EventOnlySender eventOnly;
  private final HealthMetrics metrics;
  private volatile Runnable startHook = () -> {};

  @Inject
  Sweeper(
      ServerSettings settings,
      OneOffRequestContext requestContext,
      SweepQueues queues,
      SweepCandidates candidates,
      Reminder reminder,
      EventOnlySender eventOnly,
      HealthMetrics metrics) {
    this.settings = settings;
    this.requestContext = requestContext;
    this.queues = queues;
    this.candidates = candidates;
    this.reminder = reminder;
    this.eventOnly = eventOnly;
    this.metrics = metrics;
  }

  /** For the benchmark: how many threads compute signals (1: none but the sweep's own). */
  @VisibleForTesting
  public void setEvaluationThreads(int threads) {
    candidates.setEvaluationThreads(threads);
  }

  /** For tests: how many candidates make one batch of signals (250 by default). */
  @VisibleForTesting
  public void setEvaluationBatch(int batch) {
    candidates.setEvaluationBatch(batch);
  }

  /** For tests: runs at the start of each sweep, on the sweep's thread. */
  @VisibleForTesting
  public void setStartHook(Runnable hook) {
    this.startHook = hook;
  }

  /**
   * Sweeps all open changes once, on the {@link SweepQueues#SWEEP_QUEUE} queue, and waits for it.
   *
   * @param dryRun report what would be posted and post nothing (projects with {@code [review]
   *     dryRun = true} are always swept dry)
   */
  public SweepReport sweep(boolean dryRun) {
    if (!settings.enabled()) {
      return SweepReport.disabled(TimeUtil.now(), dryRun);
    }
    return queues.runSweep(
        dryRun ? "sweep for ignored reviews (dry run)" : "sweep for ignored reviews",
        () -> run(dryRun));
  }

  private SweepReport run(boolean dryRun) {
    startHook.run();
    Instant started = TimeUtil.now();
    SweepTally tally = new SweepTally(started, dryRun);
    try (Timer0.Context timer = metrics.sweepLatency.start();
        ManualRequestContext ctx = requestContext.open()) {
      SweepCandidates.Selection selection = candidates.select(started);
      tally.selected(selection.candidates(), selection.exempt());
      Reminder.Session reminders = reminder.session(dryRun, started);
      for (Evaluated e : selection.evaluated()) {
        sweep(e, reminders, tally);
      }
    }
    return tally.report(Duration.between(started, TimeUtil.now()));
  }

  private void sweep(Evaluated evaluated, Reminder.Session reminders, SweepTally tally) {
    ChangeData cd = evaluated.cd();
    if (evaluated.signals().isEmpty()) {
      error(tally, cd, Optional.empty(), evaluated.error().orElseThrow());
      return;
    }
    Signals signals = evaluated.signals().get();
    if (signals.change().waitingSince().isEmpty()) {
      return;
    }
    tally.waiting();
    IgnoredVerdict verdict = signals.ignored();
    if (!verdict.ignored()) {
      return;
    }
    tally.ignored();
    try {
      boolean capReached = tally.remindersSoFar() >= settings.maxRemindersPerSweep();
      Reminder.Result result = reminders.remind(cd, signals, capReached);
      boolean event = result.eventSent();
      // A project that reminds sends its event with the reminder (and none while capped or dry);
      // only one that does not remind sends it alone. Both take the same claim: never two.
      if (result.outcome() == Outcome.REMIND_OFF) {
        boolean eventCapReached = tally.eventsSoFar() >= settings.maxRemindersPerSweep();
        event =
            eventOnly.send(cd, verdict, tally.dryRun(), eventCapReached)
                == EventOnlySender.Outcome.SENT;
      }
      tally.outcome(cd, verdict, result.outcome(), result.targets(), event);
    } catch (Exception e) {
      error(tally, cd, Optional.of(verdict), e);
    }
  }

  private void error(
      SweepTally tally, ChangeData cd, Optional<IgnoredVerdict> verdict, Exception e) {
    metrics.errors.increment(HealthMetrics.Component.SWEEP);
    // One cause (a missing bot account) can fail every change: the metric and the report count
    // them all, the log shows a sample.
    logger.atWarning().atMostEvery(10, TimeUnit.SECONDS).withCause(e).log(
        "sweep of change %s in %s failed", cd.getId(), cd.project());
    tally.error(cd, verdict);
  }
}
