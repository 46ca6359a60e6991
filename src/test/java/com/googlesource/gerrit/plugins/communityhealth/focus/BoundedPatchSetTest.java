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

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.Collections;
import java.util.Optional;
import org.junit.Test;

public class BoundedPatchSetTest {
  private static PatchSetText text(String message, ImmutableList<String> paths) {
    return new PatchSetText("s", message, paths, Optional.of("t"), ImmutableList.of("h"));
  }

  @Test
  public void shortTextIsKeptWhole() {
    BoundedPatchSet b = BoundedPatchSet.of(NovaPatchSets.LIBVIRT_FIX);
    assertThat(b.message()).isEqualTo(NovaPatchSets.LIBVIRT_FIX.message());
    assertThat(b.pathLines()).isEqualTo(String.join("\n", NovaPatchSets.LIBVIRT_FIX.paths()));
  }

  @Test
  public void longMessageIsCut() {
    BoundedPatchSet b = BoundedPatchSet.of(text("x".repeat(1_000_000), ImmutableList.of()));
    assertThat(b.message()).hasLength(BoundedPatchSet.MAX_MESSAGE_CHARS);
  }

  @Test
  public void cutNeverSplitsASurrogatePair() {
    String message = "x".repeat(BoundedPatchSet.MAX_MESSAGE_CHARS - 1) + "🚀🚀";
    BoundedPatchSet b = BoundedPatchSet.of(text(message, ImmutableList.of()));
    assertThat(b.message()).hasLength(BoundedPatchSet.MAX_MESSAGE_CHARS - 1);
  }

  @Test
  public void pathsAreCappedAndSorted() {
    ImmutableList.Builder<String> paths = ImmutableList.builder();
    for (int i = 9_999; i >= 0; i--) {
      paths.add("f/" + i);
    }
    BoundedPatchSet b = BoundedPatchSet.of(text("m", paths.build()));
    assertThat(b.sortedPaths()).hasSize(BoundedPatchSet.MAX_PATHS);
    assertThat(b.sortedPaths()).isInOrder();
    assertThat(b.sortedPaths()).contains("f/9999");
    assertThat(b.sortedPaths()).doesNotContain("f/0");
  }

  @Test
  public void magicOverlongAndMultiLinePathsAreSkipped() {
    BoundedPatchSet b =
        BoundedPatchSet.of(
            text(
                "m",
                ImmutableList.of(
                    "/COMMIT_MSG",
                    "/MERGE_LIST",
                    "a/" + "x".repeat(FocusAnalyzer.MAX_VALUE_CHARS),
                    "evil\nnova/db/api.py",
                    "",
                    "nova/api.py")));
    assertThat(b.sortedPaths()).containsExactly("nova/api.py");
  }

  @Test
  public void hashtagsAreCapped() {
    BoundedPatchSet b =
        BoundedPatchSet.of(
            new PatchSetText(
                "s",
                "m",
                ImmutableList.of(),
                Optional.empty(),
                ImmutableList.copyOf(Collections.nCopies(500, "tag"))));
    assertThat(b.hashtagLines().split("\n")).hasLength(BoundedPatchSet.MAX_HASHTAGS);
    assertThat(b.topic()).isEmpty();
  }
}
