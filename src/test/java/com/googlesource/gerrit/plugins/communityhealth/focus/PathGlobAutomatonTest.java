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

import com.googlesource.gerrit.plugins.communityhealth.focus.PathGlobAutomaton.InvalidGlobException;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.junit.Test;

public class PathGlobAutomatonTest {
  private static boolean matches(String glob, String path) throws InvalidGlobException {
    return new CharacterRunAutomaton(PathGlobAutomaton.compile(glob, false)).run(path);
  }

  private static boolean segmentMatches(String glob, String segment) throws InvalidGlobException {
    return new CharacterRunAutomaton(PathGlobAutomaton.compile(glob, true)).run(segment);
  }

  private static InvalidGlobException invalid(String glob) {
    try {
      PathGlobAutomaton.compile(glob, false);
    } catch (InvalidGlobException e) {
      return e;
    }
    throw new AssertionError("expected an invalid glob: " + glob);
  }

  @Test
  public void doubleStarCrossesDirectories() throws Exception {
    assertThat(matches("nova/db/**", "nova/db/main/migrations/versions/1_init.py")).isTrue();
    assertThat(matches("nova/db/**", "nova/db/api.py")).isTrue();
    assertThat(matches("nova/db/**", "nova/dbx/api.py")).isFalse();
    assertThat(matches("nova/db/**", "nova/db")).isFalse();
  }

  @Test
  public void doubleStarSlashAlsoMatchesNoDirectory() throws Exception {
    assertThat(matches("nova/**/driver.py", "nova/driver.py")).isTrue();
    assertThat(matches("nova/**/driver.py", "nova/virt/libvirt/driver.py")).isTrue();
    assertThat(matches("**/test_*.py", "test_api.py")).isTrue();
    assertThat(matches("**/test_*.py", "nova/tests/unit/test_api.py")).isTrue();
  }

  @Test
  public void singleStarAndQuestionMarkStayInOneDirectory() throws Exception {
    assertThat(matches("nova/virt/*/driver.py", "nova/virt/libvirt/driver.py")).isTrue();
    assertThat(matches("nova/virt/*/driver.py", "nova/virt/libvirt/volume/driver.py")).isFalse();
    assertThat(matches("nova/virt/?yperv/*.py", "nova/virt/hyperv/vmops.py")).isTrue();
    assertThat(matches("nova/?/x", "nova/a/x")).isTrue();
    assertThat(matches("nova?x", "nova/x")).isFalse();
  }

  @Test
  public void characterClasses() throws Exception {
    assertThat(matches("doc/source/[a-c]*.rst", "doc/source/cells.rst")).isTrue();
    assertThat(matches("doc/source/[a-c]*.rst", "doc/source/index.rst")).isFalse();
    assertThat(matches("doc/source/[!a-c]*.rst", "doc/source/index.rst")).isTrue();
    assertThat(matches("doc/source/[!a-c]*.rst", "doc/source/cells.rst")).isFalse();
    assertThat(matches("a[*]b", "a*b")).isTrue();
    assertThat(matches("a[*]b", "axb")).isFalse();
    assertThat(matches("a[!x]b", "a/b")).isFalse();
  }

  @Test
  public void alternatives() throws Exception {
    assertThat(matches("{nova,cinder}/db/**", "cinder/db/api.py")).isTrue();
    assertThat(matches("{nova,cinder}/db/**", "glance/db/api.py")).isFalse();
    assertThat(matches("nova/**/*.{py,yaml}", "nova/conf/opts.yaml")).isTrue();
    assertThat(matches("nova/**/*.{py,yaml}", "nova/conf/opts.json")).isFalse();
  }

  @Test
  public void segmentModeNeverCrossesSlash() throws Exception {
    assertThat(segmentMatches("test_*.py", "test_driver.py")).isTrue();
    assertThat(segmentMatches("**.py", "driver.py")).isTrue();
    assertThat(segmentMatches("**.py", "libvirt/driver.py")).isFalse();
  }

  @Test
  public void unicodePaths() throws Exception {
    assertThat(matches("doc/ja/*.rst", "doc/ja/説明.rst")).isTrue();
    assertThat(matches("doc/?.rst", "doc/🚀.rst")).isTrue();
  }

  @Test
  public void errorsSayWhatAndWhere() {
    InvalidGlobException e = invalid("nova/[db");
    assertThat(e).hasMessageThat().isEqualTo("has an unclosed '['");
    assertThat(e.index()).isEqualTo(5);
    assertThat(invalid("nova/db]").index()).isEqualTo(7);
    assertThat(invalid("nova/{db,api").getMessage()).isEqualTo("has an unclosed '{'");
    assertThat(invalid("nova/db}").getMessage()).isEqualTo("unmatched '}'");
    assertThat(invalid("{a,{b,c}}").getMessage()).contains("cannot nest");
    assertThat(invalid("a[]").getMessage()).contains("empty character class");
    assertThat(invalid("a[z-a]").getMessage()).contains("backwards range");
  }

  @Test
  public void hasWildcards() {
    assertThat(PathGlobAutomaton.hasWildcards("nova/virt/libvirt/driver.py")).isFalse();
    assertThat(PathGlobAutomaton.hasWildcards("nova/*.py")).isTrue();
    assertThat(PathGlobAutomaton.hasWildcards("nova/{a,b}")).isTrue();
    assertThat(PathGlobAutomaton.hasWildcards("nova/[ab]")).isTrue();
    assertThat(PathGlobAutomaton.hasWildcards("nova/?")).isTrue();
  }
}
