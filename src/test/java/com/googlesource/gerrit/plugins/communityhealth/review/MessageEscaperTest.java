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

package com.googlesource.gerrit.plugins.communityhealth.review;

import static com.google.common.truth.Truth.assertThat;
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.expectThrows;

import org.junit.Test;

public class MessageEscaperTest {
  private static String escape(String text) {
    return MessageEscaper.escape(text, 1000);
  }

  @Test
  public void plainNamesAreUnchanged() {
    assertThat(escape("Zoë Łukasiewicz-李 O'Brien")).isEqualTo("Zoë Łukasiewicz-李 O'Brien");
  }

  @Test
  public void markdownAndMentionCharactersAreEscaped() {
    assertThat(escape("*_[]()<>`@")).isEqualTo("\\*\\_\\[\\]\\(\\)\\<\\>\\`\\@");
  }

  @Test
  public void linkCannotBeInjected() {
    assertThat(escape("[click](https://evil.example)"))
        .isEqualTo("\\[click\\]\\(https://evil.example\\)");
  }

  @Test
  public void accountTemplateCannotBeForged() {
    assertThat(escape("<GERRIT_ACCOUNT_1000000>")).doesNotContain("<GERRIT_ACCOUNT_");
  }

  @Test
  public void backslashIsEscapedSoAnEscapeCannotBeUndone() {
    // Without escaping the backslash, "\*" would become "\\*": a literal backslash and a live star.
    assertThat(escape("\\*")).isEqualTo("\\\\\\*");
  }

  @Test
  public void htmlEntitiesAndStrikethroughAreEscaped() {
    assertThat(escape("&lt;b&gt; ~~x~~")).isEqualTo("\\&lt;b\\&gt; \\~\\~x\\~\\~");
  }

  @Test
  public void lineBreaksBecomeSpacesAndControlsAreDropped() {
    assertThat(escape("Alice\n# Heading\r\n\tBob\u0000\u0007\u001b[31m"))
        .isEqualTo("Alice # Heading   Bob\\[31m");
  }

  @Test
  public void bidiOverridesAndLineSeparatorsAreDropped() {
    assertThat(escape("abc\u202Edcba\u2066x\u2069\u2028y")).isEqualTo("abcdcbaxy");
  }

  @Test
  public void surroundingWhitespaceIsTrimmed() {
    assertThat(escape("  Alice \n")).isEqualTo("Alice");
  }

  @Test
  public void longTextIsCutByCodePointsWithAnEllipsis() {
    assertThat(MessageEscaper.escape("abcdef", 3)).isEqualTo("abc…");
    assertThat(MessageEscaper.escape("abc", 3)).isEqualTo("abc");
    // An emoji outside the BMP counts once and is never split into half a surrogate pair.
    assertThat(MessageEscaper.escape("😀😀😀", 2)).isEqualTo("😀😀…");
  }

  @Test
  public void escapesDoNotCountTowardsTheLimit() {
    assertThat(MessageEscaper.escape("**x", 2)).isEqualTo("\\*\\*…");
  }

  @Test
  public void limitMustBePositive() {
    expectThrows(IllegalArgumentException.class, () -> MessageEscaper.escape("x", 0));
  }
}
