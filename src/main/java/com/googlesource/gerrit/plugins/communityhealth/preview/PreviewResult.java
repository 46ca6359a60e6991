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
import java.util.Optional;

/**
 * What a candidate {@code community-health.config} would change on a project's open changes, as
 * computed once by {@link PolicyDiff} and shown both by the REST endpoint and by the bot's message
 * (both through {@link PreviewSummary}).
 *
 * @param examined how many open changes were compared
 * @param truncated whether more open changes exist than were examined (the most recently updated
 *     ones are examined, up to a count and a time budget)
 * @param focusAreas per focus area (in the candidate's order, then removed ones), the changes that
 *     would start or stop matching; areas without any difference are left out
 * @param tierChanges changes whose tier or {@code untested_upstream} would change
 * @param becomeIgnored changes that would count as ignored and do not now
 * @param stopIgnored changes that count as ignored now and would not
 * @param becomeNewcomer changes whose owner would count as a newcomer and does not now ({@code
 *     [newcomer] maxMergedChanges} or {@code exemptGroup} changed)
 * @param stopNewcomer changes whose owner counts as a newcomer now and would not
 * @param welcome whether newcomers are welcomed, before and after
 * @param remind whether the sweeper posts reminders, before and after
 * @param remindersBefore how many reminders the next sweep would post with the configuration in
 *     force (among the examined changes, capped like a sweep)
 * @param remindersAfter the same with the candidate
 * @param warnings what a push of the text would warn about
 */
public record PreviewResult(
    int examined,
    boolean truncated,
    ImmutableList<FocusAreaDiff> focusAreas,
    Listed<TierChange> tierChanges,
    Listed<ChangeRef> becomeIgnored,
    Listed<ChangeRef> stopIgnored,
    Listed<ChangeRef> becomeNewcomer,
    Listed<ChangeRef> stopNewcomer,
    Toggle welcome,
    Toggle remind,
    int remindersBefore,
    int remindersAfter,
    ImmutableList<String> warnings) {
  public PreviewResult {
    requireNonNull(focusAreas, "focusAreas");
    requireNonNull(tierChanges, "tierChanges");
    requireNonNull(becomeIgnored, "becomeIgnored");
    requireNonNull(stopIgnored, "stopIgnored");
    requireNonNull(becomeNewcomer, "becomeNewcomer");
    requireNonNull(stopNewcomer, "stopNewcomer");
    requireNonNull(welcome, "welcome");
    requireNonNull(remind, "remind");
    requireNonNull(warnings, "warnings");
  }

  /** Whether the candidate would change nothing that the preview looks at. */
  public boolean noDifference() {
    return focusAreas.isEmpty()
        && tierChanges.count() == 0
        && becomeIgnored.count() == 0
        && stopIgnored.count() == 0
        && becomeNewcomer.count() == 0
        && stopNewcomer.count() == 0
        && !welcome.changes()
        && !remind.changes()
        && remindersBefore == remindersAfter;
  }

  /** A change, as lists name it. */
  public record ChangeRef(int number, String subject) {
    public ChangeRef {
      requireNonNull(subject, "subject");
    }
  }

  /** How many there are, and the first of them. */
  public record Listed<T>(int count, ImmutableList<T> first) {
    public Listed {
      requireNonNull(first, "first");
    }

    public static <T> Listed<T> empty() {
      return new Listed<>(0, ImmutableList.of());
    }
  }

  /**
   * One focus area's difference.
   *
   * @param added the area exists only in the candidate
   * @param removed the area exists only in the configuration in force
   */
  public record FocusAreaDiff(
      String area,
      boolean added,
      boolean removed,
      Listed<ChangeRef> startMatching,
      Listed<ChangeRef> stopMatching) {
    public FocusAreaDiff {
      requireNonNull(area, "area");
      requireNonNull(startMatching, "startMatching");
      requireNonNull(stopMatching, "stopMatching");
    }
  }

  /** A change whose tier or testing would change; an empty tier means no feature is touched. */
  public record TierChange(
      ChangeRef change,
      Optional<String> tierBefore,
      Optional<String> tierAfter,
      boolean untestedUpstreamBefore,
      boolean untestedUpstreamAfter) {
    public TierChange {
      requireNonNull(change, "change");
      requireNonNull(tierBefore, "tierBefore");
      requireNonNull(tierAfter, "tierAfter");
    }
  }

  /** A setting before and after. */
  public record Toggle(boolean before, boolean after) {
    public boolean changes() {
      return before != after;
    }
  }
}
