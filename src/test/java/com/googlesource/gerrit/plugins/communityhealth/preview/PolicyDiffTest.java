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

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.googlesource.gerrit.plugins.communityhealth.api.PreviewInfo;
import com.googlesource.gerrit.plugins.communityhealth.preview.PreviewResult.ChangeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class PolicyDiffTest {
  private static final PreviewedChange.Switches NONE =
      new PreviewedChange.Switches(ImmutableList.of(), false, false, false);

  private static PreviewedChange.State state(String... areas) {
    return new PreviewedChange.State(
        ImmutableSet.copyOf(areas), Optional.empty(), false, false, false, false);
  }

  private static PreviewedChange.State ignored(boolean ignored, boolean due) {
    return new PreviewedChange.State(
        ImmutableSet.of(), Optional.empty(), false, false, ignored, due);
  }

  private static PreviewedChange.State tier(String tier, boolean untested) {
    return new PreviewedChange.State(
        ImmutableSet.of(), Optional.ofNullable(tier), untested, false, false, false);
  }

  private static PreviewedChange.State newcomer(boolean newcomer) {
    return new PreviewedChange.State(
        ImmutableSet.of(), Optional.empty(), false, newcomer, false, false);
  }

  private static PreviewResult diff(List<PreviewedChange> changes) {
    return PolicyDiff.diff(changes, false, NONE, NONE, 100, ImmutableList.of());
  }

  @Test
  public void sameSignalsMeanNoDifference() {
    PreviewResult r = diff(ImmutableList.of(new PreviewedChange(1, "a", state("x"), state("x"))));

    assertThat(r.noDifference()).isTrue();
    assertThat(r.examined()).isEqualTo(1);
    assertThat(PreviewSummary.text(r)).contains("No difference");
  }

  @Test
  public void newAreaListsTheChangesThatStartMatching() {
    PreviewedChange.Switches after =
        new PreviewedChange.Switches(ImmutableList.of("upgrades"), false, false, false);
    PreviewResult r =
        PolicyDiff.diff(
            ImmutableList.of(
                new PreviewedChange(1, "Upgrade db", state(), state("upgrades")),
                new PreviewedChange(2, "Docs", state(), state())),
            false,
            NONE,
            after,
            100,
            ImmutableList.of());

    assertThat(r.focusAreas()).hasSize(1);
    PreviewResult.FocusAreaDiff a = r.focusAreas().get(0);
    assertThat(a.area()).isEqualTo("upgrades");
    assertThat(a.added()).isTrue();
    assertThat(a.removed()).isFalse();
    assertThat(a.startMatching().first()).containsExactly(new ChangeRef(1, "Upgrade db"));
    assertThat(a.stopMatching().count()).isEqualTo(0);
  }

  @Test
  public void removedAreaListsTheChangesThatStopMatching() {
    PreviewedChange.Switches before =
        new PreviewedChange.Switches(ImmutableList.of("old"), false, false, false);
    PreviewResult r =
        PolicyDiff.diff(
            ImmutableList.of(new PreviewedChange(3, "c", state("old"), state())),
            false,
            before,
            NONE,
            100,
            ImmutableList.of());

    PreviewResult.FocusAreaDiff a = r.focusAreas().get(0);
    assertThat(a.removed()).isTrue();
    assertThat(a.stopMatching().first()).containsExactly(new ChangeRef(3, "c"));
  }

  @Test
  public void unchangedAreaWithoutDifferenceIsLeftOut() {
    PreviewedChange.Switches both =
        new PreviewedChange.Switches(ImmutableList.of("same"), false, false, false);
    PreviewResult r =
        PolicyDiff.diff(
            ImmutableList.of(new PreviewedChange(1, "a", state("same"), state("same"))),
            false,
            both,
            both,
            100,
            ImmutableList.of());

    assertThat(r.focusAreas()).isEmpty();
  }

  @Test
  public void ignoredBothWaysAreSeparated() {
    PreviewResult r =
        diff(
            ImmutableList.of(
                new PreviewedChange(1, "becomes", ignored(false, false), ignored(true, false)),
                new PreviewedChange(2, "stops", ignored(true, false), ignored(false, false)),
                new PreviewedChange(3, "stays", ignored(true, false), ignored(true, false))));

    assertThat(r.becomeIgnored().first()).containsExactly(new ChangeRef(1, "becomes"));
    assertThat(r.stopIgnored().first()).containsExactly(new ChangeRef(2, "stops"));
  }

  @Test
  public void newcomerBothWaysAreSeparated() {
    PreviewResult r =
        diff(
            ImmutableList.of(
                new PreviewedChange(1, "becomes", newcomer(false), newcomer(true)),
                new PreviewedChange(2, "stops", newcomer(true), newcomer(false)),
                new PreviewedChange(3, "stays", newcomer(true), newcomer(true))));

    assertThat(r.becomeNewcomer().first()).containsExactly(new ChangeRef(1, "becomes"));
    assertThat(r.stopNewcomer().first()).containsExactly(new ChangeRef(2, "stops"));
    assertThat(r.noDifference()).isFalse();
    String text = PreviewSummary.text(r);
    assertThat(text).contains("1 change would be flagged newcomer");
    assertThat(text).contains("1 change would no longer be flagged newcomer");
    PreviewInfo info = PreviewSummary.json(r);
    assertThat(info.becomeNewcomer.count).isEqualTo(1);
    assertThat(info.stopNewcomer.changes.get(0)._number).isEqualTo(2);
  }

  @Test
  public void tierOrTestingChangesAreListedWithBothValues() {
    PreviewResult r =
        diff(
            ImmutableList.of(
                new PreviewedChange(1, "tier", tier("experimental", true), tier("complete", true)),
                new PreviewedChange(2, "testing", tier("complete", true), tier("complete", false)),
                new PreviewedChange(3, "none", tier(null, false), tier(null, false))));

    assertThat(r.tierChanges().count()).isEqualTo(2);
    PreviewResult.TierChange first = r.tierChanges().first().get(0);
    assertThat(first.tierBefore()).hasValue("experimental");
    assertThat(first.tierAfter()).hasValue("complete");
    String text = PreviewSummary.text(r);
    assertThat(text).contains("Change 1: tier (tier experimental → complete)");
    assertThat(text).contains("Change 2: testing (untested\\_upstream true → false)");
  }

  @Test
  public void listsAreCappedButCountEverything() {
    List<PreviewedChange> many = new ArrayList<>();
    for (int i = 1; i <= PolicyDiff.MAX_LISTED + 5; i++) {
      many.add(new PreviewedChange(i, "c" + i, ignored(false, false), ignored(true, false)));
    }
    PreviewResult r = diff(many);

    assertThat(r.becomeIgnored().count()).isEqualTo(PolicyDiff.MAX_LISTED + 5);
    assertThat(r.becomeIgnored().first()).hasSize(PolicyDiff.MAX_LISTED);
    assertThat(PreviewSummary.text(r)).contains("* and 5 more");
  }

  @Test
  public void remindersCountDueChangesUpToTheSweepCapAndNoneInADryRun() {
    PreviewedChange.Switches remind =
        new PreviewedChange.Switches(ImmutableList.of(), true, true, false);
    PreviewedChange.Switches dry =
        new PreviewedChange.Switches(ImmutableList.of(), true, true, true);
    List<PreviewedChange> due = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      due.add(new PreviewedChange(i, "c", ignored(true, true), ignored(true, true)));
    }

    PreviewResult r = PolicyDiff.diff(due, false, dry, remind, 3, ImmutableList.of());

    assertThat(r.remindersBefore()).isEqualTo(0);
    assertThat(r.remindersAfter()).isEqualTo(3);
    assertThat(r.remind().before()).isFalse();
    assertThat(r.remind().after()).isTrue();
    assertThat(r.welcome().changes()).isTrue();
    assertThat(PreviewSummary.text(r)).contains("Reminders: off → on");
  }

  @Test
  public void hostileSubjectsAndAreaNamesCannotShapeTheMessage() {
    String subject = "<GERRIT_ACCOUNT_1000000> [click](https://evil.example) @admin\n# Heading";
    PreviewedChange.Switches after =
        new PreviewedChange.Switches(ImmutableList.of("*bold*"), false, false, false);
    PreviewResult r =
        PolicyDiff.diff(
            ImmutableList.of(new PreviewedChange(9, subject, state(), state("*bold*"))),
            false,
            NONE,
            after,
            100,
            ImmutableList.of());

    String text = PreviewSummary.text(r);

    assertThat(text).doesNotContain("<GERRIT_ACCOUNT");
    assertThat(text).doesNotContain("[click]");
    assertThat(text).doesNotContain("https://");
    assertThat(text).doesNotContain(" @admin");
    assertThat(text).doesNotContain("\n# Heading");
    assertThat(text).contains("Focus area \"\\*bold\\*\" (new)");
    // The JSON keeps the subject as it is: clients escape for their own medium.
    assertThat(PreviewSummary.json(r).focusAreas.get(0).startMatching.changes.get(0).subject)
        .isEqualTo(subject);
  }

  @Test
  public void jsonCarriesTheSameListsAndTheTextSummary() {
    PreviewResult r =
        diff(
            ImmutableList.of(
                new PreviewedChange(7, "x_y", ignored(false, false), ignored(true, false))));

    PreviewInfo info = PreviewSummary.json(r);

    assertThat(info.becomeIgnored.count).isEqualTo(1);
    assertThat(info.becomeIgnored.changes.get(0)._number).isEqualTo(7);
    assertThat(info.becomeIgnored.changes.get(0).subject).isEqualTo("x_y");
    assertThat(info.summary).isEqualTo(PreviewSummary.text(r));
    // User values are escaped in the text, not in the JSON.
    assertThat(info.summary).contains("Change 7: x\\_y");
    assertThat(info.truncated).isNull();
  }
}
