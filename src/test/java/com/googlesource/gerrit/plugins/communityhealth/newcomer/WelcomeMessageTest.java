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

package com.googlesource.gerrit.plugins.communityhealth.newcomer;

import static com.google.common.truth.Truth.assertThat;
import static com.googlesource.gerrit.plugins.communityhealth.newcomer.Thrown.assertThrows;

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.review.ReviewPolicy;
import java.time.Duration;
import java.util.Optional;
import org.junit.Test;

public class WelcomeMessageTest {
  private static final String GUIDE = "https://example.org/contributing";

  private static final WelcomeValues FULL =
      new WelcomeValues(
          "Alice Example",
          "platform/build",
          ImmutableList.of("Dana", "Eli"),
          Optional.of(GUIDE),
          Optional.of(
              WelcomeValues.ignoredAfterText(
                  ReviewPolicy.DEFAULT.newcomerIgnoredAfter(),
                  ReviewPolicy.DEFAULT.workingDays())));

  @Test
  public void defaultTemplateIsValid() {
    assertThat(WelcomeMessage.validate(WelcomeMessage.DEFAULT_TEMPLATE)).isEmpty();
  }

  @Test
  public void defaultWelcomeSaysWhatANewcomerNeeds() {
    String text = WelcomeMessage.render(Optional.empty(), FULL);

    assertThat(text)
        .startsWith(
            "Hi Alice Example, thank you for your first change to platform/build, and welcome!");
    assertThat(text).contains("Code-Review from -2 to +2");
    assertThat(text).contains("Verified is voted by CI");
    assertThat(text).contains("attention set");
    assertThat(text).contains("new patch set");
    assertThat(text).contains("Change-Id");
    assertThat(text).contains("Contributor guide: " + GUIDE + "\n");
    assertThat(text).contains("Dana and Eli will gladly help you along");
    assertThat(text).endsWith("within 2 days, we will remind a reviewer.");
    assertThat(text).doesNotContain("${");
  }

  @Test
  public void reminderPromiseUsesTheReminderWordsNotTheConfigForm() {
    assertThat(WelcomeValues.ignoredAfterText(Duration.ofDays(2), false)).isEqualTo("2 days");
    assertThat(WelcomeValues.ignoredAfterText(Duration.ofHours(36), false)).isEqualTo("36 hours");
    assertThat(WelcomeValues.ignoredAfterText(Duration.ofDays(1), true)).isEqualTo("1 working day");
  }

  @Test
  public void linesWithoutOptionalValuesAreLeftOut() {
    WelcomeValues bare =
        new WelcomeValues("Alice", "p", ImmutableList.of(), Optional.empty(), Optional.empty());

    String text = WelcomeMessage.render(Optional.empty(), bare);

    assertThat(text).doesNotContain("Contributor guide");
    assertThat(text).doesNotContain("gladly help");
    assertThat(text).doesNotContain("remind");
    assertThat(text).doesNotContain("\n\n\n");
    assertThat(text).endsWith("which uploads a new patch set.");
  }

  @Test
  public void guideThatIsNotHttpIsLeftOut() {
    WelcomeValues values =
        new WelcomeValues(
            "Alice",
            "p",
            ImmutableList.of("Dana"),
            Optional.of("javascript:alert(document.cookie)"),
            Optional.of("2 days"));

    String text = WelcomeMessage.render(Optional.empty(), values);

    assertThat(text).doesNotContain("javascript");
    assertThat(text).doesNotContain("Contributor guide");
    assertThat(text).contains("Dana will gladly help");
  }

  @Test
  public void threeMentorsAreListedNaturally() {
    WelcomeValues values =
        new WelcomeValues(
            "A", "p", ImmutableList.of("Dana", "Eli", "Fay"), Optional.empty(), Optional.empty());

    assertThat(WelcomeMessage.render(Optional.of("${mentors}"), values))
        .isEqualTo("Dana, Eli and Fay");
  }

  @Test
  public void blankOwnerAndProjectGetNeutralWords() {
    WelcomeValues values =
        new WelcomeValues(" \u202E ", "", ImmutableList.of(), Optional.empty(), Optional.empty());

    assertThat(WelcomeMessage.render(Optional.empty(), values))
        .startsWith("Hi new contributor, thank you for your first change to this project,");
  }

  @Test
  public void customTemplateIsFilledIn() {
    String text =
        WelcomeMessage.render(
            Optional.of("Welcome ${owner} to **${project}**!\nGuide: ${guide}"), FULL);

    assertThat(text).isEqualTo("Welcome Alice Example to **platform/build**!\nGuide: " + GUIDE);
  }

  @Test
  public void customTemplateDropsOnlyTheLineWithoutValue() {
    WelcomeValues noGuide =
        new WelcomeValues("Al", "p", ImmutableList.of("Dana"), Optional.empty(), Optional.empty());

    String text =
        WelcomeMessage.render(
            Optional.of("Hi ${owner}!\n\nGuide: ${guide}\n\nAsk ${mentors}.\r\n"), noGuide);

    assertThat(text).isEqualTo("Hi Al!\n\nAsk Dana.");
  }

