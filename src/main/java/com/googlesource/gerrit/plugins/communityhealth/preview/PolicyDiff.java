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

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.preview.PreviewResult.ChangeRef;
import com.googlesource.gerrit.plugins.communityhealth.preview.PreviewResult.FocusAreaDiff;
import com.googlesource.gerrit.plugins.communityhealth.preview.PreviewResult.Listed;
import com.googlesource.gerrit.plugins.communityhealth.preview.PreviewResult.TierChange;
import com.googlesource.gerrit.plugins.communityhealth.preview.PreviewResult.Toggle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Compares the signals of open changes under the configuration in force with those under a
 * candidate. Pure: records in, a {@link PreviewResult} out.
 */
public final class PolicyDiff {
  /** Each list names at most this many changes; its count covers them all. */
  public static final int MAX_LISTED = 10;

  private PolicyDiff() {}

  /**
   * @param changes the examined changes, in the order lists should name them
   * @param truncated whether more open changes exist than {@code changes}
   * @param before the project's switches under the configuration in force
   * @param after the same under the candidate
   * @param maxRemindersPerSweep the server's cap on reminders per sweep
   * @param warnings what a push of the candidate would warn about
   */
  public static PreviewResult diff(
      List<PreviewedChange> changes,
      boolean truncated,
      PreviewedChange.Switches before,
      PreviewedChange.Switches after,
      int maxRemindersPerSweep,
      ImmutableList<String> warnings) {
    Set<String> areas = new LinkedHashSet<>(after.focusAreas());
    areas.addAll(before.focusAreas());
    ImmutableList.Builder<FocusAreaDiff> focus = ImmutableList.builder();
    for (String area : areas) {
      Listed<ChangeRef> start =
          list(changes, c -> !c.before().focusAreas().contains(area) && matches(c, area));
      Listed<ChangeRef> stop =
          list(changes, c -> c.before().focusAreas().contains(area) && !matches(c, area));
      boolean added = !before.focusAreas().contains(area);
      boolean removed = !after.focusAreas().contains(area);
      if (added || removed || start.count() > 0 || stop.count() > 0) {
        focus.add(new FocusAreaDiff(area, added, removed, start, stop));
      }
    }
    return new PreviewResult(
        changes.size(),
        truncated,
        focus.build(),
        tierChanges(changes),
        list(changes, c -> !c.before().ignored() && c.after().ignored()),
        list(changes, c -> c.before().ignored() && !c.after().ignored()),
        list(changes, c -> !c.before().newcomer() && c.after().newcomer()),
        list(changes, c -> c.before().newcomer() && !c.after().newcomer()),
        new Toggle(before.welcome() && !before.dryRun(), after.welcome() && !after.dryRun()),
        new Toggle(before.remind() && !before.dryRun(), after.remind() && !after.dryRun()),
        reminders(changes, before, c -> c.before().reminderDue(), maxRemindersPerSweep),
        reminders(changes, after, c -> c.after().reminderDue(), maxRemindersPerSweep),
        warnings);
  }

  private static boolean matches(PreviewedChange c, String area) {
    return c.after().focusAreas().contains(area);
  }

  private static Listed<TierChange> tierChanges(List<PreviewedChange> changes) {
    int count = 0;
    List<TierChange> first = new ArrayList<>();
    for (PreviewedChange c : changes) {
      PreviewedChange.State b = c.before();
      PreviewedChange.State a = c.after();
      if (b.tier().equals(a.tier()) && b.untestedUpstream() == a.untestedUpstream()) {
        continue;
      }
      count++;
      if (first.size() < MAX_LISTED) {
        first.add(
            new TierChange(ref(c), b.tier(), a.tier(), b.untestedUpstream(), a.untestedUpstream()));
      }
    }
    return new Listed<>(count, ImmutableList.copyOf(first));
  }

  /** What a sweep would post: nothing in a dry run, at most its cap otherwise. */
  private static int reminders(
      List<PreviewedChange> changes,
      PreviewedChange.Switches switches,
      Predicate<PreviewedChange> due,
      int cap) {
    if (!switches.remind() || switches.dryRun()) {
      return 0;
    }
    return (int) Math.min(cap, changes.stream().filter(due).count());
  }

  private static Listed<ChangeRef> list(
      List<PreviewedChange> changes, Predicate<PreviewedChange> selected) {
    int count = 0;
    List<ChangeRef> first = new ArrayList<>();
    for (PreviewedChange c : changes) {
      if (selected.test(c)) {
        count++;
        if (first.size() < MAX_LISTED) {
          first.add(ref(c));
        }
      }
    }
    return new Listed<>(count, ImmutableList.copyOf(first));
  }

  private static ChangeRef ref(PreviewedChange c) {
    return new ChangeRef(c.number(), c.subject());
  }
}
