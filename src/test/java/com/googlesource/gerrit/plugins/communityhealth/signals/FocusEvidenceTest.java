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

package com.googlesource.gerrit.plugins.communityhealth.signals;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusAreaDefinition;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusHit;
import com.googlesource.gerrit.plugins.communityhealth.focus.FocusMatch;
import com.googlesource.gerrit.plugins.communityhealth.focus.PatchSetText;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.Clue;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.ExampleChange;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.FocusLearner;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.LearnedFocus;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.LearnedMatch;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.LearnerSettings;
import com.googlesource.gerrit.plugins.communityhealth.focus.learn.Neighbour;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class FocusEvidenceTest {
  private static final FocusAreaDefinition NUMA =
      new FocusAreaDefinition(
          "numa",
          "",
          "numa",
          2.0,
          Optional.empty(),
          Optional.of("topic:bp/numa"),
          Duration.ofDays(180));
  private static final FocusAreaDefinition OBJECTS =
      new FocusAreaDefinition("objects", "", "objects", 1.0, Optional.empty());
  private static final List<FocusAreaDefinition> AREAS = List.of(NUMA, OBJECTS);
  private static final ImmutableSet<String> ACTIVE = ImmutableSet.of("numa", "objects");

  private static final LearnedMatch LEARNED =
      new LearnedMatch(
          "numa",
          0.85,
          ImmutableList.of(new Neighbour(7, "Fit NUMA topology", 0.85)),
          ImmutableList.of(new Clue("message", "numa", 1.0)));

  @Test
  public void nothingWithoutEvidence() {
    assertThat(
            FocusEvidence.combine(
                AREAS, ACTIVE, List.of(), ImmutableMap.of(), LearnedFocus.EMPTY, List.of()))
        .isEmpty();
  }

  @Test
  public void aLinkPutsTheChangeInTheAreaOutright() {
    FocusSignal s =
        FocusEvidence.combine(
                AREAS,
                ACTIVE,
                List.of(),
                ImmutableMap.of("numa", "topic:bp/numa"),
                LearnedFocus.EMPTY,
                List.of())
            .get(0);
    assertThat(s.name()).isEqualTo("numa");
    assertThat(s.score()).isEqualTo(FocusEvidence.LINKED_SCORE);
    assertThat(s.linkedBy()).hasValue("topic:bp/numa");
    assertThat(s.weight()).isEqualTo(2.0);
  }

  @Test
  public void neighboursAloneMatchWithTheirVote() {
    FocusSignal s =
        FocusEvidence.combine(
                AREAS, ACTIVE, List.of(), ImmutableMap.of(), LearnedFocus.EMPTY, List.of(LEARNED))
            .get(0);
    assertThat(s.score()).isEqualTo(0.85);
    assertThat(s.neighbours()).isEqualTo(LEARNED.neighbours());
    assertThat(s.clues()).isEqualTo(LEARNED.clues());
    assertThat(s.linkedBy()).isEmpty();
  }

  @Test
  public void theStrongestEvidenceGivesTheScoreAndAllIsKept() {
    FocusMatch query =
        new FocusMatch("numa", 0.86, ImmutableList.of(new FocusHit("subject", "NUMA")));
    FocusSignal s =
        FocusEvidence.combine(
                AREAS,
                ACTIVE,
                List.of(query),
                ImmutableMap.of(),
                LearnedFocus.EMPTY,
                List.of(LEARNED))
            .get(0);
    assertThat(s.score()).isEqualTo(0.86);
    assertThat(s.hits()).isEqualTo(query.hits());
    assertThat(s.neighbours()).isEqualTo(LEARNED.neighbours());
  }

  @Test
  public void inactiveAreasAreLeftOutAndStrongestComesFirst() {
    FocusMatch objects = new FocusMatch("objects", 0.39, ImmutableList.of());
    ImmutableList<FocusSignal> out =
        FocusEvidence.combine(
            AREAS,
            ACTIVE,
            List.of(objects),
            ImmutableMap.of("numa", "topic:bp/numa"),
            LearnedFocus.EMPTY,
            List.of());
    assertThat(out.stream().map(FocusSignal::name).toList())
        .containsExactly("numa", "objects")
        .inOrder();
    assertThat(
            FocusEvidence.combine(
                AREAS,
                ImmutableSet.of("objects"),
                List.of(),
                ImmutableMap.of("numa", "topic:bp/numa"),
                LearnedFocus.EMPTY,
                List.of(LEARNED)))
        .isEmpty();
  }

  /** Evidence where "numa" has a linked change, so that its neighbours judge weak query matches. */
  private static final LearnedFocus NUMA_LEARNED =
      new FocusLearner(LearnerSettings.DEFAULT)
          .learn(
              List.of(
                  new ExampleChange(
                      1,
                      new PatchSetText(
                          "Fit NUMA",
                          "Fit NUMA",
                          ImmutableList.of(),
                          Optional.empty(),
                          ImmutableList.of()),
                      ImmutableSet.of("numa"))));

  @Test
  public void aWeakQueryMatchNeedsTheNeighboursSupportWhenTheAreaLearned() {
    FocusMatch weak = new FocusMatch("numa", 0.39, ImmutableList.of());
    assertThat(
            FocusEvidence.combine(
                AREAS, ACTIVE, List.of(weak), ImmutableMap.of(), NUMA_LEARNED, List.of()))
        .isEmpty();
    LearnedMatch support = new LearnedMatch("numa", 0.35, LEARNED.neighbours(), LEARNED.clues());
    FocusSignal s =
        FocusEvidence.combine(
                AREAS, ACTIVE, List.of(weak), ImmutableMap.of(), NUMA_LEARNED, List.of(support))
            .get(0);
    assertThat(s.score()).isEqualTo(0.39);
    assertThat(s.neighbours()).isEqualTo(LEARNED.neighbours());
  }

  @Test
  public void aStrongQueryMatchStandsWhateverTheNeighboursSay() {
    FocusMatch strong = new FocusMatch("numa", 0.92, ImmutableList.of());
    assertThat(
            FocusEvidence.combine(
                AREAS, ACTIVE, List.of(strong), ImmutableMap.of(), NUMA_LEARNED, List.of()))
        .hasSize(1);
  }

  @Test
  public void anAreaWithoutLinkedChangesIsItsQueryAlone() {
    FocusMatch weak = new FocusMatch("objects", 0.39, ImmutableList.of());
    assertThat(
            FocusEvidence.combine(
                AREAS, ACTIVE, List.of(weak), ImmutableMap.of(), NUMA_LEARNED, List.of()))
        .hasSize(1);
  }

  @Test
  public void supportBelowTheVoteDoesNotMatchAlone() {
    LearnedMatch support = new LearnedMatch("numa", 0.25, LEARNED.neighbours(), LEARNED.clues());
    assertThat(
            FocusEvidence.combine(
                AREAS, ACTIVE, List.of(), ImmutableMap.of(), NUMA_LEARNED, List.of(support)))
        .isEmpty();
  }
}
