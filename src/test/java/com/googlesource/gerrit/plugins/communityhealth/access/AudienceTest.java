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

package com.googlesource.gerrit.plugins.communityhealth.access;

import static com.google.common.truth.Truth.assertThat;
import static com.googlesource.gerrit.plugins.communityhealth.access.Audience.ANONYMOUS;
import static com.googlesource.gerrit.plugins.communityhealth.access.Audience.REGISTERED;
import static com.googlesource.gerrit.plugins.communityhealth.access.Audience.RESTRICTED;

import org.junit.Test;

public class AudienceTest {
  @Test
  public void aPublicChangeUsesOnlyPublicChanges() {
    assertThat(ANONYMOUS.mayUse(ANONYMOUS)).isTrue();
    assertThat(ANONYMOUS.mayUse(REGISTERED)).isFalse();
    assertThat(ANONYMOUS.mayUse(RESTRICTED)).isFalse();
  }

  @Test
  public void aChangeForRegisteredUsersUsesWhatAllOfThemRead() {
    assertThat(REGISTERED.mayUse(ANONYMOUS)).isTrue();
    assertThat(REGISTERED.mayUse(REGISTERED)).isTrue();
    assertThat(REGISTERED.mayUse(RESTRICTED)).isFalse();
  }

  @Test
  public void aRestrictedChangeUsesWhatEveryRegisteredUserReadsButNoOtherRestrictedBranch() {
    assertThat(RESTRICTED.mayUse(ANONYMOUS)).isTrue();
    assertThat(RESTRICTED.mayUse(REGISTERED)).isTrue();
    assertThat(RESTRICTED.mayUse(RESTRICTED)).isFalse();
  }
}
