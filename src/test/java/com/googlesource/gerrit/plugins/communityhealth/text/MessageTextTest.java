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

package com.googlesource.gerrit.plugins.communityhealth.text;

import static com.google.common.truth.Truth.assertThat;
import static com.googlesource.gerrit.plugins.communityhealth.text.MessageText.escape;
import static com.googlesource.gerrit.plugins.communityhealth.text.MessageText.escapeName;
import static com.googlesource.gerrit.plugins.communityhealth.text.MessageText.linkProblem;
import static com.googlesource.gerrit.plugins.communityhealth.text.MessageText.safeLink;

import org.junit.Test;

public class MessageTextTest {
  private static final char FSI = '\u2068';
  private static final char PDI = '\u2069';

  @Test
  public void ordinaryNameIsUnchanged() {
    assertThat(escapeName("Alice Example")).isEqualTo("Alice Example");
    assertThat(escapeName("José O'Neil-Núñez")).isEqualTo("José O'Neil-Núñez");
  }

  @Test
  public void htmlCannotBeInjected() {
    String escaped = escapeName("<img src=x onerror=alert(1)><b>Bob</b>");

    assertThat(escaped).isEqualTo("‹img src=x onerror=alert\\(1\\)›‹b›Bob‹/b›");
    assertThat(escaped).doesNotContain("<");
    assertThat(escaped).doesNotContain(">");
  }

  @Test
  public void gerritAccountTemplateCannotBeSpelled() {
    assertThat(escapeName("<GERRIT_ACCOUNT_1000000>")).isEqualTo("‹GERRIT\\_ACCOUNT\\_1000000›");
  }

  @Test
  public void markdownLinkCannotBeInjected() {
    String escaped = escapeName("[click me](https://evil.example/login)");

    assertThat(escaped).isEqualTo("\\[click me\\]\\(https\\://evil.example/login\\)");
    assertThat(escaped).doesNotContain("](");
    assertThat(escaped).doesNotContain("https://");
  }

  @Test
  public void imageAndEmphasisAreEscaped() {
    assertThat(escapeName("![x](y) *bold* _em_ `code` ~~gone~~ a|b"))
        .isEqualTo("\\!\\[x\\]\\(y\\) \\*bold\\* \\_em\\_ \\`code\\` \\~\\~gone\\~\\~ a\\|b");
  }

  @Test
  public void bareUrlsAreNotLinked() {
    assertThat(escapeName("Bob http://evil.example")).isEqualTo("Bob http\\://evil.example");
    assertThat(escapeName("Bob www.evil.example")).isEqualTo("Bob www\\.evil.example");
    assertThat(escapeName("Bob WWW.evil.example")).isEqualTo("Bob WWW\\.evil.example");
    // A colon without a URL after it is just a colon.
    assertThat(escapeName("Team: Infra")).isEqualTo("Team: Infra");
  }

  @Test
  public void mentionsAndEmailsAreNeutralised() {
    assertThat(escapeName("@admin")).isEqualTo("\\@admin");
    assertThat(escapeName("ping @admin@example.com")).isEqualTo("ping \\@admin\\@example.com");
    assertThat(escapeName("@admin")).doesNotMatch("(^|[^\\\\])@.*");
  }

  @Test
  public void backslashItselfIsEscaped() {
    assertThat(escapeName("a\\[b")).isEqualTo("a\\\\\\[b");
  }

  @Test
  public void valueCannotStartABlock() {
    assertThat(escapeName("# Heading")).isEqualTo("\\# Heading");
    assertThat(escapeName("- item")).isEqualTo("\\- item");
    assertThat(escapeName("+1 Bob")).isEqualTo("\\+1 Bob");
    assertThat(escapeName("=== Bob")).isEqualTo("\\=== Bob");
    assertThat(escapeName("1. Bob")).isEqualTo("1\\. Bob");
    assertThat(escapeName("> quote")).isEqualTo("› quote");
    // Only at the start: in the middle these are ordinary text.
    assertThat(escapeName("Anne-Marie 2.0 +x")).isEqualTo("Anne-Marie 2.0 +x");
  }

  @Test
  public void lineBreaksAndTabsBecomeSpaces() {
    assertThat(escapeName("Bob\n\n# Owned\r\n> quote\tend")).isEqualTo("Bob \\# Owned › quote end");
    assertThat(escapeName("a\u2028b\u2029c\u0085d")).isEqualTo("a b c d");
  }

  @Test
  public void controlCharactersAreRemoved() {
    assertThat(escapeName("Ali\u0000ce\u0007\u001b[31m")).isEqualTo("Alice\\[31m");
    assertThat(escapeName("\uFEFFAlice")).isEqualTo("Alice");
  }

  @Test
  public void bidiOverridesAndIsolatesAreRemoved() {
    // "Trojan source": U+202E would display "evilexe.png" for a name ending in gnp.exe.
    assertThat(escapeName("evil\u202Egnp.exe")).isEqualTo("evilgnp.exe");
    assertThat(escapeName("a\u202Ab\u202Bc\u202Cd\u202De")).isEqualTo("abcde");
    assertThat(escapeName("a\u2066b\u2067c\u2068d\u2069e")).isEqualTo("abcde");
    // The bidi marks too (found by TemplateFuzzTest).
    assertThat(escapeName("a\u200Eb\u200Fc\u061Cd")).isEqualTo("abcd");
  }

