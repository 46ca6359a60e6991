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

package com.googlesource.gerrit.plugins.communityhealth.newcomer;

import static com.google.common.truth.Truth.assertThat;
import static com.googlesource.gerrit.plugins.communityhealth.newcomer.Thrown.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.googlesource.gerrit.plugins.communityhealth.newcomer.NewcomerDecision.Basis;
import java.util.Optional;
import org.junit.Test;

public class NewcomerRuleTest {
  private final NewcomerRule rule = new NewcomerRule(3);

  @Test
  public void fewerMergedChangesThanMaxIsNewcomer() {
    NewcomerDecision d = rule.decide(OwnerStanding.person(2));

    assertThat(d.newcomer()).isTrue();
    assertThat(d.basis()).isEqualTo(Basis.MERGED_CHANGES);
    assertThat(d.reason())
        .isEqualTo("2 merged changes that readers of this change can see, fewer than 3");
  }

  @Test
  public void noMergedChangeIsNewcomer() {
    assertThat(rule.decide(OwnerStanding.person(0)).reason())
        .isEqualTo("0 merged changes that readers of this change can see, fewer than 3");
  }

  @Test
  public void oneMergedChangeIsSingular() {
    assertThat(rule.decide(OwnerStanding.person(1)).reason())
        .isEqualTo("1 merged change that readers of this change can see, fewer than 3");
  }

  @Test
  public void countEqualToMaxIsNotNewcomer() {
    NewcomerDecision d = rule.decide(OwnerStanding.person(3));

    assertThat(d.newcomer()).isFalse();
    assertThat(d.basis()).isEqualTo(Basis.MERGED_CHANGES);
    assertThat(d.reason())
        .isEqualTo(
            "at least 3 merged changes that readers of this change can see, not fewer than 3");
  }

  @Test
  public void countAboveMaxIsNotNewcomer() {
    assertThat(rule.decide(OwnerStanding.person(250)).newcomer()).isFalse();
  }

  @Test
  public void maxOfOneMakesOnlyFirstTimersNewcomers() {
    NewcomerRule strict = new NewcomerRule(1);

    assertThat(strict.decide(OwnerStanding.person(0)).newcomer()).isTrue();
    assertThat(strict.decide(OwnerStanding.person(1)).newcomer()).isFalse();
    assertThat(strict.decide(OwnerStanding.person(1)).reason())
        .isEqualTo(
            "at least 1 merged change that readers of this change can see, not fewer than 1");
  }

  @Test
  public void serviceUserIsNeverNewcomer() {
    NewcomerDecision d = rule.decide(new OwnerStanding(0, true, ImmutableSet.of()));

    assertThat(d.newcomer()).isFalse();
    assertThat(d.basis()).isEqualTo(Basis.SERVICE_USER);
    assertThat(d.reason()).isEqualTo("service user");
  }

  @Test
  public void serviceUserIsNamedBeforeExemptGroup() {
    NewcomerDecision d = rule.decide(new OwnerStanding(0, true, ImmutableSet.of("Partner-Devs")));

    assertThat(d.basis()).isEqualTo(Basis.SERVICE_USER);
  }

  @Test
  public void exemptGroupMemberIsNeverNewcomer() {
    NewcomerDecision d = rule.decide(new OwnerStanding(0, false, ImmutableSet.of("Partner-Devs")));

    assertThat(d.newcomer()).isFalse();
    assertThat(d.basis()).isEqualTo(Basis.EXEMPT_GROUP);
    assertThat(d.reason()).isEqualTo("member of exempt group Partner-Devs");
  }

  @Test
  public void severalExemptGroupsAreAllNamedInOrder() {
    NewcomerDecision d =
        rule.decide(new OwnerStanding(1, false, ImmutableSet.of("Partner-Devs", "Vendor-A")));

    assertThat(d.reason()).isEqualTo("member of exempt groups Partner-Devs, Vendor-A");
  }

  @Test
  public void zeroMaxTurnsDetectionOff() {
    NewcomerDecision d = new NewcomerRule(0).decide(OwnerStanding.person(0));

    assertThat(d.newcomer()).isFalse();
    assertThat(d.basis()).isEqualTo(Basis.DISABLED);
    assertThat(d.reason()).contains("maxMergedChanges = 0");
  }

  @Test
  public void ruleTakesMaxFromPolicy() {
    NewcomerPolicy policy =
        new NewcomerPolicy(
            5,
            true,
            Optional.empty(),
            Optional.empty(),
            ImmutableList.of(),
            MentorAs.CC,
            ImmutableList.of());

    assertThat(NewcomerRule.of(policy).maxMergedChanges()).isEqualTo(5);
    assertThat(NewcomerRule.of(policy).decide(OwnerStanding.person(4)).newcomer()).isTrue();
    assertThat(NewcomerRule.of(NewcomerPolicy.DEFAULT).maxMergedChanges()).isEqualTo(3);
  }

  @Test
  public void negativeInputsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new NewcomerRule(-1));
    assertThrows(IllegalArgumentException.class, () -> OwnerStanding.person(-1));
  }
}
