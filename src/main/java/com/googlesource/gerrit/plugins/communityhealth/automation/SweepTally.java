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
import com.google.common.collect.ImmutableMap;
import com.google.common.flogger.FluentLogger;
import com.google.gerrit.server.query.change.ChangeData;
import com.googlesource.gerrit.plugins.communityhealth.automation.SweepReport.Entry;
import com.googlesource.gerrit.plugins.communityhealth.automation.SweepReport.Outcome;
import com.googlesource.gerrit.plugins.communityhealth.automation.SweepReport.Skip;
import com.googlesource.gerrit.plugins.communityhealth.review.EscalationTargets;
import com.googlesource.gerrit.plugins.communityhealth.review.IgnoredVerdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sweep's reporting: counts what one sweep saw and did, lists the changes it acted on (up to
 * {@link Sweeper#MAX_ENTRIES}) and turns it all into a {@link SweepReport} and a log line. Not
 * thread-safe: one per sweep, on the sweep's thread.
 */
class SweepTally {
  private static final FluentLogger logger = FluentLogger.forEnclosingClass();

  private final Instant started;
  private final boolean dryRun;
  private final Map<Skip, Integer> skipped = new EnumMap<>(Skip.class);
  private final List<Entry> entries = new ArrayList<>();
  private boolean truncated;
  private int candidates;
  private int exempt;
  private int waiting;
  private int ignored;
  private int reminded;
  private int wouldRemind;
  private int events;

  SweepTally(Instant started, boolean dryRun) {
    this.started = started;
    this.dryRun = dryRun;
  }

  boolean dryRun() {
    return dryRun;
  }

  void selected(int candidates, int exempt) {
    this.candidates = candidates;
    this.exempt = exempt;
  }

  void waiting() {
    waiting++;
  }

  void ignored() {
    ignored++;
  }

  /** How many reminders this sweep posted or, in a dry run, would post. */
  int remindersSoFar() {
    return reminded + wouldRemind;
  }

  /** How many stream events this sweep sent, with reminders or alone. */
  int eventsSoFar() {
    return events;
  }

  /**
   * What became of an ignored change.
   *
   * @param event whether its stream event was sent
   */
  void outcome(
      ChangeData cd,
      IgnoredVerdict verdict,
      Outcome outcome,
      EscalationTargets targets,
      boolean event) {
    if (event) {
      events++;
    }
    switch (outcome) {
      case REMINDED -> reminded++;
      case WOULD_REMIND -> wouldRemind++;
      case REMIND_OFF -> skipped.merge(Skip.REMIND_OFF, 1, Integer::sum);
      case ALREADY_REMINDED -> skipped.merge(Skip.ALREADY_REMINDED, 1, Integer::sum);
      case NO_LONGER_DUE -> skipped.merge(Skip.NO_LONGER_DUE, 1, Integer::sum);
      case CAPPED -> skipped.merge(Skip.CAPPED, 1, Integer::sum);
      case ERROR -> skipped.merge(Skip.ERROR, 1, Integer::sum);
    }
    entry(cd, Optional.of(verdict), outcome, targets, event);
  }

  /** A change whose signals or reminder failed (already logged and counted by the caller). */
  void error(ChangeData cd, Optional<IgnoredVerdict> verdict) {
    skipped.merge(Skip.ERROR, 1, Integer::sum);
    entry(cd, verdict, Outcome.ERROR, EscalationTargets.NONE, false);
  }

  private void entry(
      ChangeData cd,
      Optional<IgnoredVerdict> verdict,
      Outcome outcome,
      EscalationTargets targets,
      boolean event) {
    if (entries.size() >= Sweeper.MAX_ENTRIES) {
      truncated = true;
      return;
    }
    entries.add(
        new Entry(
            cd.project().get(),
            cd.getId().get(),
            verdict,
            outcome,
            targets.targets(),
            targets.skippedAway(),
            event));
  }

  /** The report of the sweep, which took {@code duration}, also logged. */
  SweepReport report(Duration duration) {
    SweepReport report =
        new SweepReport(
            started,
            duration,
            dryRun,
            candidates,
            exempt,
            waiting,
            ignored,
            reminded,
            wouldRemind,
            events,
            ImmutableMap.copyOf(skipped),
            ImmutableList.copyOf(entries),
            truncated);
    logger.atInfo().log(
        "sweep%s: %d candidates, %d exempt, %d waiting, %d ignored, %d reminded, %d would remind,"
            + " %d events, skipped %s, in %d ms",
        dryRun ? " (dry run)" : "",
        report.candidates(),
        report.exempt(),
        report.waiting(),
        report.ignored(),
        report.reminded(),
        report.wouldRemind(),
        report.events(),
        report.skipped(),
        report.duration().toMillis());
    return report;
  }
}
