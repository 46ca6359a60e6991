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
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.CI;
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.HUMAN_ACTIVITY;
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.OTHER_REVIEWER;
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.OWNER;
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.PLUGIN_BOT;
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.REVIEWER;
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.TAG_CI;
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.comment;
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.day;
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.open;
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.reminder;
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.upload;
import static com.googlesource.gerrit.plugins.communityhealth.review.TimelineFixtures.withState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.Optional;
import org.junit.Test;

public class WaitingClockTest {
  private final WaitingClock clock = new WaitingClock(HUMAN_ACTIVITY);

  private Optional<Instant> waitingSince(Timeline timeline) {
    return clock.waitingSince(timeline, false);
  }

  // --- the basic turn ---

  @Test
  public void freshUploadWaitsFromTheUpload() {
    assertThat(waitingSince(open(upload(OWNER, day(0))))).hasValue(day(0));
  }

  @Test
  public void stateOnlyTimelineWaitsFromTheLatestPatchSet() {
    Timeline timeline =
        Timeline.of(ChangeState.openChange(OWNER, day(3)), ImmutableList.<TimelineEvent>of());
    assertThat(waitingSince(timeline)).hasValue(day(3));
  }

  @Test
  public void stateOnlyTimelineStillSeesReviewerComments() {
    Timeline timeline =
        Timeline.of(
            ChangeState.openChange(OWNER, day(3)), ImmutableList.of(comment(REVIEWER, day(4))));
    assertThat(waitingSince(timeline)).isEmpty();
  }

  @Test
  public void reviewerCommentEndsTheWait() {
    assertThat(waitingSince(open(upload(OWNER, day(0)), comment(REVIEWER, day(1))))).isEmpty();
  }

  @Test
  public void reviewerVoteAloneEndsTheWait() {
    assertThat(waitingSince(open(upload(OWNER, day(0)), TimelineEvent.vote(REVIEWER, day(1)))))
        .isEmpty();
  }

  @Test
  public void ownerReplyAfterReviewStartsANewWaitingPeriod() {
    Timeline timeline =
        open(upload(OWNER, day(0)), comment(REVIEWER, day(1)), comment(OWNER, day(2)));
    assertThat(waitingSince(timeline)).hasValue(day(2));
  }

  @Test
  public void ownerVoteAfterReviewCountsAsAReply() {
    Timeline timeline =
        open(upload(OWNER, day(0)), comment(REVIEWER, day(1)), TimelineEvent.vote(OWNER, day(2)));
    assertThat(waitingSince(timeline)).hasValue(day(2));
  }

  @Test
  public void ownerPingWhileWaitingDoesNotMakeTheChangeLookFresh() {
    Timeline timeline = open(upload(OWNER, day(0)), comment(OWNER, day(3)), comment(OWNER, day(6)));
    assertThat(waitingSince(timeline)).hasValue(day(0));
  }

  @Test
  public void ownerVotingOnOwnChangeDoesNotEndTheWait() {
    assertThat(waitingSince(open(upload(OWNER, day(0)), TimelineEvent.vote(OWNER, day(1)))))
        .hasValue(day(0));
  }

  @Test
  public void secondReviewRoundEndsTheSecondPeriod() {
    Timeline timeline =
        open(
            upload(OWNER, day(0)),
            comment(REVIEWER, day(1)),
            comment(OWNER, day(2)),
            comment(OTHER_REVIEWER, day(3)));
    assertThat(waitingSince(timeline)).isEmpty();
  }

  @Test
  public void reviewerAddedIsNotAResponse() {
    assertThat(
            waitingSince(
                open(upload(OWNER, day(0)), TimelineEvent.reviewerAdded(REVIEWER, day(1)))))
        .hasValue(day(0));
  }

  @Test
  public void eventsAtTheSameInstantKeepTheirOrder() {
    Instant t = day(2);
    assertThat(waitingSince(open(upload(OWNER, day(0)), comment(REVIEWER, t), comment(OWNER, t))))
        .hasValue(t);
    assertThat(
            waitingSince(
                open(
                    upload(OWNER, day(0)),
                    comment(REVIEWER, day(1)),
                    comment(OWNER, t),
                    comment(REVIEWER, t))))
        .isEmpty();
  }

  @Test
  public void eventsGivenOutOfOrderAreReadInTimeOrder() {
    assertThat(
            waitingSince(
                open(comment(OWNER, day(2)), comment(REVIEWER, day(1)), upload(OWNER, day(0)))))
        .hasValue(day(2));
  }

  // --- bots never move the clock ---

