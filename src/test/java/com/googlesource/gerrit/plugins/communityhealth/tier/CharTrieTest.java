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

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class CharTrieTest {
  private final CharTrie<String> prefixes =
      CharTrie.<String>prefixes()
          .add("nova/", "nova")
          .add("nova/virt/", "virt")
          .add("nova/virt/", "virt2")
          .add("nova/virt/libvirt/", "libvirt")
          .add("cinder/", "cinder")
          .add("", "everything")
          .build();

  private final CharTrie<String> suffixes =
      CharTrie.<String>suffixes()
          .add(".py", "py")
          .add("_test.py", "test")
          .add(".rst", "rst")
          .build();

  @Test
  public void visitsEveryKeyTheTextStartsWithShortestFirst() {
    assertThat(startingKeys("nova/virt/libvirt/driver.py"))
        .containsExactly("everything", "nova", "virt", "virt2", "libvirt")
        .inOrder();
    assertThat(startingKeys("nova/virt")).containsExactly("everything", "nova").inOrder();
    assertThat(startingKeys("glance/api.py")).containsExactly("everything");
    assertThat(startingKeys("")).containsExactly("everything");
  }

  @Test
  public void visitsEveryKeyTheTextEndsWith() {
    assertThat(endingKeys("nova/api_test.py")).containsExactly("py", "test").inOrder();
    assertThat(endingKeys("nova/api.py")).containsExactly("py");
    assertThat(endingKeys("doc/index.rst")).containsExactly("rst");
    assertThat(endingKeys("py")).isEmpty();
  }

  private List<String> startingKeys(String text) {
    List<String> out = new ArrayList<>();
    prefixes.forEachKeyStarting(text, out::add);
    return out;
  }

  private List<String> endingKeys(String text) {
    List<String> out = new ArrayList<>();
    suffixes.forEachKeyEnding(text, out::add);
    return out;
  }
}
