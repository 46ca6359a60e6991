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
import com.googlesource.gerrit.plugins.communityhealth.api.ChangeHealthInfo;
import com.googlesource.gerrit.plugins.communityhealth.api.FeatureInfo;
import java.util.List;

/**
 * Truth subject for the plugin's attribute in {@code ChangeInfo.plugins}:
 *
 * <pre>{@code
 * assertThat(healthAttribute(changeId)).isNewcomer();
 * assertThat(healthAttribute(changeId)).focus().containsExactly("upgrades");
 * }</pre>
 */
public class ChangeHealthSubject extends Subject {
  public static ChangeHealthSubject assertThat(ChangeHealthInfo attribute) {
    return assertAbout(changeHealth()).that(attribute);
  }

  public static Subject.Factory<ChangeHealthSubject, ChangeHealthInfo> changeHealth() {
    return ChangeHealthSubject::new;
  }

  private final ChangeHealthInfo actual;

  ChangeHealthSubject(FailureMetadata metadata, ChangeHealthInfo actual) {
    super(metadata, actual);
    this.actual = actual;
  }

  public void isNewcomer() {
    check("newcomer").that(nonNull().newcomer).isEqualTo(true);
  }

  public void isNotNewcomer() {
    check("newcomer").that(nonNull().newcomer).isNotEqualTo(true);
  }

  public void isIgnored() {
    check("ignored").that(nonNull().ignored).isEqualTo(true);
  }

  public void isNotIgnored() {
    check("ignored").that(nonNull().ignored).isNotEqualTo(true);
  }

  /** Waiting on reviewers: {@code waiting_since} is set. */
  public void isWaiting() {
    check("waitingSince").that(nonNull().waitingSince).isNotNull();
  }

  public void isNotWaiting() {
    check("waitingSince").that(nonNull().waitingSince).isNull();
  }

  public StringSubject tier() {
    return check("tier").that(nonNull().tier);
  }

  /** The names of the matched focus areas, best first (empty when none). */
  public IterableSubject focus() {
    return check("focusAreas").that(names(nonNull().focusAreas));
  }

  /** The names of the touched features (empty when none). */
  public IterableSubject features() {
    return check("features")
        .that(
            nonNull().features == null
                ? ImmutableList.of()
                : nonNull().features.stream().map((FeatureInfo f) -> f.name).toList());
  }

  private ChangeHealthInfo nonNull() {
    isNotNull();
    return actual;
  }

  private static List<String> names(List<ChangeHealthInfo.FocusAreaRefInfo> areas) {
    return areas == null ? ImmutableList.of() : areas.stream().map(a -> a.name).toList();
  }
}