  @Test
  public void unpairedSurrogatesAreRemoved() {
    assertThat(escapeName("a\uD83Db\uDE00c")).isEqualTo("abc");
  }

  @Test
  public void whitespaceIsCollapsedAndTrimmed() {
    assertThat(escapeName("   Alice \u00A0\u2003  Example   ")).isEqualTo("Alice Example");
    assertThat(escapeName(" \n\t ")).isEmpty();
  }

  @Test
  public void emojiAreKept() {
    String name = "Zoë 🎉 👩‍💻 🏳️‍🌈 🇮🇳 👍🏽";

    assertThat(escapeName(name)).isEqualTo(name);
  }

  @Test
  public void rightToLeftNamesAreKeptAndIsolated() {
    assertThat(escapeName("דנה כהן")).isEqualTo(FSI + "דנה כהן" + PDI);
    assertThat(escapeName("محمد علي")).isEqualTo(FSI + "محمد علي" + PDI);
    // Mixed scripts keep their order; the isolate keeps them from reordering the sentence.
    assertThat(escapeName("Dana דנה 2")).isEqualTo(FSI + "Dana דנה 2" + PDI);
  }

  @Test
  public void rightToLeftOverrideInsideRtlNameIsStillRemoved() {
    assertThat(escapeName("דנה\u202Dכהן")).isEqualTo(FSI + "דנהכהן" + PDI);
  }

  @Test
  public void longValueIsCappedWithEllipsis() {
    String escaped = escape("a".repeat(200), 80);

    assertThat(escaped).hasLength(80);
    assertThat(escaped).endsWith("a…");
  }

  @Test
  public void capDoesNotCutAnEmojiSequence() {
    String coder = "👩‍💻"; // 5 UTF-16 units, one grapheme

    String escaped = escape(coder.repeat(10), 13);

    assertThat(escaped).isEqualTo(coder + coder + "…");
  }

  @Test
  public void capCountsVisibleTextNotEscapes() {
    assertThat(escape("*".repeat(10), 10)).isEqualTo("\\*".repeat(10));
    assertThat(escape("*".repeat(11), 10)).isEqualTo("\\*".repeat(9) + "…");
  }

  @Test
  public void capDropsTrailingSpaceBeforeEllipsis() {
    assertThat(escape("abcd efgh", 6)).isEqualTo("abcd…");
  }

  @Test
  public void hugeHostileValueIsCheap() {
    String huge = "[x](http://e.example) @a <b> \u202E".repeat(50_000);

    long start = System.nanoTime();
    String escaped = escapeName(huge);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(escaped.length()).isLessThan(200);
    assertThat(escaped).endsWith("…");
    assertThat(millis).isLessThan(500L);
  }

  @Test
  public void plainCleansAndCapsWithoutEscaping() {
    assertThat(MessageText.plain("  [Bob]\n@x\u202E ", 80)).isEqualTo("[Bob] @x");
    assertThat(MessageText.plain("abcdef", 4)).isEqualTo("abc…");
  }

  @Test
  public void httpAndHttpsLinksAreAccepted() {
    assertThat(linkProblem("https://example.org/contributing")).isEmpty();
    assertThat(linkProblem("http://example.org/docs/dev-guide.html#review_(process)")).isEmpty();
    assertThat(linkProblem("HTTPS://Example.org:8443/a%20b?x=1&y=2")).isEmpty();
    assertThat(safeLink("  https://example.org/guide \n")).hasValue("https://example.org/guide");
  }

  @Test
  public void otherSchemesAreRefused() {
    assertThat(linkProblem("javascript:alert(1)")).hasValue("must start with http:// or https://");
    assertThat(linkProblem("ftp://example.org/x")).hasValue("must start with http:// or https://");
    assertThat(linkProblem("//example.org/x")).hasValue("must start with http:// or https://");
    assertThat(linkProblem("example.org/x")).hasValue("must start with http:// or https://");
    assertThat(linkProblem("https:example.org")).hasValue("must start with http:// or https://");
    assertThat(safeLink("javascript:alert(1)")).isEmpty();
  }

  @Test
  public void deceptiveOrBrokenLinksAreRefused() {
    assertThat(linkProblem("https://example.org@evil.example/"))
        .hasValue("must not contain a user name before the host");
    assertThat(linkProblem("https:///path")).isPresent();
    assertThat(linkProblem("https://")).isPresent();
    assertThat(linkProblem("")).hasValue("is empty");
    assertThat(linkProblem("https://example.org/" + "a".repeat(600))).isPresent();
  }

  @Test
  public void linksWithUnsafeCharactersAreRefused() {
    assertThat(linkProblem("https://exa mple.org"))
        .hasValue("contains U+0020 at position 12; percent-encode it or use another URL");
    assertThat(linkProblem("https://example.org/\"onmouseover=x")).isPresent();
    assertThat(linkProblem("https://example.org/'x")).isPresent();
    assertThat(linkProblem("https://example.org/<b>")).isPresent();
    assertThat(linkProblem("https://example.org/a\nb")).isPresent();
    assertThat(linkProblem("https://exämple.org/")).isPresent();
    assertThat(linkProblem("https://example.org/\u202Egpj")).isPresent();
  }
}
