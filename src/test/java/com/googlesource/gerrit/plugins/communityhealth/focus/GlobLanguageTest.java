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

package com.googlesource.gerrit.plugins.communityhealth.focus;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.tier.Docs;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureClassifier;
import com.googlesource.gerrit.plugins.communityhealth.tier.FeatureDefinition;
import com.googlesource.gerrit.plugins.communityhealth.tier.Maturity;
import com.googlesource.gerrit.plugins.communityhealth.tier.Testing;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/**
 * One glob language for both of its consumers: a glob selects the same files as a {@code [feature]}
 * path ({@link FeatureClassifier}) and in a focus query's {@code path:} clause ({@link
 * FocusMatcher}).
 */
public class GlobLanguageTest {
  private static final ImmutableList<String> GLOBS =
      ImmutableList.of(
          "nova/[^abc]*.py",
          "nova/[!abc]*.py",
          "nova/[a-c]*.py",
          "doc/source/[^a-c]*.rst",
          "nova/db/**",
          "nova/**/driver.py",
          "**/test_*.py",
          "{nova,cinder}/db/*.py",
          "nova/?.py",
          "nova/x[^/]y.py",
          "nova/",
          "setup.cfg");

  private static final ImmutableList<String> PATHS =
      ImmutableList.of(
          "nova/api.py",
          "nova/b.py",
          "nova/compute.py",
          "nova/db.py",
          "nova/utils.py",
          "nova/^x.py",
          "nova/xzy.py",
          "nova/db/api.py",
          "nova/db/sqlalchemy/models.py",
          "nova/driver.py",
          "nova/virt/libvirt/driver.py",
          "nova/tests/unit/test_api.py",
          "test_setup.py",
          "cinder/db/api.py",
          "glance/db/api.py",
          "doc/source/cells.rst",
          "doc/source/index.rst",
          "doc/source/^x.rst",
          "setup.cfg");

  @Test
  public void aGlobSelectsTheSameFilesAsAFeaturePathAndInAFocusQuery() {
    LocalDate today = LocalDate.of(2026, 1, 1);
    for (String glob : GLOBS) {
      // "nova/" names a directory in a focus query; a feature path says "nova/**".
      String featureGlob = glob.endsWith("/") ? glob + "**" : glob;
      FeatureClassifier feature =
          FeatureClassifier.compile(
              ImmutableList.of(
                  new FeatureDefinition(
                      "f",
                      "f",
                      ImmutableList.of(featureGlob),
                      Maturity.COMPLETE,
                      Testing.CHECKED,
                      Docs.NONE,
                      ImmutableList.of())));
      FocusMatcher focus =
          FocusMatcher.create(
              ImmutableList.of(
                  new FocusAreaDefinition("a", "", "path:" + glob, 1, Optional.empty())),
              today);
      assertWithMessage("focus query path:%s", glob).that(focus.invalidAreas()).isEmpty();
      for (String path : PATHS) {
        boolean asFeature = !feature.classify(List.of(path)).isEmpty();
        boolean inFocus =
            !focus
                .match(
                    new PatchSetText(
                        "s", "s", ImmutableList.of(path), Optional.empty(), ImmutableList.of()))
                .isEmpty();
        assertWithMessage("%s ~ %s in path:", glob, path).that(inFocus).isEqualTo(asFeature);
      }
    }
  }

  @Test
  public void aNegatedClassWithCaretExcludesItsMembersInBoth() {
    FocusMatcher focus =
        FocusMatcher.create(
            ImmutableList.of(
                new FocusAreaDefinition("a", "", "path:nova/[^abc]*.py", 1, Optional.empty())),
            LocalDate.of(2026, 1, 1));
    assertWithMessage("nova/utils.py")
        .that(
            focus.match(
                new PatchSetText(
                    "s",
                    "s",
                    ImmutableList.of("nova/utils.py"),
                    Optional.empty(),
                    ImmutableList.of())))
        .isNotEmpty();
    assertWithMessage("nova/api.py")
        .that(
            focus.match(
                new PatchSetText(
                    "s",
                    "s",
                    ImmutableList.of("nova/api.py"),
                    Optional.empty(),
                    ImmutableList.of())))
        .isEmpty();
  }
}
