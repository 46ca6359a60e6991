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
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.day;
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.expectThrows;

import com.google.common.collect.ImmutableList;
import com.googlesource.gerrit.plugins.communityhealth.chaoss.Region;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.Test;

public class ReminderMessageTest {
  private static final Person ALICE = new Person(10, "Alice Example", Optional.empty());
  private static final Person CAROL = new Person(12, "Carol", Optional.of("OOO"));
  private static final ZoneOffset UTC = ZoneOffset.UTC;

  private static ReviewPolicy policy(
      Optional<String> exempt, Escalation escalate, boolean workingDays) {
    return new ReviewPolicy(
        Duration.ofDays(7),
        Duration.ofDays(2),
        workingDays,
        exempt,
        true,
        escalate,
        Pattern.compile(ReviewPolicy.DEFAULT_AWAY_PATTERN),
        false);
  }

  private static final ReviewPolicy POLICY =
      policy(Optional.of("hashtag:frozen OR topic:security"), Escalation.MAINTAINERS, false);

  private static IgnoredVerdict ignored(
      Instant since, Instant now, boolean newcomer, ReviewPolicy p) {
    return IgnoredRule.evaluate(Optional.of(since), now, newcomer, p, UTC);
  }

  private static String build(ReviewPolicy p, EscalationTargets escalation) {
    return ReminderMessage.build(
        ignored(day(0), day(8, 12), false, p), p, escalation, UTC, Optional.empty());
  }

  private static EscalationTargets added(Person... people) {
    return new EscalationTargets(ImmutableList.copyOf(people), ImmutableList.of(), false);
  }

  @Test
  public void wholeMessage() {
    String text =
        ReminderMessage.build(
            ignored(day(0), day(8, 12), false, POLICY),
            POLICY,
            new EscalationTargets(ImmutableList.of(ALICE), ImmutableList.of(CAROL), false),
            UTC,
            Optional.of("https://review.example.org/plugins/community-health/Documentation/"));
    assertThat(text)
        .isEqualTo(
            "This change has been waiting on reviewers for 8 days (since 2026-11-02 10:00 UTC);"
                + " this project flags changes after 7 days (2 days for newcomers).\n"
                + "\n"
                + "It is the reviewers' turn: nobody but the owner has commented or voted since"
                + " the latest patch set or the owner's latest reply.\n"
                + "\n"
                + "Added to the attention set: Alice Example.\n"
                + "Skipped as away: Carol.\n"
                + "\n"
                + "To exempt a change from these reminders, make it match this project's exempt"
                + " query: hashtag:frozen OR topic:security\n"
                + "\n"
                + "This is the only reminder for this waiting period; changes are never abandoned"
                + " automatically. More:"
                + " https://review.example.org/plugins/community-health/Documentation/");
  }

  @Test
  public void peopleTheServerCannotAddAreNamedAsNotAdded() {
    EscalationTargets targets =
        new EscalationTargets(ImmutableList.of(ALICE), ImmutableList.of(CAROL), false)
            .onlyOnChange(java.util.Set.of());
    String text =
        ReminderMessage.build(
            ignored(day(0), day(8, 12), false, POLICY), POLICY, targets, UTC, Optional.empty());
    assertThat(targets.targets()).isEmpty();
    assertThat(text).doesNotContain("Added to the attention set");
    assertThat(text)
        .contains(
            "Not added, because they are not on the change and this server posts without a bot"
                + " account (plugin.community-health.botAccount): Alice Example.\n"
                + "Skipped as away: Carol.");
  }

  @Test
  public void newcomerThresholdIsExplained() {
    String text =
        ReminderMessage.build(
            ignored(day(0), day(3), true, POLICY), POLICY, added(ALICE), UTC, Optional.empty());
    assertThat(text).contains("waiting on reviewers for 3 days");
    assertThat(text).contains("The owner is new here, so the newcomer threshold applies.");
  }

  @Test
  public void equalThresholdsNeedNoNewcomerNote() {
    ReviewPolicy same =
        new ReviewPolicy(
            Duration.ofDays(7),
            Duration.ofDays(7),
            false,
            Optional.empty(),
            true,
            Escalation.NONE,
            POLICY.awayPattern(),
            false);
    assertThat(build(same, EscalationTargets.NONE))
        .contains("this project flags changes after 7 days.\n");
  }

