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

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.Test;

public class EscalationPickerTest {
  private static final Actor OWNER = Actor.account(1);
  private static final Person ALICE = available(10, "Alice");
  private static final Person BOB = available(11, "Bob");
  private static final Person CAROL_OOO = withStatus(12, "Carol", "OOO until 2026-12-01");
  private static final Person DAVE_VACATION = withStatus(13, "Dave", "On Vacation, back Monday");
  private static final Person ERIN_BUSY = withStatus(14, "Erin", "busy with the release");
  private static final Person OWNER_AS_PERSON = available(1, "Owner");

  private static Person available(int id, String name) {
    return new Person(id, name, Optional.empty());
  }

  private static Person withStatus(int id, String name, String status) {
    return new Person(id, name, Optional.of(status));
  }

  private static ReviewPolicy escalate(Escalation escalation) {
    ReviewPolicy d = ReviewPolicy.DEFAULT;
    return new ReviewPolicy(
        d.ignoredAfter(),
        d.newcomerIgnoredAfter(),
        d.workingDays(),
        d.exempt(),
        true,
        escalation,
        d.awayPattern(),
        false);
  }

  private static EscalationTargets pick(
      Escalation escalation, ImmutableList<Person> maintainers, ImmutableList<Person> mentors) {
    return EscalationPicker.pick(escalate(escalation), maintainers, mentors, OWNER);
  }

  @Test
  public void noneAddsNobody() {
    EscalationTargets targets =
        pick(Escalation.NONE, ImmutableList.of(ALICE), ImmutableList.of(BOB));
    assertThat(targets).isEqualTo(EscalationTargets.NONE);
  }

  @Test
  public void firstAvailableMaintainer() {
    EscalationTargets targets =
        pick(Escalation.MAINTAINERS, ImmutableList.of(ALICE, BOB), ImmutableList.of(ERIN_BUSY));
    assertThat(targets.targets()).containsExactly(ALICE);
    assertThat(targets.skippedAway()).isEmpty();
    assertThat(targets.everyoneAway()).isFalse();
  }

  @Test
  public void awayMaintainersAreSkippedForTheNext() {
    EscalationTargets targets =
        pick(
            Escalation.MAINTAINERS,
            ImmutableList.of(CAROL_OOO, DAVE_VACATION, BOB, ALICE),
            ImmutableList.of());
    assertThat(targets.targets()).containsExactly(BOB);
    assertThat(targets.skippedAway()).containsExactly(CAROL_OOO, DAVE_VACATION).inOrder();
    assertThat(targets.everyoneAway()).isFalse();
  }

  @Test
  public void statusThatDoesNotMatchTheAwayPatternIsAvailable() {
    // "busy" is not away; "Broadway" contains "away" but not as a word.
    Person broadway = withStatus(15, "Frank", "Working from Broadway office");
    EscalationTargets targets =
        pick(Escalation.MAINTAINERS, ImmutableList.of(ERIN_BUSY, broadway), ImmutableList.of());
    assertThat(targets.targets()).containsExactly(ERIN_BUSY);
    assertThat(EscalationPicker.isAway(broadway, ReviewPolicy.DEFAULT.awayPattern())).isFalse();
  }

  @Test
  public void awayPatternIsFoundAnywhereInTheStatus() {
    Pattern pattern = Pattern.compile("parental leave");
    Person onLeave = withStatus(16, "Gina", "Hi! On parental leave until June");
    assertThat(EscalationPicker.isAway(onLeave, pattern)).isTrue();
    assertThat(EscalationPicker.isAway(CAROL_OOO, pattern)).isFalse();
    assertThat(EscalationPicker.isAway(ALICE, pattern)).isFalse();
  }

  @Test
  public void ownerIsNeverATargetNorReportedAsSkipped() {
    EscalationTargets targets =
        pick(Escalation.MAINTAINERS, ImmutableList.of(OWNER_AS_PERSON, ALICE), ImmutableList.of());
    assertThat(targets.targets()).containsExactly(ALICE);
    assertThat(targets.skippedAway()).isEmpty();
  }

  @Test
  public void onlyTheOwnerMeansNobodyToAsk() {
    EscalationTargets targets =
        pick(Escalation.BOTH, ImmutableList.of(OWNER_AS_PERSON), ImmutableList.of(OWNER_AS_PERSON));
    assertThat(targets.nobodyToAsk()).isTrue();
    assertThat(targets.everyoneAway()).isFalse();
  }

  @Test
  public void everyoneAwayIsReported() {
    EscalationTargets targets =
        pick(
            Escalation.BOTH,
            ImmutableList.of(CAROL_OOO, OWNER_AS_PERSON),
            ImmutableList.of(DAVE_VACATION));
    assertThat(targets.targets()).isEmpty();
    assertThat(targets.skippedAway()).containsExactly(CAROL_OOO, DAVE_VACATION).inOrder();
    assertThat(targets.everyoneAway()).isTrue();
    assertThat(targets.nobodyToAsk()).isFalse();
  }

  @Test
  public void bothPicksAMaintainerAndAMentor() {
    EscalationTargets targets =
        pick(Escalation.BOTH, ImmutableList.of(ALICE), ImmutableList.of(CAROL_OOO, BOB));
    assertThat(targets.targets()).containsExactly(ALICE, BOB).inOrder();
    assertThat(targets.skippedAway()).containsExactly(CAROL_OOO);
  }

  @Test
  public void personWhoIsBothMaintainerAndMentorIsAddedOnce() {
    EscalationTargets targets =
        pick(Escalation.BOTH, ImmutableList.of(ALICE, BOB), ImmutableList.of(ALICE, BOB));
    assertThat(targets.targets()).containsExactly(ALICE);
  }

  @Test
  public void awayMaintainersFallBackToAMentorWithBoth() {
    EscalationTargets targets =
        pick(Escalation.BOTH, ImmutableList.of(CAROL_OOO), ImmutableList.of(BOB));
    assertThat(targets.targets()).containsExactly(BOB);
    assertThat(targets.skippedAway()).containsExactly(CAROL_OOO);
    assertThat(targets.everyoneAway()).isFalse();
  }

  @Test
  public void mentorsOnlyIgnoresMaintainers() {
    EscalationTargets targets =
        pick(Escalation.MENTORS, ImmutableList.of(ALICE), ImmutableList.of(BOB));
    assertThat(targets.targets()).containsExactly(BOB);
  }

  @Test
  public void awayPersonListedInBothRolesIsReportedOnce() {
    EscalationTargets targets =
        pick(Escalation.BOTH, ImmutableList.of(CAROL_OOO), ImmutableList.of(CAROL_OOO));
    assertThat(targets.skippedAway()).containsExactly(CAROL_OOO);
    assertThat(targets.everyoneAway()).isTrue();
  }

  @Test
  public void noCandidatesMeansNobodyToAsk() {
    EscalationTargets targets = pick(Escalation.BOTH, ImmutableList.of(), ImmutableList.of());
    assertThat(targets.nobodyToAsk()).isTrue();
    assertThat(targets.everyoneAway()).isFalse();
  }
}