  @Test
  public void serviceUserCommentDoesNotEndTheWait() {
    assertThat(waitingSince(open(upload(OWNER, day(0)), comment(CI, day(1))))).hasValue(day(0));
  }

  @Test
  public void serviceUserVoteDoesNotEndTheWait() {
    assertThat(waitingSince(open(upload(OWNER, day(0)), TimelineEvent.vote(CI, day(1)))))
        .hasValue(day(0));
  }

  @Test
  public void ciVoteTaggedAutogeneratedDoesNotEndTheWaitWhateverTheAccount() {
    Timeline timeline =
        open(
            upload(OWNER, day(0)),
            TimelineEvent.vote(REVIEWER, day(1)).withTag(TAG_CI),
            TimelineEvent.message(REVIEWER, day(1)).withTag(TAG_CI));
    assertThat(waitingSince(timeline)).hasValue(day(0));
  }

  @Test
  public void pluginsOwnReminderDoesNotEndTheWait() {
    assertThat(waitingSince(open(upload(OWNER, day(0)), reminder(day(8))))).hasValue(day(0));
  }

  @Test
  public void reminderTagDoesNotNeedTheBotAccountToBeIgnored() {
    Timeline timeline =
        open(
            upload(OWNER, day(0)),
            TimelineEvent.message(Actor.account(42), day(8))
                .withTag(TimelineFixtures.TAG_REMINDER));
    assertThat(waitingSince(timeline)).hasValue(day(0));
  }

  @Test
  public void serverMessageDoesNotEndTheWait() {
    assertThat(waitingSince(open(upload(OWNER, day(0)), comment(Actor.SERVER, day(1)))))
        .hasValue(day(0));
  }

  @Test
  public void reviewersRebaseMessageIsNotAReview() {
    Timeline timeline =
        open(
            upload(OWNER, day(0)),
            TimelineEvent.patchSetRebased(REVIEWER, day(2))
                .withTag(TimelineFixtures.TAG_NEW_PATCH_SET),
            TimelineEvent.message(REVIEWER, day(2)).withTag(TimelineFixtures.TAG_NEW_PATCH_SET));
    assertThat(waitingSince(timeline)).hasValue(day(0));
  }

  @Test
  public void humanMessageWithOwnNonAutogeneratedTagIsAReview() {
    Timeline timeline =
        open(upload(OWNER, day(0)), TimelineEvent.message(REVIEWER, day(1)).withTag("web-ui"));
    assertThat(waitingSince(timeline)).isEmpty();
  }

  @Test
  public void changeOwnedByABotNeverWaits() {
    Timeline timeline =
        withState(ChangeState.openChange(CI, day(0)), upload(CI, day(0)), upload(CI, day(3)));
    assertThat(waitingSince(timeline)).isEmpty();
  }

  // --- patch sets ---

  @Test
  public void newPatchSetRestartsTheClockWhileWaiting() {
    assertThat(waitingSince(open(upload(OWNER, day(0)), upload(OWNER, day(4))))).hasValue(day(4));
  }

  @Test
  public void newPatchSetAfterReviewStartsANewPeriod() {
    Timeline timeline =
        open(upload(OWNER, day(0)), comment(REVIEWER, day(1)), upload(OWNER, day(3)));
    assertThat(waitingSince(timeline)).hasValue(day(3));
  }

  @Test
  public void reviewOfTheNewPatchSetEndsTheWait() {
    Timeline timeline =
        open(
            upload(OWNER, day(0)),
            comment(REVIEWER, day(1)),
            upload(OWNER, day(3)),
            TimelineEvent.vote(REVIEWER, day(4)));
    assertThat(waitingSince(timeline)).isEmpty();
  }

  @Test
  public void patchSetByAnotherHumanRestartsTheClock() {
    assertThat(waitingSince(open(upload(OWNER, day(0)), upload(REVIEWER, day(2)))))
        .hasValue(day(2));
  }

  @Test
  public void patchSetByABotDoesNotRestartTheClock() {
    assertThat(waitingSince(open(upload(OWNER, day(0)), upload(CI, day(4))))).hasValue(day(0));
  }

  @Test
  public void patchSetWithAForeignAutogeneratedTagDoesNotRestartTheClock() {
    Timeline timeline =
        open(
            upload(OWNER, day(0)),
            TimelineEvent.patchSetUploaded(REVIEWER, day(4)).withTag("autogenerated:rebase-bot"));
    assertThat(waitingSince(timeline)).hasValue(day(0));
  }

