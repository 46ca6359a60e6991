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

package com.googlesource.gerrit.plugins.communityhealth.acceptance;

import static com.google.common.truth.Truth.assertAbout;

import com.google.common.collect.ImmutableList;
import com.google.common.truth.FailureMetadata;
import com.google.common.truth.IterableSubject;
import com.google.common.truth.StringSubject;
import com.google.common.truth.Subject;
import com.googlesource.gerrit.plugins.communityhealth.api.FeatureInfo;
import com.googlesource.gerrit.plugins.communityhealth.api.SignalsInfo;

/**
 * Truth subject for {@code GET /changes/{change}/community-health~signals}:
 *
 * <pre>{@code
 * assertThat(signals(changeId)).isNewcomer();
 * assertThat(signals(changeId)).focus().contains("upgrades");
 * assertThat(signals(changeId)).ignoredReason().contains("newcomerIgnoredAfter");
 * }</pre>
 */
public class SignalsSubject extends Subject {
  public static SignalsSubject assertThat(SignalsInfo signals) {
    return assertAbout(signals()).that(signals);
  }

  public static Subject.Factory<SignalsSubject, SignalsInfo> signals() {
    return SignalsSubject::new;
  }

  private final SignalsInfo actual;

  SignalsSubject(FailureMetadata metadata, SignalsInfo actual) {
    super(metadata, actual);
    this.actual = actual;
  }

  /** The signals were computed: no {@code error}. */
  public void hasNoError() {
    check("error").that(nonNull().error).isNull();
  }

  public StringSubject error() {
    return check("error").that(nonNull().error);
  }

  public void isNewcomer() {
    check("newcomer").that(nonNull().newcomer).isEqualTo(true);
  }

  public void isNotNewcomer() {
    check("newcomer").that(nonNull().newcomer).isNotEqualTo(true);
  }

  public StringSubject newcomerReason() {
    return check("newcomerReason").that(nonNull().newcomerReason);
  }

  public void isIgnored() {
    check("ignored").that(nonNull().ignored).isEqualTo(true);
  }

  public void isNotIgnored() {
    check("ignored").that(nonNull().ignored).isNotEqualTo(true);
  }

  public StringSubject ignoredReason() {
    return check("ignoredReason").that(nonNull().ignoredReason);
  }

  /** Waiting on reviewers: {@code waiting_since} is set. */
  public void isWaiting() {
    check("waitingSince").that(nonNull().waitingSince).isNotNull();
  }

  public void isNotWaiting() {
    check("waitingSince").that(nonNull().waitingSince).isNull();
  }

  public StringSubject waitingReason() {
    return check("waitingReason").that(nonNull().waitingReason);
  }

  public void isExempt() {
    check("exempt").that(nonNull().exempt).isEqualTo(true);
  }

  public void isNotExempt() {
    check("exempt").that(nonNull().exempt).isNotEqualTo(true);
  }

  public StringSubject tier() {
    return check("tier").that(nonNull().tier);
  }

  /** The names of the matched focus areas, best first (empty when none). */
  public IterableSubject focus() {
    return check("focusAreas")
        .that(
            nonNull().focusAreas == null
                ? ImmutableList.of()
                : actual.focusAreas.stream().map(a -> a.name).toList());
  }

  /** The names of the touched features (empty when none). */
  public IterableSubject features() {
    return check("features")
        .that(
            nonNull().features == null
                ? ImmutableList.of()
                : actual.features.stream().map((FeatureInfo f) -> f.name).toList());
  }

  /** The welcome's status: {@code welcomed}, {@code pending}, {@code would_post} or {@code off}. */
  public StringSubject welcomeStatus() {
    check("welcome").that(nonNull().welcome).isNotNull();
    return check("welcome.status").that(actual.welcome.status);
  }

  private SignalsInfo nonNull() {
    isNotNull();
    return actual;
  }
}
