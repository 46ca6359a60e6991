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

package com.googlesource.gerrit.plugins.communityhealth.bot;

import com.google.common.collect.ImmutableSet;
import com.google.gerrit.entities.Account;
import com.google.gerrit.entities.AttentionSetUpdate;
import com.google.gerrit.entities.PatchSet;
import com.google.gerrit.entities.RefNames;
import com.google.gerrit.server.ChangeMessagesUtil;
import com.google.gerrit.server.CurrentUser;
import com.google.gerrit.server.notedb.ChangeUpdate;
import com.google.gerrit.server.notedb.ReviewerStateInternal;
import com.google.gerrit.server.update.BatchUpdate;
import com.google.gerrit.server.update.BatchUpdateOp;
import com.google.gerrit.server.update.ChangeContext;
import com.google.gerrit.server.update.RepoContext;
import com.google.gerrit.server.update.RetryHelper;
import com.google.gerrit.server.update.context.RefUpdateContext;
import com.google.gerrit.server.util.time.TimeUtil;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import java.io.IOException;

/**
 * Posts {@link BotPost}s as the bot through an internal {@code BatchUpdate}: no permission checks
 * on the bot, no auto-CC of the poster, and the post's own {@code stillWanted} check runs on the
 * fresh notes inside the update.
 */
@Singleton
public class BotPoster {
  private final RetryHelper retryHelper;
  private final ChangeMessagesUtil changeMessages;
  private final BotIdentity botIdentity;

  @Inject
  BotPoster(RetryHelper retryHelper, ChangeMessagesUtil changeMessages, BotIdentity botIdentity) {
    this.retryHelper = retryHelper;
    this.changeMessages = changeMessages;
    this.botIdentity = botIdentity;
  }

  /**
   * Posts, unless the post is no longer wanted when the change is re-read.
   *
   * @return whether the message was posted
   */
  public boolean post(BotPost post) throws Exception {
    CurrentUser bot = botIdentity.user();
    return retryHelper
        .changeUpdate(
            "communityHealthPost",
            updateFactory -> {
              PostOp op = new PostOp(post, bot.isIdentifiedUser());
              try (RefUpdateContext plugin =
                      RefUpdateContext.open(RefUpdateContext.RefUpdateType.PLUGIN);
                  RefUpdateContext change =
                      RefUpdateContext.open(RefUpdateContext.RefUpdateType.CHANGE_MODIFICATION);
                  BatchUpdate bu = updateFactory.create(post.project(), bot, TimeUtil.now())) {
                bu.addOp(post.change(), op);
                bu.execute();
              }
              return op.posted;
            })
        .call();
  }

  private class PostOp implements BatchUpdateOp {
    private final BotPost post;
    private final boolean posterHasAccount;
    private boolean posted;

    PostOp(BotPost post, boolean posterHasAccount) {
      this.post = post;
      this.posterHasAccount = posterHasAccount;
    }

    /**
     * Pins the change's meta ref before its notes are read for {@link #updateChange}. NoteDb writes
     * the new meta commit with the pinned id as the expected old id, so an update that lands
     * between this read and the write (a second sweeper's reminder) fails ours with a lock failure,
     * and the retry re-runs {@code stillWanted} on notes that include it. Without the pin NoteDb
     * stacks our message on whatever the ref holds when it writes, and both posters post.
     */
    @Override
    public void updateRepo(RepoContext ctx) throws IOException {
      ctx.getRepoView().getRef(RefNames.changeMetaRef(post.change()));
    }

    @Override
    public boolean updateChange(ChangeContext ctx) {
      posted = false;
      if (!post.stillWanted().test(ctx.getNotes())) {
        return false;
      }
      PatchSet.Id psId = ctx.getChange().currentPatchSetId();
      changeMessages.setChangeMessage(ctx, post.message(), post.tag());
      ChangeUpdate update = ctx.getUpdate(psId);
      // A reviewer change needs an account that made it: NoteDb cannot read back a reviewer line
      // in a commit by the server itself (no bot account), and the change would fail to load
      // until someone else updated it. So the server only posts and sets the attention set.
      for (Account.Id cc : posterHasAccount ? post.cc() : ImmutableSet.<Account.Id>of()) {
        if (!ctx.getNotes().getReviewers().all().contains(cc)) {
          update.putReviewer(cc, ReviewerStateInternal.CC);
        }
      }
      for (Account.Id id : post.attention()) {
        update.addToPlannedAttentionSetUpdates(
            AttentionSetUpdate.createForWrite(
                id, AttentionSetUpdate.Operation.ADD, post.attentionReason()));
      }
      posted = true;
      return true;
    }
  }
}
