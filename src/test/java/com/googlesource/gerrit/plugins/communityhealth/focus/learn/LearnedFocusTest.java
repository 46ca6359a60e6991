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

package com.googlesource.gerrit.plugins.communityhealth.focus.learn;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusMatcher;
import com.googlesource.gerrit.plugins.communityhealth.focus.PatchSetText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.Test;

public class LearnedFocusTest {
  private static PatchSetText text(String message, String... paths) {
    return new PatchSetText(
        message.lines().findFirst().orElse(""),
        message,
        ImmutableList.copyOf(paths),
        Optional.empty(),
        ImmutableList.of());
  }

  private static ExampleChange change(int number, String message, String area, String... paths) {
    return new ExampleChange(
        number, text(message, paths), area == null ? ImmutableSet.of() : ImmutableSet.of(area));
  }

  private static final List<ExampleChange> RECENT =
      List.of(
          change(1, "Add NUMA topology cells to guests", "numa", "nova/virt/hardware.py"),
          change(2, "Fit NUMA topology onto host cells", "numa", "nova/virt/hardware.py"),
          change(3, "Pin vCPUs to NUMA cells", "numa", "nova/virt/hardware.py"),
          change(4, "Fix typo in API reference", null, "api-ref/source/servers.inc"),
          change(5, "Tidy quota tests", null, "nova/tests/unit/test_quota.py"),
          change(6, "Log the volume attachment id", null, "nova/compute/manager.py"),
          change(7, "Describe cells v2 layout", null, "doc/source/cells.rst"));

  @Test
  public void aChangeLikeTheLinkedOnesMatchesWithItsNeighboursAndClues() {
    LearnedFocus learned = new FocusLearner(LearnerSettings.DEFAULT).learn(RECENT);

    ImmutableList<LearnedMatch> matches =
        learned.match(
            text("Handle guests without NUMA topology", "nova/virt/hardware.py"),
            OptionalInt.empty());

    assertThat(matches).hasSize(1);
    LearnedMatch m = matches.get(0);
    assertThat(m.area()).isEqualTo("numa");
    assertThat(m.vote()).isAtLeast(LearnerSettings.DEFAULT.minVote());
    assertThat(m.neighbours().stream().map(Neighbour::number).toList()).containsAtLeast(1, 2, 3);
    assertThat(m.clues().stream().map(Clue::term).toList())
        .containsAtLeast("numa", "nova/virt/hardware.py");
    assertThat(m.clues().get(0).worth()).isAtMost(1.0);
    assertThat(learned.linkedCounts()).containsExactly("numa", 3);
  }

  @Test
  public void aWholeIdentifierIsAClueAsTheMatcherIndexesIt() {
    // Every change says "instance" and "host": too common to tell anything. Only the linked ones
    // name instance_host, which the matcher's analysis keeps whole beside its words.
    LearnedFocus learned =
        new FocusLearner(LearnerSettings.DEFAULT)
            .learn(
                List.of(
                    change(1, "Move instance_host lookups to the instance host helper", "hosts"),
                    change(2, "Cache instance_host for the instance on its host", "hosts"),
                    change(3, "Fix the instance list on a host", null),
                    change(4, "Log the host of an instance", null),
                    change(5, "Tidy instance tests for the host manager", null)));

    ImmutableList<LearnedMatch> matches =
        learned.match(text("Read instance_host once per instance and host"), OptionalInt.empty());

    assertThat(matches.stream().map(LearnedMatch::area).toList()).containsExactly("hosts");
    assertThat(matches.get(0).clues().stream().map(Clue::term).toList())
        .containsExactly("instance_host");
  }

  @Test
  public void theMatchersAnalysisPassGivesTheSameNeighbours() {
    LearnedFocus learned = new FocusLearner(LearnerSettings.DEFAULT).learn(RECENT);
    FocusMatcher matcher =
        FocusMatcher.create(
            ImmutableList.of(new FocusAreaDefinition("numa", "", "numa", 1, Optional.empty())),
            LocalDate.of(2026, 6, 1));
    PatchSetText probe = text("Handle guests without NUMA topology", "nova/virt/hardware.py");

    FocusMatcher.Matched<ImmutableList<LearnedMatch>> matched =
        matcher.match(probe, analysed -> learned.match(analysed, OptionalInt.empty()));

    assertThat(matched.matches()).isNotEmpty();
    assertThat(matched.read()).hasValue(learned.match(probe, OptionalInt.empty()));
    assertThat(matched.read().orElseThrow()).isNotEmpty();
  }

  @Test
  public void anUnrelatedChangeMatchesNothing() {
    LearnedFocus learned = new FocusLearner(LearnerSettings.DEFAULT).learn(RECENT);

    assertThat(
            learned
                .match(
                    text("Tidy the API reference for quotas", "api-ref/source/quotas.inc"),
                    OptionalInt.empty())
                .stream()
                .filter(learned::neighboursMatch)
                .toList())
        .isEmpty();
  }

  @Test
  public void aChangeIsNotItsOwnNeighbour() {
    LearnedFocus learned = new FocusLearner(LearnerSettings.DEFAULT).learn(RECENT);

    for (LearnedMatch m :
        learned.match(RECENT.get(0).text(), OptionalInt.of(RECENT.get(0).number()))) {
      assertThat(m.neighbours().stream().map(Neighbour::number).toList()).doesNotContain(1);
    }
  }

  @Test
  public void withoutLinkedChangesNothingMatches() {
    LearnedFocus learned =
        new FocusLearner(LearnerSettings.DEFAULT)
            .learn(
                RECENT.stream()
                    .map(c -> new ExampleChange(c.number(), c.text(), ImmutableSet.of()))
                    .toList());

    assertThat(learned.match(RECENT.get(0).text(), OptionalInt.empty())).isEmpty();
    assertThat(LearnedFocus.EMPTY.match(RECENT.get(0).text(), OptionalInt.empty())).isEmpty();
  }
}
