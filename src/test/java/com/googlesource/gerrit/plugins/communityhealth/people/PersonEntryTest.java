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

package com.googlesource.gerrit.plugins.communityhealth.people;

import static com.google.common.truth.Truth.assertThat;

import org.junit.Test;

public class PersonEntryTest {
  @Test
  public void accountsAndGroups() {
    assertThat(PersonEntry.parse("vera@example.com"))
        .isEqualTo(new PersonEntry(false, "vera@example.com"));
    assertThat(PersonEntry.parse("group:Nova Cores"))
        .isEqualTo(new PersonEntry(true, "Nova Cores"));
    assertThat(PersonEntry.parse(" group: insiders ")).isEqualTo(new PersonEntry(true, "insiders"));
    assertThat(PersonEntry.parse("group:x").toString()).isEqualTo("group:x");
  }

  @Test
  public void exemptGroupsTakeThePrefixOrNot() {
    assertThat(PersonEntry.parseGroup("insiders")).isEqualTo(new PersonEntry(true, "insiders"));
    assertThat(PersonEntry.parseGroup("group:insiders"))
        .isEqualTo(new PersonEntry(true, "insiders"));
  }

  @Test
  public void anEmptyGroupNameNamesNoGroup() {
    assertThat(PersonEntry.parse("group:")).isEqualTo(new PersonEntry(true, ""));
  }
}
