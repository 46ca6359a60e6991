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
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.HUMAN_ACTIVITY;
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.OWNER;
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.REVIEWER;
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.TAG_REMINDER;
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.comment;
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.day;
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.open;
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.reminder;
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.upload;

import com.googlesource.gerrit.plugins.communityhealth.review.ReminderDecision.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class ReminderRuleTest {
  private static final ReviewPolicy REMIND =
      IgnoredRuleTest.policy(Duration.ofDays(7), Duration.ofDays(2), false);
  private static final ReviewPolicy NO_REMIND =
      new ReviewPolicy(
          REMIND.ignoredAfter(),
          REMIND.newcomerIgnoredAfter(),
          false,
          Optional.empty(),
          false,
          REMIND.escalate(),
          REMIND.awayPattern(),
          false);

  private final WaitingClock clock = new WaitingClock(HUMAN_ACTIVITY);

  private ReminderDecision decide(Timeline timeline, Instant now, ReviewPolicy policy) {
    Optional<Instant> since = clock.waitingSince(timeline, false);
    IgnoredVerdict verdict = IgnoredRule.evaluate(since, now, false, policy, ZoneOffset.UTC);
    return ReminderRule.decide(timeline, verdict, policy);
  }

  @Test
  public void reminderTagIsTheDocumentedOne() {
    assertThat(ReminderRule.TAG).isEqualTo(TAG_REMINDER);
  }

  @Test
  public void notIgnoredIsNotReminded() {
    ReminderDecision decision = decide(open(upload(OWNER, day(0))), day(3), REMIND);
    assertThat(decision.outcome()).isEqualTo(Outcome.NOT_IGNORED);
    assertThat(decision.due()).isFalse();
  }

  @Test
  public void notWaitingIsNotReminded() {
    Timeline reviewed = open(upload(OWNER, day(0)), comment(REVIEWER, day(1)));
    assertThat(decide(reviewed, day(30), REMIND).outcome()).isEqualTo(Outcome.NOT_IGNORED);
  }

  @Test
  public void ignoredWithoutAReminderIsDue() {
    ReminderDecision decision = decide(open(upload(OWNER, day(0))), day(8), REMIND);
    assertThat(decision.due()).isTrue();
    assertThat(decision.previousReminder()).isEmpty();
  }

  @Test
  public void remindOffIsNeverDue() {
    assertThat(decide(open(upload(OWNER, day(0))), day(8), NO_REMIND).outcome())
        .isEqualTo(Outcome.REMIND_OFF);
  }

  @Test
  public void reminderInThisPeriodBlocksAnother() {
    Timeline timeline = open(upload(OWNER, day(0)), reminder(day(7)));
    ReminderDecision decision = decide(timeline, day(20), REMIND);
    assertThat(decision.outcome()).isEqualTo(Outcome.ALREADY_REMINDED);
    assertThat(decision.previousReminder()).hasValue(day(7));
  }

  @Test
  public void reminderFromAnEarlierPeriodDoesNotBlock() {
    Timeline timeline =
        open(
            upload(OWNER, day(0)),
            reminder(day(7)),
            comment(REVIEWER, day(8)),
            comment(OWNER, day(9)));
    assertThat(decide(timeline, day(15), REMIND).outcome()).isEqualTo(Outcome.NOT_IGNORED);
    assertThat(decide(timeline, day(16), REMIND).due()).isTrue();
  }

  @Test
  public void untaggedBotMessageIsNotAReminder() {
    Timeline timeline = open(upload(OWNER, day(0)), comment(TimelineFixtures.PLUGIN_BOT, day(7)));
    assertThat(decide(timeline, day(8), REMIND).due()).isTrue();
  }

  @Test
  public void reminderAtTheStartOfThePeriodCounts() {
    Timeline timeline = open(upload(OWNER, day(0)), reminder(day(0)));
    assertThat(decide(timeline, day(8), REMIND).outcome()).isEqualTo(Outcome.ALREADY_REMINDED);
  }

  @Test
  public void hourlySweepsPostAtMostOneReminderPerWaitingPeriod() {
    List<TimelineEvent> events = new ArrayList<>();
    events.add(upload(OWNER, day(0)));
    List<Instant> posted = new ArrayList<>();

    sweepHourly(events, day(0), day(20), posted);
    assertThat(posted).containsExactly(day(7));

    // The owner pushes a new patch set: a new waiting period, so one more reminder is allowed.
    events.add(upload(OWNER, day(21)));
    sweepHourly(events, day(21), day(40), posted);
    assertThat(posted).containsExactly(day(7), day(28)).inOrder();

    // A reviewer answers: no more reminders, however long the owner then takes.
    events.add(comment(REVIEWER, day(41)));
    sweepHourly(events, day(41), day(60), posted);
    assertThat(posted).hasSize(2);
  }

  /** Runs the sweeper's decision every hour, appending a reminder whenever one is due. */
  private void sweepHourly(
      List<TimelineEvent> events, Instant from, Instant to, List<Instant> posted) {
    for (Instant now = from; !now.isAfter(to); now = now.plus(Duration.ofHours(1))) {
      Timeline timeline = open(events.toArray(TimelineEvent[]::new));
      if (decide(timeline, now, REMIND).due()) {
        events.add(reminder(now));
        posted.add(now);
      }
    }
  }
}
