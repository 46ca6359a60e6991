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

package com.googlesource.gerrit.plugins.communityhealth.automation;

import com.google.gerrit.entities.Change;
import com.google.gerrit.entities.Project;
import com.google.gerrit.extensions.common.AccountInfo;
import com.google.gerrit.extensions.common.ChangeInfo;
import com.google.gerrit.extensions.events.CommentAddedListener;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.change.HumanActivityLoader;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import com.googlesource.gerrit.plugins.communityhealth.review.Actor;
import java.time.Instant;
import java.util.List;

/**
 * On a reply by a human other than the owner, queues the time-to-first-review check. The reply's
 * thread only compares account ids and asks whether the author is a bot (cached group membership),
 * so CI's many votes queue nothing; reading the change happens on the plugin's queue.
 */
@Singleton
class FirstReviewListener implements CommentAddedListener {
  private final ServerSettings settings;
  private final PluginWorkQueue queue;
  private final FirstReviewRecorder recorder;
  private final HumanActivityLoader humanActivity;

  @Inject
  FirstReviewListener(
      ServerSettings settings,
      PluginWorkQueue queue,
      FirstReviewRecorder recorder,
      HumanActivityLoader humanActivity) {
    this.settings = settings;
    this.queue = queue;
    this.recorder = recorder;
    this.humanActivity = humanActivity;
  }

  @Override
  public void onCommentAdded(Event event) {
    ChangeInfo change = event.getChange();
    AccountInfo who = event.getWho();
    if (!settings.enabled()
        || change == null
        || change.owner == null
        || who == null
        || who._accountId == null
        || who._accountId.equals(change.owner._accountId)
        || humanActivity
            .forAccounts(List.of(who._accountId))
            .isBot(Actor.account(who._accountId))) {
      return;
    }
    Project.NameKey project = Project.nameKey(change.project);
    Change.Id id = Change.id(change._number);
    Instant when = event.getWhen();
    queue.submit(
        "first-review check of change " + change._number,
        HealthMetrics.Component.FIRST_REVIEW,
        () -> recorder.record(project, id, when));
  }
}
