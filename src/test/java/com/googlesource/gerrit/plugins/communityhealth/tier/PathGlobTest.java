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
import static org.junit.Assert.fail;

import com.google.common.collect.ImmutableList;
import java.util.regex.Pattern;
import org.junit.Test;

public class PathGlobTest {
  private static boolean matches(String glob, String path) {
    return PathGlob.compile(glob).matches(path);
  }

  @Test
  public void doubleStarAtStartMatchesAnyDepthIncludingTheTop() {
    assertThat(matches("**/*.py", "setup.py")).isTrue();
    assertThat(matches("**/*.py", "nova/virt/libvirt/driver.py")).isTrue();
    assertThat(matches("**/*.py", "nova/driver.pyc")).isFalse();
    assertThat(matches("**/*.py", "nova.py/README")).isFalse();
    assertThat(matches("**/Makefile", "Makefile")).isTrue();
    assertThat(matches("**/Makefile", "tools/build/Makefile")).isTrue();
    assertThat(matches("**/Makefile", "tools/GNUMakefile")).isFalse();
  }

  @Test
  public void doubleStarInTheMiddleMatchesZeroOrMoreDirectories() {
    assertThat(matches("nova/**/test_*.py", "nova/test_api.py")).isTrue();
    assertThat(matches("nova/**/test_*.py", "nova/tests/unit/virt/test_driver.py")).isTrue();
    assertThat(matches("nova/**/test_*.py", "other/nova/test_api.py")).isFalse();
    assertThat(matches("nova/**/test_*.py", "nova/tests/driver_test.py")).isFalse();
    assertThat(matches("api/**/v2", "api/v2")).isTrue();
    assertThat(matches("api/**/v2", "api/a/b/v2")).isTrue();
    assertThat(matches("api/**/v2", "api/av2")).isFalse();
  }

  @Test
  public void doubleStarAtTheEndMatchesEverythingBelowTheDirectory() {
    assertThat(matches("nova/virt/libvirt/**", "nova/virt/libvirt/driver.py")).isTrue();
    assertThat(matches("nova/virt/libvirt/**", "nova/virt/libvirt/volume/nfs.py")).isTrue();
    assertThat(matches("nova/virt/libvirt/**", "nova/virt/libvirt")).isFalse();
    assertThat(matches("nova/virt/libvirt/**", "nova/virt/libvirt.py")).isFalse();
    assertThat(matches("nova/virt/libvirt/**", "nova/virt/libvirtd/driver.py")).isFalse();
    assertThat(matches("**", "any/path/at/all.txt")).isTrue();
  }

  @Test
  public void singleStarAndQuestionMarkStayWithinOneDirectory() {
    assertThat(matches("nova/*.py", "nova/exception.py")).isTrue();
    assertThat(matches("nova/*.py", "nova/db/api.py")).isFalse();
    assertThat(matches("*", "README")).isTrue();
    assertThat(matches("*", "doc/README")).isFalse();
    assertThat(matches("nova/*/api.py", "nova/db/api.py")).isTrue();
    assertThat(matches("nova/*/api.py", "nova/db/main/api.py")).isFalse();
    assertThat(matches("a?c", "abc")).isTrue();
    assertThat(matches("a?c", "a/c")).isFalse();
    assertThat(matches("a?c", "ac")).isFalse();
  }

  @Test
  public void bracesAreAlternatives() {
    assertThat(matches("doc/{admin,user}/*.rst", "doc/admin/cpu.rst")).isTrue();
    assertThat(matches("doc/{admin,user}/*.rst", "doc/user/cpu.rst")).isTrue();
    assertThat(matches("doc/{admin,user}/*.rst", "doc/contributor/cpu.rst")).isFalse();
    assertThat(matches("setup.{cfg,py}", "setup.py")).isTrue();
    assertThat(matches("setup{,.orig}", "setup")).isTrue();
    assertThat(matches("setup{,.orig}", "setup.orig")).isTrue();
    assertThat(matches("{nova/virt,cinder}/**", "nova/virt/driver.py")).isTrue();
    assertThat(matches("{nova/virt,cinder}/**", "nova/api/driver.py")).isFalse();
  }

  @Test
  public void commaOutsideBracesIsLiteral() {
    assertThat(matches("a,b", "a,b")).isTrue();
    assertThat(matches("a,b", "a")).isFalse();
  }