  @Test
  public void botPatchSetAfterReviewDoesNotHandTheTurnBack() {
    Timeline timeline = open(upload(OWNER, day(0)), comment(REVIEWER, day(1)), upload(CI, day(2)));
    assertThat(waitingSince(timeline)).isEmpty();
  }

  @Test
  public void ownersTrivialRebaseWhileWaitingDoesNotRestartTheClock() {
    Timeline timeline = open(upload(OWNER, day(0)), TimelineEvent.patchSetRebased(OWNER, day(5)));
    assertThat(waitingSince(timeline)).hasValue(day(0));
  }

  @Test
  public void ownersTrivialRebaseAnsweringAReviewStartsANewPeriod() {
    Timeline timeline =
        open(
            upload(OWNER, day(0)),
            comment(REVIEWER, day(1)),
            TimelineEvent.patchSetRebased(OWNER, day(2)));
    assertThat(waitingSince(timeline)).hasValue(day(2));
  }

  @Test
  public void reviewersTrivialRebaseDoesNotHandTheTurnBack() {
    Timeline timeline =
        open(
            upload(OWNER, day(0)),
            comment(REVIEWER, day(1)),
            TimelineEvent.patchSetRebased(REVIEWER, day(2)));
    assertThat(waitingSince(timeline)).isEmpty();
  }

  // --- work in progress ---

  @Test
  public void currentlyWorkInProgressIsNotWaiting() {
    Timeline timeline =
        withState(
            new ChangeState(OWNER, true, true, false, day(0)),
            upload(OWNER, day(0)),
            TimelineEvent.wipChanged(OWNER, day(1), true));
    assertThat(waitingSince(timeline)).isEmpty();
  }

  @Test
  public void uploadedAsWipWaitsFromWhenItBecameReady() {
    Timeline timeline =
        open(
            TimelineEvent.patchSetUploaded(OWNER, day(0)),
            TimelineEvent.wipChanged(OWNER, day(0), true),
            TimelineEvent.patchSetUploaded(OWNER, day(2)),
            TimelineEvent.wipChanged(OWNER, day(5), false));
    assertThat(waitingSince(timeline)).hasValue(day(5));
  }

  @Test
  public void uploadTaggedAsLeavingTheChangeReadyEndsWip() {
    // Gerrit tags an upload newPatchSet only when the change is ready afterwards (push %ready).
    Timeline timeline =
        open(
            TimelineEvent.patchSetUploaded(OWNER, day(0)),
            TimelineEvent.wipChanged(OWNER, day(0), true),
            upload(REVIEWER, day(2)),
            comment(OWNER, day(3)));
    assertThat(waitingSince(timeline)).hasValue(day(2));
  }

  @Test
  public void uploadedAsWipByTagWaitsFromWhenItBecameReady() {
    Timeline timeline =
        open(
            TimelineEvent.patchSetUploaded(OWNER, day(0))
                .withTag(TimelineFixtures.TAG_NEW_WIP_PATCH_SET),
            TimelineEvent.wipChanged(OWNER, day(5), false));
    assertThat(waitingSince(timeline)).hasValue(day(5));
  }

  @Test
  public void uploadedAsWipWithOnlyTheReadyEventRecorded() {
    // No tag and no "set WIP" event: the first transition (to ready) says it started as WIP.
    Timeline timeline =
        open(
            TimelineEvent.patchSetUploaded(OWNER, day(0)),
            comment(OWNER, day(1)),
            TimelineEvent.wipChanged(OWNER, day(5), false));
    assertThat(waitingSince(timeline)).hasValue(day(5));
  }

  @Test
  public void pushWithReadyLeavesWipAndWaitsFromThatUpload() {
    Timeline timeline =
        open(
            TimelineEvent.patchSetUploaded(OWNER, day(0))
                .withTag(TimelineFixtures.TAG_NEW_WIP_PATCH_SET),
            TimelineEvent.patchSetUploaded(OWNER, day(1))
                .withTag(TimelineFixtures.TAG_NEW_WIP_PATCH_SET),
            upload(OWNER, day(3)));
    assertThat(waitingSince(timeline)).hasValue(day(3));
  }

  @Test
  public void readyAfterReviewOfAWipChangeHandsTheTurnToReviewers() {
    Timeline timeline =
        open(
            upload(OWNER, day(0)),
            TimelineEvent.wipChanged(OWNER, day(0), true),
            comment(REVIEWER, day(1)),
            TimelineEvent.wipChanged(OWNER, day(2), false));
    assertThat(waitingSince(timeline)).hasValue(day(2));
  }