  @Test
  public void hostileOwnerNameIsEscaped() {
    WelcomeValues values =
        new WelcomeValues(
            "[Reset your password](https://evil.example/login) @admin <script>x</script>\n# Hi",
            "p",
            ImmutableList.of("Dana"),
            Optional.empty(),
            Optional.empty());

    String text = WelcomeMessage.render(Optional.of("Hi ${owner}!"), values);

    assertThat(text)
        .isEqualTo(
            "Hi \\[Reset your password\\]\\(https\\://evil.example/login\\) \\@admin"
                + " ‹script›x‹/script› \\# Hi!");
  }

  @Test
  public void hostileMentorAndProjectNamesAreEscaped() {
    WelcomeValues values =
        new WelcomeValues(
            "A",
            "evil/*repo*",
            ImmutableList.of("@everyone", "**Mallory**"),
            Optional.empty(),
            Optional.empty());

    assertThat(WelcomeMessage.render(Optional.of("${project}: ${mentors}"), values))
        .isEqualTo("evil/\\*repo\\*: \\@everyone and \\*\\*Mallory\\*\\*");
  }

  @Test
  public void rightToLeftAndEmojiNamesStayReadable() {
    WelcomeValues values =
        new WelcomeValues(
            "דנה כהן", "p", ImmutableList.of("Zoë 👩‍💻"), Optional.empty(), Optional.empty());

    assertThat(WelcomeMessage.render(Optional.of("Hi ${owner}! Ask ${mentors}."), values))
        .isEqualTo("Hi \u2068דנה כהן\u2069! Ask Zoë 👩‍💻.");
  }

  @Test
  public void valuesAreNeverExpandedAgain() {
    WelcomeValues values =
        new WelcomeValues(
            "${guide}", "${owner}", ImmutableList.of(), Optional.of(GUIDE), Optional.empty());

    assertThat(WelcomeMessage.render(Optional.of("${owner} ${project}"), values))
        .isEqualTo("${guide} ${owner}");
  }

  @Test
  public void dollarSignsOutsidePlaceholdersAreText() {
    assertThat(WelcomeMessage.render(Optional.of("$5 or $$ for ${owner} {x}"), FULL))
        .isEqualTo("$5 or $$ for Alice Example {x}");
  }

  @Test
  public void unknownPlaceholderIsReported() {
    ImmutableList<String> problems = WelcomeMessage.validate("Hi ${user}, see ${guide}");

    assertThat(problems)
        .containsExactly(
            "unknown placeholder ${user}; known placeholders: ${owner}, ${project}, ${mentors},"
                + " ${guide}, ${ignoredAfter}");
  }

  @Test
  public void placeholderNamesAreCaseSensitive() {
    assertThat(WelcomeMessage.validate("Hi ${Owner}")).hasSize(1);
    assertThat(WelcomeMessage.validate("Hi ${ owner }")).hasSize(1);
    assertThat(WelcomeMessage.validate("Hi ${}")).hasSize(1);
  }

  @Test
  public void unclosedPlaceholderIsReported() {
    assertThat(WelcomeMessage.validate("Hi ${owner, welcome"))
        .containsExactly("placeholder '${owner, welcome' is not closed with '}' on the same line");
    assertThat(WelcomeMessage.validate("Hi ${owner\n}")).hasSize(1);
  }

  @Test
  public void everyProblemIsReported() {
    assertThat(WelcomeMessage.validate("${a} ${b} ${owner} ${c")).hasSize(3);
  }

  @Test
  public void emptyOrOverlongTemplateIsReported() {
    assertThat(WelcomeMessage.validate(" \n ")).containsExactly("the welcome template is empty");
    assertThat(WelcomeMessage.validate("x".repeat(WelcomeMessage.MAX_TEMPLATE_LENGTH))).isEmpty();
    assertThat(WelcomeMessage.validate("x".repeat(WelcomeMessage.MAX_TEMPLATE_LENGTH + 1)))
        .containsExactly("the welcome template has 4001 characters, more than 4000");
  }

  @Test
  public void invisibleControlCharactersInTemplateAreReported() {
    assertThat(WelcomeMessage.validate("Hi ${owner}\u202E!"))
        .containsExactly(
            "the welcome template contains the invisible control character U+202E; remove it");
    assertThat(WelcomeMessage.validate("Hi\u0007")).hasSize(1);
    assertThat(WelcomeMessage.validate("Hi\r\n\tthere\n")).isEmpty();
  }

  @Test
  public void renderingAnInvalidTemplateFails() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> WelcomeMessage.render(Optional.of("Hi ${user}"), FULL));

    assertThat(e).hasMessageThat().contains("unknown placeholder ${user}");
  }
}