  @Test
  public void characterClasses() {
    assertThat(matches("file[abc].txt", "fileb.txt")).isTrue();
    assertThat(matches("file[abc].txt", "filed.txt")).isFalse();
    assertThat(matches("file[a-c].txt", "filec.txt")).isTrue();
    assertThat(matches("file[!abc].txt", "filed.txt")).isTrue();
    assertThat(matches("file[!abc].txt", "filea.txt")).isFalse();
    assertThat(matches("file[^abc].txt", "filed.txt")).isTrue();
    assertThat(matches("file[^abc].txt", "fileb.txt")).isFalse();
    // '&&' is intersection in Java regexes; in a glob it is two ampersands.
    assertThat(matches("x[a&&b]", "x&")).isTrue();
    assertThat(matches("x[\\]", "x\\")).isTrue();
  }

  @Test
  public void complementedClassDoesNotMatchSlash() {
    assertThat(matches("a[!x]b", "a/b")).isFalse();
    assertThat(matches("a[^x]b", "a/b")).isFalse();
  }

  @Test
  public void matchingIsCaseSensitive() {
    assertThat(matches("Nova/**", "nova/api.py")).isFalse();
    assertThat(matches("**/*.PY", "nova/api.py")).isFalse();
    assertThat(matches("README", "readme")).isFalse();
    assertThat(matches("README", "README")).isTrue();
  }

  @Test
  public void regexMetacharactersAreLiteral() {
    assertThat(matches("a.b", "axb")).isFalse();
    assertThat(matches("a.b", "a.b")).isTrue();
    assertThat(matches("c++/(x)|$^.h", "c++/(x)|$^.h")).isTrue();
    assertThat(matches("tools/\\Qx", "tools/\\Qx")).isTrue();
  }

  @Test
  public void unicodeAndSpacesInPaths() {
    assertThat(matches("docs/Über uns/*.md", "docs/Über uns/Wer wir sind.md")).isTrue();
    assertThat(matches("docs/Über uns/*.md", "docs/Uber uns/x.md")).isFalse();
    assertThat(matches("**/*.md", "日本語/ファイル.md")).isTrue();
    // '?' is one code point, also outside the Basic Multilingual Plane.
    assertThat(matches("emoji/?.txt", "emoji/\uD83D\uDE00.txt")).isTrue();
    assertThat(matches("emoji/??.txt", "emoji/\uD83D\uDE00.txt")).isFalse();
    assertThat(matches("odd/**", "odd/line\nbreak")).isTrue();
    assertThat(matches("odd/*", "odd/line\u2028separator")).isTrue();
    assertThat(matches("odd/a b", "odd/a  b")).isFalse();
  }

  @Test
  public void literalEnds() {
    assertThat(PathGlob.compile("nova/virt/libvirt/**").literalPrefix())
        .isEqualTo("nova/virt/libvirt/");
    assertThat(PathGlob.compile("nova/virt/libvirt/**").literalSuffix()).isEmpty();
    assertThat(PathGlob.compile("**/*.py").literalPrefix()).isEmpty();
    assertThat(PathGlob.compile("**/*.py").literalSuffix()).isEqualTo(".py");
    assertThat(PathGlob.compile("doc/{a,b}/x.rst").literalPrefix()).isEqualTo("doc/");
    assertThat(PathGlob.compile("doc/{a,b}/x.rst").literalSuffix()).isEqualTo("/x.rst");
    assertThat(PathGlob.compile("setup.cfg").literalPrefix()).isEqualTo("setup.cfg");
    assertThat(PathGlob.compile("setup.cfg").literalSuffix()).isEqualTo("setup.cfg");
  }

  @Test
  public void alternativesExpandBraces() {
    assertThat(globs(PathGlob.compile("doc/{admin,user}/{a,b}.rst").alternatives()))
        .containsExactly("doc/admin/a.rst", "doc/admin/b.rst", "doc/user/a.rst", "doc/user/b.rst")
        .inOrder();
    assertThat(PathGlob.compile("doc/{admin,user}/*.rst").alternatives().get(0).literalPrefix())
        .isEqualTo("doc/admin/");
    assertThat(globs(PathGlob.compile("x{,,y}").alternatives())).containsExactly("x", "xy");
    assertThat(globs(PathGlob.compile("plain/**").alternatives())).containsExactly("plain/**");
  }

  @Test
  public void tooManyAlternativesKeepTheGlobWhole() {
    String glob = "{a,b,c,d}/{a,b,c,d}/{a,b,c,d}/x"; // 64 combinations: expanded
    assertThat(PathGlob.compile(glob).alternatives()).hasSize(64);
    String more = glob + "{1,2}"; // 128: kept whole
    assertThat(globs(PathGlob.compile(more).alternatives())).containsExactly(more);
  }