  @Test
  public void workingDaysAreNamedWithTheOwnersOffset() {
    ReviewPolicy working = policy(Optional.empty(), Escalation.NONE, true);
    ZoneOffset india = ZoneOffset.ofHoursMinutes(5, 30);
    IgnoredVerdict verdict =
        IgnoredRule.evaluate(Optional.of(day(0)), day(11), false, working, india);
    String text =
        ReminderMessage.build(verdict, working, EscalationTargets.NONE, india, Optional.empty());
    assertThat(text).contains("for 9 working days");
    assertThat(text).contains("after 7 working days (2 working days for newcomers)");
    assertThat(text)
        .contains(
            "Only working days count: Saturdays and Sundays in the owner's time zone"
                + " (UTC+05:30) are left out.");
  }

  @Test
  public void everyoneAwayIsSaid() {
    String text =
        build(POLICY, new EscalationTargets(ImmutableList.of(), ImmutableList.of(CAROL), true));
    assertThat(text)
        .contains(
            "Everyone who could be asked is away, so nobody was added to the attention set:"
                + " Carol.");
    assertThat(text).doesNotContain("Added to the attention set");
  }

  @Test
  public void nobodyConfiguredIsSaid() {
    assertThat(build(POLICY, new EscalationTargets(ImmutableList.of(), ImmutableList.of(), false)))
        .contains("No maintainer or mentor is configured to add to the attention set.");
  }

  @Test
  public void escalationOffSaysNothingAboutTheAttentionSet() {
    String text = build(policy(Optional.empty(), Escalation.NONE, false), EscalationTargets.NONE);
    assertThat(text).doesNotContain("attention set");
  }

  @Test
  public void withoutAnExemptQueryTellsHowToConfigureOne() {
    String text = build(policy(Optional.empty(), Escalation.MAINTAINERS, false), added(ALICE));
    assertThat(text).contains("set [review] exempt in community-health.config");
  }

  @Test
  public void exemptQueryIsEscaped() {
    String text =
        build(
            policy(Optional.of("label:Code-Review<=-1 OR [x](y)"), Escalation.NONE, false),
            EscalationTargets.NONE);
    assertThat(text).contains("query: label:Code-Review\u2039=-1 OR \\[x\\]\\(y\\)");
  }

  @Test
  public void hostileNamesCannotInjectMarkupMentionsOrLines() {
    Person hostile =
        new Person(
            66,
            "**Admin** [approve](https://evil.example) @everyone <GERRIT_ACCOUNT_1>\n\nFAKE",
            Optional.empty());
    String text = build(POLICY, added(hostile));
    assertThat(text)
        .contains(
            "Added to the attention set: \\*\\*Admin\\*\\*"
                + " \\[approve\\]\\(https\\://evil.example\\) \\@everyone"
                + " \u2039GERRIT\\_ACCOUNT\\_1\u203a FAKE.");
    assertThat(text).doesNotContain("\nFAKE");
  }

  @Test
  public void emptyNameFallsBackToTheAccountId() {
    assertThat(build(POLICY, added(new Person(77, "\u0000 \n", Optional.empty()))))
        .contains("Added to the attention set: account 77.");
  }

  @Test
  public void longListsOfNamesAreCut() {
    ImmutableList<Person> many =
        IntStream.range(0, 12)
            .mapToObj(i -> new Person(100 + i, "P" + i, Optional.of("away")))
            .collect(ImmutableList.toImmutableList());
    String text = build(POLICY, new EscalationTargets(ImmutableList.of(), many, true));
    assertThat(text).contains("P0, P1, P2, P3, P4, P5, P6, P7, P8, P9 and 2 more.");
    assertThat(text).doesNotContain("P10");
  }

  @Test
  public void refusesAChangeThatIsNotIgnored() {
    IgnoredVerdict notIgnored =
        IgnoredRule.evaluate(Optional.of(day(0)), day(1), false, POLICY, UTC);
    expectThrows(
        IllegalArgumentException.class,
        () ->
            ReminderMessage.build(
                notIgnored, POLICY, EscalationTargets.NONE, UTC, Optional.empty()));
  }

  @Test
  public void refusesADocLinkThatCouldBreakTheText() {
    IgnoredVerdict verdict = ignored(day(0), day(8), false, POLICY);
    expectThrows(
        IllegalArgumentException.class,
        () ->
            ReminderMessage.build(
                verdict, POLICY, EscalationTargets.NONE, UTC, Optional.of("https://x\nInjected")));
  }

  @Test
  public void namesTheRegionThatIsAwake() {
    String text =
        ReminderMessage.build(
            ignored(day(0), day(8, 12), false, POLICY),
            POLICY,
            new EscalationTargets(
                ImmutableList.of(ALICE),
                ImmutableList.of(),
                false,
                ImmutableList.of(),
                Optional.of(Region.ASIA_PACIFIC)),
            UTC,
            Optional.empty());
    assertThat(text)
        .contains(
            "Added to the attention set: Alice Example. Asked first: reviewers whose working day"
                + " is under way now, in Asia/Pacific.\n");
  }
}
