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
import static org.junit.Assert.fail;

import org.junit.Test;

public class IniFileTest {
  @Test
  public void readsSectionsKeysAndBothDelimiters() {
    IniFile ini =
        IniFile.parse(
            """
            [target.libvirt-kvm]
            title=libvirt+kvm (x86 & ppc64)
            link = http://example.org/a#b

            [operation.x]
            Title: Snapshot Server
            empty=
            """);
    assertThat(ini.sectionNames()).containsExactly("target.libvirt-kvm", "operation.x").inOrder();
    IniFile.Section target = ini.section("target.libvirt-kvm").orElseThrow();
    assertThat(ini.value(target, "title").orElseThrow().text())
        .isEqualTo("libvirt+kvm (x86 & ppc64)");
    assertThat(ini.value(target, "link").orElseThrow().text()).isEqualTo("http://example.org/a#b");
    assertThat(ini.value(target, "link").orElseThrow().line()).isEqualTo(3);
    IniFile.Section op = ini.section("operation.x").orElseThrow();
    assertThat(ini.value(op, "TITLE").orElseThrow().text()).isEqualTo("Snapshot Server");
    assertThat(ini.value(op, "empty").orElseThrow().text()).isEmpty();
    assertThat(ini.value(op, "absent")).isEmpty();
    assertThat(ini.section("Operation.x")).isEmpty();
  }

  @Test
  public void indentedLinesContinueTheValue() {
    IniFile ini =
        IniFile.parse(
            "[s]\n"
                + "notes=first line\n"
                + "  second line\n"
                + "# a comment inside is dropped\n"
                + "\n"
                + "\tthird, after a blank line\n"
                + "\n"
                + "next = value\n");
    IniFile.Section s = ini.section("s").orElseThrow();
    assertThat(ini.value(s, "notes").orElseThrow().text())
        .isEqualTo("first line\nsecond line\n\nthird, after a blank line");
    assertThat(ini.value(s, "next").orElseThrow().text()).isEqualTo("value");
  }

  @Test
  public void commentsStartWithHashOrSemicolonAndFilesMayComeFromWindows() {
    IniFile ini =
        IniFile.parse(
            "\uFEFF# c\r\n; c\r\n[s]  # header comment\r\n  ; c\r\nk=v ; not a comment\r\n");
    assertThat(ini.value(ini.section("s").orElseThrow(), "k").orElseThrow().text())
        .isEqualTo("v ; not a comment");
  }

  @Test
  public void defaultSectionSuppliesEveryOtherSection() {
    IniFile ini = IniFile.parse("[DEFAULT]\nlink=none\ncli=nova\n[a]\ncli=openstack\n");
    IniFile.Section a = ini.section("a").orElseThrow();
    assertThat(ini.sectionNames()).containsExactly("a");
    assertThat(ini.value(a, "link").orElseThrow().text()).isEqualTo("none");
    assertThat(ini.value(a, "cli").orElseThrow().text()).isEqualTo("openstack");
    assertThat(ini.keys(a)).containsExactly("cli", "link").inOrder();
  }

  @Test
  public void errorsNameTheLine() {
    assertThat(error("title=x\n")).isEqualTo("line 1: 'title=x' comes before the first [section]");
    assertThat(error("[s]\njust words\n"))
        .isEqualTo("line 2: expected 'key = value', a [section] or a comment");
    assertThat(error("[s]\nk=1\nK=2\n")).isEqualTo("line 3: [s] k: is set twice (first on line 2)");
    assertThat(error("[s]\n[t]\n[s]\n")).isEqualTo("line 3: section [s] is repeated");
    assertThat(error("[s\n")).isEqualTo("line 1: a section header is '[name]', not '[s'");
    assertThat(error("[s] k=v\n")).isEqualTo("line 1: a section header is '[name]', not '[s] k=v'");
    assertThat(error("[ ]\n")).isEqualTo("line 1: the section name is empty");
    assertThat(error("[s]\n=v\n")).isEqualTo("line 2: a key is missing before '='");
  }

  private static String error(String text) {
    try {
      IniFile.parse(text);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    fail("parsed: " + text);
    return null;
  }
}
