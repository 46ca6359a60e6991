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

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides since when a change has been waiting on its reviewers ({@code waiting_since}).
 *
 * <p>A change waits on reviewers when it is open, ready for review, public and not exempt, and
 * since the start of the current waiting period nobody but the owner and bots has commented or
 * voted. Reading the timeline oldest first, the turn passes between owner and reviewers:
 *
 * <ul>
 *   <li>A human upload with new content starts a new waiting period at the upload, even if the
 *       change was already waiting: reviewers have new code to read (a review cycle starts).
 *   <li>A human reviewer's comment or vote ends the period: the turn is the owner's.
 *   <li>The owner's human comment or vote after that starts a new period at the reply: the ball is
 *       back with the reviewers. While the change is already waiting, the owner's comments do not
 *       restart the clock, so an owner who pings does not make their own change look fresh.
 *   <li>A trivial rebase starts a period only when it is the owner answering while it is the
 *       owner's turn; otherwise it changes nothing (a rebase gives reviewers nothing to read).
 *   <li>Setting a change ready for review starts a new period at that moment, whoever does it:
 *       marking it ready is asking for review, and time spent in WIP never counts. A change
 *       uploaded as WIP waits from the moment it becomes ready. Setting it to WIP ends the period.
 *   <li>Making a private change public, or restoring an abandoned one, keeps whose turn it is but
 *       the period cannot start before that moment: time nobody could see the change never counts.
 *   <li>Adding reviewers or CCs is not a response and changes nothing.
 *   <li>Bots never move the clock (see {@link HumanActivity}); the exceptions are the state
 *       transitions above, which change whether the change can be reviewed at all. A change whose
 *       patch sets all came from bots has nobody waiting and never waits.
 * </ul>
 *
 * <p>WIP is followed through the timeline from {@link TimelineEvent.Kind#WIP_CHANGED} events and
 * from Gerrit's upload tags ({@code newWipPatchSet} marks an upload that leaves the change WIP,
 * {@code newPatchSet} one that leaves it ready). A timeline with no patch set events reads as one
 * upload by the owner at {@link ChangeState#latestPatchSetAt()}.
 */
public final class WaitingClock {
  static final String TAG_UPLOADED = HumanActivity.GERRIT_PREFIX + "newPatchSet";
  static final String TAG_UPLOADED_WIP = HumanActivity.GERRIT_PREFIX + "newWipPatchSet";

  private final HumanActivity humanActivity;

  public WaitingClock(HumanActivity humanActivity) {
    this.humanActivity = requireNonNull(humanActivity, "humanActivity");
  }

  /**
   * Since when the change has been waiting on reviewers, or empty when it is not waiting.
   *
   * @param timeline the change's timeline and state
   * @param exempt whether the project's {@code exempt} query matches the change
   */
  public Optional<Instant> waitingSince(Timeline timeline, boolean exempt) {
    ChangeState state = timeline.state();
    if (!state.open() || state.workInProgress() || state.isPrivate() || exempt) {
      return Optional.empty();
    }
    Walk walk = new Walk(state.owner(), initialWorkInProgress(timeline));
    for (TimelineEvent event : eventsWithUpload(timeline)) {
      walk.apply(event);
    }
    return walk.waitingSince();
  }

  private static ImmutableList<TimelineEvent> eventsWithUpload(Timeline timeline) {
    if (timeline.events().stream().anyMatch(e -> e.kind().isPatchSet())) {
      return timeline.events();
    }
    ChangeState state = timeline.state();
    return Timeline.of(
            state,
            ImmutableList.<TimelineEvent>builder()
                .add(TimelineEvent.patchSetUploaded(state.owner(), state.latestPatchSetAt()))
                .addAll(timeline.events())
                .build())
        .events();
  }

  /**
   * Whether the change was WIP before its first event. The first WIP transition tells: setting it
   * ready means it was WIP. With no transition in the timeline the current state has always held.
   */
  private static boolean initialWorkInProgress(Timeline timeline) {
    for (TimelineEvent event : timeline.events()) {
      if (event.kind() == TimelineEvent.Kind.WIP_CHANGED) {
        return !event.on();
      }
      Optional<Boolean> fromTag = workInProgressAfterUpload(event);
      if (fromTag.isPresent()) {
        return fromTag.get();
      }
    }
    return timeline.state().workInProgress();
  }

  private static Optional<Boolean> workInProgressAfterUpload(TimelineEvent event) {
    if (!event.kind().isPatchSet()) {
      return Optional.empty();
    }
    if (event.hasTag(TAG_UPLOADED_WIP)) {
      return Optional.of(true);
    }
    if (event.hasTag(TAG_UPLOADED)) {
      return Optional.of(false);
    }
    return Optional.empty();
  }

  /** The turn-taking state machine over one timeline. */
  private final class Walk {
    private final Actor owner;
    private boolean workInProgress;

    /**
     * Start of the reviewers' turn; empty while it is the owner's turn or nothing is reviewable.
     */
    private Optional<Instant> reviewersTurnSince = Optional.empty();

    /** The latest moment the change became visible again (made public, restored). */
    private Optional<Instant> visibleSince = Optional.empty();

    Walk(Actor owner, boolean workInProgress) {
      this.owner = owner;
      this.workInProgress = workInProgress;
    }

    void apply(TimelineEvent event) {
      switch (event.kind()) {
        case PATCH_SET_UPLOADED, PATCH_SET_REBASED -> patchSet(event);
        case MESSAGE, VOTE -> conversation(event);
        case WIP_CHANGED -> setWorkInProgress(event.on(), event.when());
        case PRIVATE_CHANGED -> {
          if (!event.on()) {
            visibleSince = Optional.of(event.when());
          }
        }
        case RESTORED -> visibleSince = Optional.of(event.when());
        case REVIEWER_ADDED, ABANDONED -> {}
      }
    }

    private void patchSet(TimelineEvent event) {
      workInProgressAfterUpload(event).ifPresent(wip -> setWorkInProgress(wip, event.when()));
      if (workInProgress || !humanActivity.isHuman(event)) {
        return;
      }
      if (event.kind() == TimelineEvent.Kind.PATCH_SET_UPLOADED) {
        reviewersTurnSince = Optional.of(event.when());
      } else if (reviewersTurnSince.isEmpty() && event.actor().equals(owner)) {
        reviewersTurnSince = Optional.of(event.when());
      }
    }

    private void conversation(TimelineEvent event) {
      if (humanActivity.isReviewerResponse(event, owner)) {
        reviewersTurnSince = Optional.empty();
      } else if (humanActivity.isOwnerReply(event, owner)
          && !workInProgress
          && reviewersTurnSince.isEmpty()) {
        reviewersTurnSince = Optional.of(event.when());
      }
    }

    private void setWorkInProgress(boolean wip, Instant when) {
      if (wip) {
        workInProgress = true;
        reviewersTurnSince = Optional.empty();
      } else if (workInProgress) {
        workInProgress = false;
        reviewersTurnSince = Optional.of(when);
      }
    }

    Optional<Instant> waitingSince() {
      if (reviewersTurnSince.isEmpty() || visibleSince.isEmpty()) {
        return reviewersTurnSince;
      }
      Instant turn = reviewersTurnSince.get();
      Instant visible = visibleSince.get();
      return Optional.of(turn.isAfter(visible) ? turn : visible);
    }
  }
}