  @Test
  public void wipInTheMiddleRestartsThePeriodAtReady() {
    Timeline timeline =
        open(
            upload(OWNER, day(0)),
            TimelineEvent.wipChanged(OWNER, day(3), true),
            TimelineEvent.wipChanged(OWNER, day(6), false));
    assertThat(waitingSince(timeline)).hasValue(day(6));
  }

  @Test
  public void ownerRepliesWhileWipDoNotStartAPeriod() {
    Timeline timeline =
        open(
            upload(OWNER, day(0)),
            TimelineEvent.wipChanged(OWNER, day(0), true),
            comment(REVIEWER, day(1)),
            comment(OWNER, day(2)),
            TimelineEvent.wipChanged(OWNER, day(4), false),
            comment(REVIEWER, day(5)));
    assertThat(waitingSince(timeline)).isEmpty();
  }

  @Test
  public void readyAfterANewPatchSetWaitsFromReadyNotFromTheUpload() {
    Timeline timeline =
        open(
            TimelineEvent.patchSetUploaded(OWNER, day(0))
                .withTag(TimelineFixtures.TAG_NEW_WIP_PATCH_SET),
            TimelineEvent.patchSetUploaded(OWNER, day(2))
                .withTag(TimelineFixtures.TAG_NEW_WIP_PATCH_SET),
            TimelineEvent.wipChanged(OWNER, day(4), false));
    assertThat(waitingSince(timeline)).hasValue(day(4));
  }

  // --- private, closed, exempt ---

  @Test
  public void privateChangeIsNotWaiting() {
    Timeline timeline =
        withState(new ChangeState(OWNER, true, false, true, day(0)), upload(OWNER, day(0)));
    assertThat(waitingSince(timeline)).isEmpty();
  }

  @Test
  public void madePublicWaitsFromThenNotFromTheUpload() {
    Timeline timeline =
        open(
            upload(OWNER, day(0)),
            TimelineEvent.privateChanged(OWNER, day(0), true),
            TimelineEvent.privateChanged(OWNER, day(3), false));
    assertThat(waitingSince(timeline)).hasValue(day(3));
  }

  @Test
  public void madePublicAfterAReviewKeepsTheTurnWithTheOwner() {
    Timeline timeline =
        open(
            upload(OWNER, day(0)),
            TimelineEvent.privateChanged(OWNER, day(0), true),
            comment(REVIEWER, day(1)),
            TimelineEvent.privateChanged(OWNER, day(3), false));
    assertThat(waitingSince(timeline)).isEmpty();
  }

  @Test
  public void uploadAfterMadePublicWaitsFromTheUpload() {
    Timeline timeline =
        open(
            upload(OWNER, day(0)),
            TimelineEvent.privateChanged(OWNER, day(1), false),
            upload(OWNER, day(3)));
    assertThat(waitingSince(timeline)).hasValue(day(3));
  }

  @Test
  public void mergedChangeIsNotWaiting() {
    Timeline timeline =
        withState(new ChangeState(OWNER, false, false, false, day(0)), upload(OWNER, day(0)));
    assertThat(waitingSince(timeline)).isEmpty();
  }

  @Test
  public void abandonedChangeIsNotWaiting() {
    Timeline timeline =
        withState(
            new ChangeState(OWNER, false, false, false, day(0)),
            upload(OWNER, day(0)),
            TimelineEvent.abandoned(OWNER, day(2)));
    assertThat(waitingSince(timeline)).isEmpty();
  }

  @Test
  public void restoredChangeWaitsFromTheRestore() {
    Timeline timeline =
        open(
            upload(OWNER, day(0)),
            TimelineEvent.abandoned(OWNER, day(2)),
            TimelineEvent.restored(OWNER, day(9)));
    assertThat(waitingSince(timeline)).hasValue(day(9));
  }

  @Test
  public void exemptChangeIsNotWaiting() {
    assertThat(clock.waitingSince(open(upload(OWNER, day(0))), true)).isEmpty();
  }

  @Test
  public void botAccountUnsetStillTreatsPluginMessagesAsBotByTag() {
    WaitingClock noBotAccount =
        new WaitingClock(HumanActivity.of(ImmutableSet.of(), Optional.empty()));
    Timeline timeline =
        open(
            upload(OWNER, day(0)),
            TimelineEvent.message(PLUGIN_BOT, day(8)).withTag(TimelineFixtures.TAG_REMINDER),
            comment(CI, day(9)));
    // Without the service-user set, CI's untagged comment is a human review.
    assertThat(noBotAccount.waitingSince(timeline, false)).isEmpty();
    assertThat(waitingSince(timeline)).hasValue(day(0));
  }
}