  @Test
  public void alternativesDoNotFuseAdjacentStars() {
    // Expanding by text would turn "*{*,a}" into "**", which crosses directories.
    PathGlob glob = PathGlob.compile("*{*,a}");
    assertThat(glob.matches("x/y")).isFalse();
    assertThat(glob.alternatives().stream().anyMatch(a -> a.matches("x/y"))).isFalse();
    PathGlob dirs = PathGlob.compile("**{/,x}a");
    assertThat(dirs.matches("a")).isFalse();
    assertThat(dirs.alternatives().stream().anyMatch(a -> a.matches("a"))).isFalse();
  }

  /** Every fast path of {@link PathGlob#matches} agrees with the regular expression. */
  @Test
  public void shortcutsAgreeWithTheRegularExpression() {
    int checked = 0;
    for (String g : GLOBS) {
      PathGlob glob = PathGlob.compile(g);
      Pattern reference = Pattern.compile(glob.regex(), Pattern.DOTALL);
      for (String path : PATHS) {
        boolean expected = reference.matcher(path).matches();
        assertWithMessage("%s ~ %s", g, path).that(glob.matches(path)).isEqualTo(expected);
        boolean viaAlternatives = glob.alternatives().stream().anyMatch(a -> a.matches(path));
        assertWithMessage("alternatives of %s ~ %s", g, path)
            .that(viaAlternatives)
            .isEqualTo(expected);
        checked++;
      }
    }
    assertThat(checked).isEqualTo(GLOBS.size() * PATHS.size());
  }

  @Test
  public void errorsSayWhatAndWhere() {
    assertThat(error("")).isEqualTo("a path glob must not be empty");
    assertThat(error("  ")).isEqualTo("a path glob must not be empty");
    assertThat(error("/nova/**"))
        .isEqualTo("'/nova/**' starts with '/'; paths are relative to the repository root");
    assertThat(error("nova/[ab")).isEqualTo("'nova/[ab' has an unclosed '[' at position 6");
    assertThat(error("nova/[]x"))
        .isEqualTo("'nova/[]x' has an empty character class at position 6");
    assertThat(error("a[!]")).isEqualTo("'a[!]' has an empty character class at position 2");
    assertThat(error("a{b,{c}}"))
        .isEqualTo("'a{b,{c}}' nests '{' at position 5; alternatives cannot nest");
    assertThat(error("a}")).isEqualTo("'a}' has an unmatched '}' at position 2");
    assertThat(error("a]")).isEqualTo("'a]' has an unmatched ']' at position 2");
    assertThat(error("a{b,c")).isEqualTo("'a{b,c' has an unclosed '{'");
    assertThat(error("a[z-a]"))
        .startsWith("'a[z-a]' has an invalid character class at position 2: ");
  }

  private static String error(String glob) {
    try {
      PathGlob.compile(glob);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    fail("'" + glob + "' compiled");
    return null;
  }

  private static ImmutableList<String> globs(ImmutableList<PathGlob> globs) {
    return globs.stream().map(PathGlob::glob).collect(ImmutableList.toImmutableList());
  }

  /** One of each shape, and their corner cases. */
  private static final ImmutableList<String> GLOBS =
      ImmutableList.of(
          "README",
          "a",
          "**",
          "*",
          "**/",
          "a/**",
          "a**",
          "**a",
          "a/**/",
          "a/**/b",
          "a**/b",
          "a/**/b/c",
          "**/a",
          "**/a/b",
          "a/**/*.py",
          "a**/*.py",
          "**/*.py",
          "**/*",
          "**.py",
          "a/**.py",
          "a/*.py",
          "a/*",
          "*.py",
          "a*a",
          "a/*/b",
          "a/**/*",
          "a?",
          "[ab]/**",
          "{a,b}/**",
          "{a,}*",
          "x{*,y/}z",
          "*{*,a}",
          "**{/,x}a",
          "{a,b}/*/x*",
          "{a,b}x?y/**/z");

  private static final ImmutableList<String> PATHS =
      ImmutableList.of(
          "",
          "a",
          "aa",
          "aaa",
          "a/",
          "a/b",
          "a//b",
          "a/x/b",
          "ab",
          "ax/b",
          "a/b/c",
          "a/x/b/c",
          "b/a",
          "x/a/b",
          "README",
          "x/README",
          "a.py",
          "a/b.py",
          "a/x/b.py",
          "a/x/b.pyc",
          "ba.py",
          ".py",
          "a/.py",
          "x.py/a",
          "xz",
          "x/y/z",
          "xyz",
          "xy/z",
          "b/x",
          "a\nb",
          "a/\u00fc ber/\u65e5\u672c.py");
}
