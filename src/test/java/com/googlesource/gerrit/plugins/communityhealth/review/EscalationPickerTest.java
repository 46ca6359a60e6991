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
import com.googlesource.gerrit.plugins.communityhealth.chaoss.Region;
import java.time.Instant;
import java.time.ZoneOffset;
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

  private static final Instant THREE_AM_UTC = Instant.parse("2026-12-07T03:00:00Z");

  private static Person at(int id, String name, String offset) {
    return new Person(id, name, Optional.empty(), Optional.of(ZoneOffset.of(offset)));
  }

  private static EscalationTargets pickAt(
      Instant now, ImmutableList<Person> maintainers, ImmutableList<Person> mentors) {
    return EscalationPicker.pick(escalate(Escalation.BOTH), maintainers, mentors, OWNER, now);
  }

  @Test
  public void atThreeUtcTheMaintainerAtPlusEightComesBeforeTheOneAtMinusFive() {
    Person newYork = at(20, "Nora", "-05:00"); // 22:00 there
    Person singapore = at(21, "Sam", "+08:00"); // 11:00 there

    EscalationTargets targets =
        pickAt(THREE_AM_UTC, ImmutableList.of(newYork, singapore), ImmutableList.of());

    assertThat(targets.targets()).containsExactly(singapore);
    assertThat(targets.awake()).hasValue(Region.ASIA_PACIFIC);
  }

  @Test
  public void inTheAfternoonUtcTheConfiguredOrderHoldsAmongThoseAtWork() {
    Person newYork = at(20, "Nora", "-05:00"); // 10:00 there
    Person singapore = at(21, "Sam", "+08:00"); // 23:00 there

    EscalationTargets targets =
        pickAt(
            Instant.parse("2026-12-07T15:00:00Z"),
            ImmutableList.of(singapore, newYork),
            ImmutableList.of());

    assertThat(targets.targets()).containsExactly(newYork);
    assertThat(targets.awake()).hasValue(Region.AMERICAS);
  }

  @Test
  public void halfAndQuarterHourOffsetsCount() {
    Person india = at(22, "Indira", "+05:30"); // 08:30 at 03:00 UTC: not yet
    Person chatham = at(23, "Chet", "+13:45"); // 16:45: still at work
    Person pacific = at(24, "Pat", "-08:00"); // 19:00: gone home

    EscalationTargets targets =
        pickAt(THREE_AM_UTC, ImmutableList.of(india, pacific, chatham), ImmutableList.of());
    assertThat(targets.targets()).containsExactly(chatham);

    // At 03:30 UTC it is 09:00 in India and 17:15 on the Chatham Islands.
    EscalationTargets later =
        pickAt(
            Instant.parse("2026-12-07T03:30:00Z"),
            ImmutableList.of(pacific, chatham, india),
            ImmutableList.of());
    assertThat(later.targets()).containsExactly(india);
  }

  @Test
  public void awakeButAwayIsStillSkippedAndNobodyAwakeKeepsTheOrder() {
    Person awayAtWork =
        new Person(25, "Ari", Optional.of("OOO"), Optional.of(ZoneOffset.of("+08:00")));
    Person unknown = available(26, "Uma");
    Person asleep = at(27, "Sid", "-05:00");

    EscalationTargets targets =
        pickAt(THREE_AM_UTC, ImmutableList.of(asleep, awayAtWork, unknown), ImmutableList.of());
    assertThat(targets.targets()).containsExactly(asleep);
    assertThat(targets.skippedAway()).containsExactly(awayAtWork);
    assertThat(targets.awake()).isEmpty();
  }

  @Test
  public void mentorsAreOrderedTheSameWay() {
    Person mentorAsleep = at(30, "Mo", "-05:00");
    Person mentorAwake = at(31, "Mei", "+09:00");

    EscalationTargets targets =
        pickAt(
            THREE_AM_UTC,
            ImmutableList.of(at(20, "Nora", "-05:00")),
            ImmutableList.of(mentorAsleep, mentorAwake));
    assertThat(targets.targets()).containsExactly(at(20, "Nora", "-05:00"), mentorAwake).inOrder();
    // The first target asked is not at work; the awake region is the one of someone who is.
    assertThat(targets.awake()).hasValue(Region.ASIA_PACIFIC);
  }
}
