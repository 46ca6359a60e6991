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
import static com.google.common.truth.Truth.assertWithMessage;

import com.googlesource.gerrit.plugins.communityhealth.tier.PathGlob.InvalidPathGlobException;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.junit.Test;

/** The automaton of {@link PathGlob}, which focus {@code path:} clauses run. */
public class PathGlobAutomatonTest {
  /** Runs the automaton, and checks that {@link PathGlob#matches} agrees with it. */
  private static boolean matches(String glob, String path) {
    boolean viaAutomaton =
        new CharacterRunAutomaton(PathGlob.compile(glob).automaton(false)).run(path);
    assertWithMessage("%s ~ %s", glob, path)
        .that(PathGlob.compile(glob).matches(path))
        .isEqualTo(viaAutomaton);
    return viaAutomaton;
  }

  private static boolean segmentMatches(String glob, String segment) {
    return new CharacterRunAutomaton(PathGlob.compile(glob).automaton(true)).run(segment);
  }

  private static InvalidPathGlobException invalid(String glob) {
    try {
      PathGlob.compile(glob).automaton(false);
    } catch (InvalidPathGlobException e) {
      return e;
    }
    throw new AssertionError("expected an invalid glob: " + glob);
  }

  @Test
  public void doubleStarCrossesDirectories() {
    assertThat(matches("nova/db/**", "nova/db/main/migrations/versions/1_init.py")).isTrue();
    assertThat(matches("nova/db/**", "nova/db/api.py")).isTrue();
    assertThat(matches("nova/db/**", "nova/dbx/api.py")).isFalse();
    assertThat(matches("nova/db/**", "nova/db")).isFalse();
  }

  @Test
  public void doubleStarSlashAlsoMatchesNoDirectory() {
    assertThat(matches("nova/**/driver.py", "nova/driver.py")).isTrue();
    assertThat(matches("nova/**/driver.py", "nova/virt/libvirt/driver.py")).isTrue();
    assertThat(matches("**/test_*.py", "test_api.py")).isTrue();
    assertThat(matches("**/test_*.py", "nova/tests/unit/test_api.py")).isTrue();
  }

  @Test
  public void singleStarAndQuestionMarkStayInOneDirectory() {
    assertThat(matches("nova/virt/*/driver.py", "nova/virt/libvirt/driver.py")).isTrue();
    assertThat(matches("nova/virt/*/driver.py", "nova/virt/libvirt/volume/driver.py")).isFalse();
    assertThat(matches("nova/virt/?yperv/*.py", "nova/virt/hyperv/vmops.py")).isTrue();
    assertThat(matches("nova/?/x", "nova/a/x")).isTrue();
    assertThat(matches("nova?x", "nova/x")).isFalse();
  }

  @Test
  public void characterClasses() {
    assertThat(matches("doc/source/[a-c]*.rst", "doc/source/cells.rst")).isTrue();
    assertThat(matches("doc/source/[a-c]*.rst", "doc/source/index.rst")).isFalse();
    assertThat(matches("doc/source/[!a-c]*.rst", "doc/source/index.rst")).isTrue();
    assertThat(matches("doc/source/[!a-c]*.rst", "doc/source/cells.rst")).isFalse();
    assertThat(matches("a[*]b", "a*b")).isTrue();
    assertThat(matches("a[*]b", "axb")).isFalse();
    assertThat(matches("a[!x]b", "a/b")).isFalse();
    assertThat(matches("a[^x]b", "a/b")).isFalse();
    assertThat(matches("a[^x]b", "ayb")).isTrue();
    assertThat(matches("a[^x]b", "axb")).isFalse();
    assertThat(matches("a[^x]b", "a^b")).isTrue();
    assertThat(matches("a[x^]b", "a^b")).isTrue();
    assertThat(matches("a[/x]b", "a/b")).isFalse();
    assertThat(matches("a[.-0]b", "a/b")).isFalse();
    assertThat(matches("a[.-0]b", "a0b")).isTrue();
  }

  @Test
  public void alternatives() {
    assertThat(matches("{nova,cinder}/db/**", "cinder/db/api.py")).isTrue();
    assertThat(matches("{nova,cinder}/db/**", "glance/db/api.py")).isFalse();
    assertThat(matches("nova/**/*.{py,yaml}", "nova/conf/opts.yaml")).isTrue();
    assertThat(matches("nova/**/*.{py,yaml}", "nova/conf/opts.json")).isFalse();
  }

  @Test
  public void segmentModeNeverCrossesSlash() {
    assertThat(segmentMatches("test_*.py", "test_driver.py")).isTrue();
    assertThat(segmentMatches("**.py", "driver.py")).isTrue();
    assertThat(segmentMatches("**.py", "libvirt/driver.py")).isFalse();
  }

  @Test
  public void unicodePaths() {
    assertThat(matches("doc/ja/*.rst", "doc/ja/説明.rst")).isTrue();
    assertThat(matches("doc/?.rst", "doc/🚀.rst")).isTrue();
  }

  @Test
  public void errorsSayWhatAndWhere() {
    InvalidPathGlobException e = invalid("nova/[db");
    assertThat(e.problem()).isEqualTo("has an unclosed '['");
    assertThat(e).hasMessageThat().isEqualTo("'nova/[db' has an unclosed '[' at position 6");
    assertThat(e.index()).isEqualTo(5);
    assertThat(invalid("nova/db]").index()).isEqualTo(7);
    assertThat(invalid("nova/{db,api").problem()).isEqualTo("has an unclosed '{'");
    assertThat(invalid("nova/db}").problem()).isEqualTo("has an unmatched '}'");
    assertThat(invalid("{a,{b,c}}").problem()).contains("cannot nest");
    assertThat(invalid("a[]").problem()).contains("empty character class");
    assertThat(invalid("a[z-a]").problem()).contains("backwards range");
    assertThat(invalid("a[/]").problem()).contains("only holds '/'");
  }

  @Test
  public void hasWildcards() {
    assertThat(PathGlob.hasWildcards("nova/virt/libvirt/driver.py")).isFalse();
    assertThat(PathGlob.hasWildcards("nova/*.py")).isTrue();
    assertThat(PathGlob.hasWildcards("nova/{a,b}")).isTrue();
    assertThat(PathGlob.hasWildcards("nova/[ab]")).isTrue();
    assertThat(PathGlob.hasWildcards("nova/?")).isTrue();
  }
}
