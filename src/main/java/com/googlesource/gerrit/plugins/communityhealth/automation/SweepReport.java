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

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.googlesource.gerrit.plugins.communityhealth.review.IgnoredVerdict;
import com.googlesource.gerrit.plugins.communityhealth.review.Person;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What one sweep found and did.
 *
 * @param started when the sweep began
 * @param duration how long it took
 * @param dryRun whether the whole sweep was a dry run (projects in {@code dryRun} are always)
 * @param candidates open changes, ready for review and public, that the index returned
 * @param exempt those of them that their project's {@code [review] exempt} query matches, left out
 *     before evaluation
 * @param waiting those of them waiting on reviewers
 * @param ignored those of them waiting longer than their threshold
 * @param reminded reminders posted
 * @param wouldRemind reminders a dry run would have posted
 * @param events {@code community-health-ignored} stream events sent, with a reminder or alone (for
 *     a project that does not remind); never in a dry run
 * @param skipped ignored changes that got no reminder, by reason; evaluation errors too
 * @param changes one entry per ignored change (and per error), at most {@link Sweeper#MAX_ENTRIES}
 * @param changesTruncated whether entries were left out beyond that limit
 */
public record SweepReport(
    Instant started,
    Duration duration,
    boolean dryRun,
    int candidates,
    int exempt,
    int waiting,
    int ignored,
    int reminded,
    int wouldRemind,
    int events,
    ImmutableMap<Skip, Integer> skipped,
    ImmutableList<Entry> changes,
    boolean changesTruncated) {
  /** Why an ignored change got no reminder. */
  public enum Skip {
    /** The project does not post reminders ({@code [review] remind = false}). */
    REMIND_OFF,
    /** This waiting period already has its reminder. */
    ALREADY_REMINDED,
    /** When re-read just before posting, the change no longer needed one (raced, or answered). */
    NO_LONGER_DUE,
    /** The sweep had posted {@code maxRemindersPerSweep} reminders; the next sweep goes on. */
    CAPPED,
    /** The signals or the post failed; logged and counted in the errors metric. */
    ERROR
  }

  /** What happened to one change. */
  public enum Outcome {
    REMINDED,
    WOULD_REMIND,
    REMIND_OFF,
    ALREADY_REMINDED,
    NO_LONGER_DUE,
    CAPPED,
    ERROR
  }

  /**
   * One change in the report.
   *
   * @param project the project
   * @param number the change number
   * @param verdict why the change counts as ignored; empty for an error before it was known
   * @param outcome what the sweep did
   * @param targets who the reminder adds (or would add) to the attention set
   * @param skippedAway maintainers or mentors passed over because their status says away
   * @param event whether this sweep sent the change's stream event
   */
  public record Entry(
      String project,
      int number,
      Optional<IgnoredVerdict> verdict,
      Outcome outcome,
      ImmutableList<Person> targets,
      ImmutableList<Person> skippedAway,
      boolean event) {
    public Entry {
      requireNonNull(project, "project");
      requireNonNull(verdict, "verdict");
      requireNonNull(outcome, "outcome");
      requireNonNull(targets, "targets");
      requireNonNull(skippedAway, "skippedAway");
    }
  }

  public SweepReport {
    requireNonNull(started, "started");
    requireNonNull(duration, "duration");
    requireNonNull(skipped, "skipped");
    requireNonNull(changes, "changes");
  }

  /** A sweep that did nothing because the plugin is switched off. */
  static SweepReport disabled(Instant now, boolean dryRun) {
    return new SweepReport(
        now,
        Duration.ZERO,
        dryRun,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        ImmutableMap.of(),
        ImmutableList.of(),
        false);
  }
}
