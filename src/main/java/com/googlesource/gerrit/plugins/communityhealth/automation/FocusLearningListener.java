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

import com.google.gerrit.entities.Project;
import com.google.gerrit.extensions.common.ChangeInfo;
import com.google.gerrit.extensions.events.ChangeEvent;
import com.google.gerrit.extensions.events.ChangeMergedListener;
import com.google.gerrit.extensions.events.HashtagsEditedListener;
import com.google.gerrit.extensions.events.RevisionCreatedListener;
import com.google.gerrit.extensions.events.TopicEditedListener;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.googlesource.gerrit.plugins.communityhealth.config.ServerSettings;
import com.googlesource.gerrit.plugins.communityhealth.metrics.HealthMetrics;
import com.googlesource.gerrit.plugins.communityhealth.signals.LearnedFocusStore;

/**
 * Keeps what focus areas learned from their linked changes fresh: a change created, updated (new
 * patch set, topic, hashtags) or merged in a project whose areas have links schedules one learning
 * run a minute later, which later updates in that minute share ({@link LearnedFocusStore}). Hands
 * off to the plugin's queue and returns: never in the push's way.
 */
@Singleton
class FocusLearningListener
    implements RevisionCreatedListener,
        TopicEditedListener,
        HashtagsEditedListener,
        ChangeMergedListener {
  private final ServerSettings settings;
  private final PluginWorkQueue queue;
  private final LearnedFocusStore store;

  @Inject
  FocusLearningListener(ServerSettings settings, PluginWorkQueue queue, LearnedFocusStore store) {
    this.settings = settings;
    this.queue = queue;
    this.store = store;
  }

  @Override
  public void onRevisionCreated(RevisionCreatedListener.Event event) {
    updated(event);
  }

  @Override
  public void onTopicEdited(TopicEditedListener.Event event) {
    updated(event);
  }

  @Override
  public void onHashtagsEdited(HashtagsEditedListener.Event event) {
    updated(event);
  }

  @Override
  public void onChangeMerged(ChangeMergedListener.Event event) {
    updated(event);
  }

  private void updated(ChangeEvent event) {
    ChangeInfo change = event.getChange();
    if (!settings.enabled() || change == null) {
      return;
    }
    Project.NameKey project = Project.nameKey(change.project);
    queue.submit(
        "focus learning after change " + change._number,
        HealthMetrics.Component.SIGNALS,
        () -> store.changeUpdated(project));
  }
}
