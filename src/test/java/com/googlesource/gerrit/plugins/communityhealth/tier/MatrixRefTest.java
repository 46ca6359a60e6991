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

package com.googlesource.gerrit.plugins.communityhealth.tier;

import static com.google.common.truth.Truth.assertThat;
import static com.google.gerrit.testing.GerritJUnit.assertThrows;

import java.util.Optional;
import org.junit.Test;

public class MatrixRefTest {
  @Test
  public void pathAndSectionReadTheDefaultBranch() {
    MatrixRef ref = MatrixRef.parse("doc/source/user/feature-matrix-gp.ini#operation.live-migrate");
    assertThat(ref)
        .isEqualTo(
            new MatrixRef(
                "doc/source/user/feature-matrix-gp.ini",
                Optional.empty(),
                "operation.live-migrate"));
    assertThat(ref.refName()).isEqualTo("HEAD");
    assertThat(ref.toString())
        .isEqualTo("doc/source/user/feature-matrix-gp.ini#operation.live-migrate");
  }

  @Test
  public void aBranchFollowsTheLastAt() {
    MatrixRef ref = MatrixRef.parse(" doc/m.ini@refs/heads/stable/2026.1 # operation.x ");
    assertThat(ref.path()).isEqualTo("doc/m.ini");
    assertThat(ref.branch()).hasValue("stable/2026.1");
    assertThat(ref.section()).isEqualTo("operation.x");
    assertThat(ref.refName()).isEqualTo("refs/heads/stable/2026.1");
    assertThat(ref.toString()).isEqualTo("doc/m.ini@stable/2026.1#operation.x");
    assertThat(MatrixRef.parse("doc/a@b.ini@main#s").path()).isEqualTo("doc/a@b.ini");
  }

  @Test
  public void theSectionIsEverythingAfterTheFirstHash() {
    assertThat(MatrixRef.parse("m.ini#operation.a#b").section()).isEqualTo("operation.a#b");
  }

  @Test
  public void badReferencesSayWhatIsWrong() {
    assertRejected("doc/m.ini", "the section is missing");
    assertRejected("doc/m.ini#", "the section after '#' is empty");
    assertRejected("#operation.x", "the file path before '#' is empty");
    assertRejected("/doc/m.ini#operation.x", "no leading '/'");
    assertRejected("doc//m.ini#operation.x", "an empty, '.' or '..' part");
    assertRejected("doc/../m.ini#operation.x", "an empty, '.' or '..' part");
    assertRejected("doc/m.ini/#operation.x", "an empty, '.' or '..' part");
    assertRejected("doc\\m.ini#operation.x", "a backslash");
    assertRejected("doc/m.ini@#operation.x", "the branch after '@' is empty");
    assertRejected("doc/m.ini@a..b#operation.x", "'a..b' is not a valid branch name");
    assertRejected("doc/m.ini@a b#operation.x", "not a valid branch name");
    assertRejected("doc/m.ini@x.lock#operation.x", "not a valid branch name");
    assertRejected("doc/m.ini#[operation.x]", "no '[', ']'");
  }

  private static void assertRejected(String value, String why) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MatrixRef.parse(value));
    assertThat(e).hasMessageThat().contains(why);
    assertThat(e).hasMessageThat().contains("write PATH#SECTION or PATH@BRANCH#SECTION");
  }
}
