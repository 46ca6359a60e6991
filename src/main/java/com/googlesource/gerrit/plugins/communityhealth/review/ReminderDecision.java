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

package com.googlesource.gerrit.plugins.communityhealth.review;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a reminder is due on a change now, and why (or why not), for the sweeper and its preview.
 *
 * @param outcome the decision
 * @param previousReminder when this waiting period's reminder was posted, if it was
 */
public record ReminderDecision(Outcome outcome, Optional<Instant> previousReminder) {
  /** The decision, with the reason when no reminder is due. */
  public enum Outcome {
    /** Post a reminder now (unless the project is in dry run, then report it). */
    DUE,
    /** The change is not ignored. */
    NOT_IGNORED,
    /** The project does not post reminders ({@code [review] remind = false}). */
    REMIND_OFF,
    /** This waiting period already has its reminder. */
    ALREADY_REMINDED
  }

  public ReminderDecision {
    requireNonNull(outcome, "outcome");
    requireNonNull(previousReminder, "previousReminder");
  }

  public boolean due() {
    return outcome == Outcome.DUE;
  }
}
