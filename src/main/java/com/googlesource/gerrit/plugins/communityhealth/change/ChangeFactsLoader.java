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

package com.googlesource.gerrit.plugins.communityhealth.change;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.gerrit.entities.Account;
import com.google.gerrit.entities.Change;
import com.google.gerrit.entities.ChangeMessage;
import com.google.gerrit.entities.PatchSet;
import com.google.gerrit.server.ChangeMessagesUtil;
import com.google.gerrit.server.query.change.ChangeData;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.focus.PatchSetText;
import com.googlesource.gerrit.plugins.communityhealth.review.Actor;
import com.googlesource.gerrit.plugins.communityhealth.review.ChangeState;
import com.googlesource.gerrit.plugins.communityhealth.review.Timeline;
import com.googlesource.gerrit.plugins.communityhealth.review.TimelineEvent;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * Reads {@link ChangeFacts} from Gerrit's {@link ChangeData}: the current patch set's commit and
 * files, and the change messages, which record every reply, vote, upload and state change with its
 * tag.
 */
@Singleton
public class ChangeFactsLoader {
  /**
   * Beyond this many files a patch set is classified by its first files only: a 10,000-file patch
   * set must not stall a query.
   */
  public static final int MAX_PATHS = 10_000;

  public ChangeFacts load(ChangeData cd) {
    Change change = cd.change();
    ImmutableSet.Builder<Integer> accounts = ImmutableSet.builder();
    Timeline timeline = timeline(cd, accounts);
    PersonIdent commitAuthor = cd.getAuthor();
    String message = Strings.nullToEmpty(cd.commitMessage());
    List<String> files = cd.currentFilePaths();
    return new ChangeFacts(
        change.getProject().get(),
        change.getChangeId(),
        timeline,
        commitAuthor != null ? commitAuthor.getZoneOffset() : ZoneOffset.UTC,
        Strings.nullToEmpty(change.getSubject()),
        message,
        ImmutableList.copyOf(files.size() > MAX_PATHS ? files.subList(0, MAX_PATHS) : files),
        Optional.ofNullable(Strings.emptyToNull(change.getTopic())),
        ImmutableSet.copyOf(cd.hashtags()),
        accounts.build());
  }

  /**
   * Only what focus areas read: the current patch set's subject, message and files, the topic and
   * the hashtags, without the change's history (for learning from many recent changes).
   */
  public PatchSetText text(ChangeData cd) {
    Change change = cd.change();
    List<String> files = cd.currentFilePaths();
    return new PatchSetText(
        Strings.nullToEmpty(change.getSubject()),
        Strings.nullToEmpty(cd.commitMessage()),
        ImmutableList.copyOf(files.size() > MAX_PATHS ? files.subList(0, MAX_PATHS) : files),
        Optional.ofNullable(Strings.emptyToNull(change.getTopic())),
        ImmutableList.copyOf(cd.hashtags()));
  }

  /**
   * Only the change's state and history: its messages, without the commit or the files, for
   * decisions that need no more (the reminder rule, the first review).
   */
  public Timeline timeline(ChangeData cd) {
    return timeline(cd, ImmutableSet.builder());
  }

  private static Timeline timeline(ChangeData cd, ImmutableSet.Builder<Integer> accounts) {
    Change change = cd.change();
    PatchSet ps = cd.currentPatchSet();
    Actor owner = Actor.account(change.getOwner().get());
    ChangeState state =
        new ChangeState(
            owner,
            change.isNew(),
            change.isWorkInProgress(),
            change.isPrivate(),
            ps != null ? ps.createdOn() : change.getCreatedOn());

    List<TimelineEvent> events = new ArrayList<>();
    accounts.add(owner.accountId());
    for (ChangeMessage m : cd.messages()) {
      Account.Id author = m.getAuthor();
      Actor actor = author == null ? Actor.SERVER : Actor.account(author.get());
      if (author != null) {
        accounts.add(author.get());
      }
      events.add(event(actor, m));
    }
    return Timeline.of(state, events);
  }

  /** Gerrit's bookkeeping messages become state events; everything else is a message. */
  static TimelineEvent event(Actor actor, ChangeMessage m) {
    String tag = m.getTag();
    Optional<String> t = Optional.ofNullable(tag);
    if (tag != null) {
      switch (tag) {
        case ChangeMessagesUtil.TAG_UPLOADED_PATCH_SET,
            ChangeMessagesUtil.TAG_UPLOADED_WIP_PATCH_SET -> {
          return new TimelineEvent(
              TimelineEvent.Kind.PATCH_SET_UPLOADED, actor, m.getWrittenOn(), t, false);
        }
        case ChangeMessagesUtil.TAG_SET_WIP -> {
          return new TimelineEvent(
              TimelineEvent.Kind.WIP_CHANGED, actor, m.getWrittenOn(), t, true);
        }
        case ChangeMessagesUtil.TAG_SET_READY -> {
          return new TimelineEvent(
              TimelineEvent.Kind.WIP_CHANGED, actor, m.getWrittenOn(), t, false);
        }
        case ChangeMessagesUtil.TAG_SET_PRIVATE -> {
          return new TimelineEvent(
              TimelineEvent.Kind.PRIVATE_CHANGED, actor, m.getWrittenOn(), t, true);
        }
        case ChangeMessagesUtil.TAG_UNSET_PRIVATE -> {
          return new TimelineEvent(
              TimelineEvent.Kind.PRIVATE_CHANGED, actor, m.getWrittenOn(), t, false);
        }
        case ChangeMessagesUtil.TAG_ABANDON -> {
          return new TimelineEvent(TimelineEvent.Kind.ABANDONED, actor, m.getWrittenOn(), t, false);
        }
        case ChangeMessagesUtil.TAG_RESTORE -> {
          return new TimelineEvent(TimelineEvent.Kind.RESTORED, actor, m.getWrittenOn(), t, false);
        }
        default -> {}
      }
    }
    return new TimelineEvent(TimelineEvent.Kind.MESSAGE, actor, m.getWrittenOn(), t, false);
  }
}
